import { Badge } from "@/components/ui/badge";
import type { DueList as Due } from "@/db/federations";
import { daysAgo, DUE_KINDS, DUE_LABELS, type DueKind, type PipelineEntry } from "@/lib/federation/pipeline";
import { ago, pipelineHref } from "@/lib/federation/query";

function detail(kind: DueKind, e: PipelineEntry, now: Date): string {
  switch (kind) {
    case "demandes":
      return `demande reçue ${ago(e.waitingDays ?? 0)}`;
    case "rencontres":
      return `accompagnée depuis ${e.decidedAt ? `${daysAgo(e.decidedAt, now)} jours` : "peu"}, aucune rencontre prévue`;
    case "syntheses":
      return e.synthesesToWrite > 1 ? `${e.synthesesToWrite} rencontres tenues sans synthèse publiée` : "une rencontre tenue sans synthèse publiée";
    case "calmes":
      return `calme depuis ${e.quietDays} jours`;
  }
}

/**
 * "À faire pour la fédération": requests to answer, meetings to prepare, syntheses to write, quiet communes. Each
 * list shows its most urgent few (`DUE_SHOWN`) and how many there are; the rest is one link away, in the pipeline.
 * Their styles are the `pipeline-todo` rules of app/globals.css.
 */
export function DueList({ base, due, now }: { base: string; due: Record<DueKind, Due>; now: Date }) {
  return (
    <section aria-labelledby="a-faire" className="space-y-4">
      <h2 id="a-faire" className="text-xl font-bold text-slate-900">
        À faire pour la fédération
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        {DUE_KINDS.map((kind) => {
          const { total, first } = due[kind];
          const more = total > first.length ? `Voir les ${total} dans le parcours` : "Voir dans le parcours";
          return (
            <section key={kind} aria-labelledby={`a-faire-${kind}`} className="pipeline-todo">
              <h3 id={`a-faire-${kind}`}>
                {DUE_LABELS[kind]} <Badge tone={total ? "warning" : "neutral"}>{total}</Badge>
              </h3>
              {total === 0 ? (
                <p>Rien à signaler.</p>
              ) : (
                <>
                  <ul>
                    {first.map((e) => (
                      <li key={e.workspaceId}>
                        {kind === "demandes" ? <a href={pipelineHref(base, { request: e.requestId })}>{e.communeName}</a> : <strong className="font-semibold">{e.communeName}</strong>}{" "}
                        <span>{`(${e.departementName}) — ${detail(kind, e, now)}`}</span>
                      </li>
                    ))}
                  </ul>
                  <a href={pipelineHref(base, { due: kind })} aria-label={`${more} : ${DUE_LABELS[kind].toLowerCase()}`}>
                    {more}
                  </a>
                </>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
