import type { ReactNode } from "react";
import { formatDate, formatDateTime } from "@/lib/dates";
import { formatMeetingWhen } from "@/lib/meetings/schedule";
import { SYNTHESIS_PARTS, type SynthesisContent } from "@/lib/synthesis/content";
import { attendanceSentence, type ProfessionCount } from "@/lib/synthesis/readers";
import { withoutAddresses } from "@/lib/privacy/names";

export type SynthesisNextStep = { id: number; title: string; owner: string; dueOn: string; status: string };

export type SynthesisDocumentProps = {
  communeName: string;
  meeting: { title: string; startsAt: Date; durationMinutes: number; place: string };
  content: SynthesisContent;
  publishedAt: Date;
  firstPublishedAt: Date;
  professions: ProfessionCount[];
  /** The municipal team and the facilitators who came (named: they organise the meeting). */
  team?: { name: string; roles: string[]; attended: boolean | null }[];
  nextSteps?: SynthesisNextStep[];
  /** The heading level of the document's title (1 on a page of its own, 2 inside a page). */
  headingLevel?: 1 | 2;
};

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i} className="mt-2 whitespace-pre-line text-slate-900">
            {p}
          </p>
        ))}
    </>
  );
}

function Part({ title, level, children }: { title: string; level: 2 | 3; children: ReactNode }) {
  const H = level === 2 ? "h2" : "h3";
  return (
    <section className="synthesis-part mt-6 break-inside-avoid-page">
      <H className="text-lg font-bold text-slate-900">{title}</H>
      {children}
    </section>
  );
}

/** The proposed follow-up, in words. */
export function followUpLines(f: SynthesisContent["followUp"]): string[] {
  const lines: string[] = [];
  if (f.meeting) lines.push(f.meetingOn ? `Une nouvelle réunion, proposée le ${formatDate(f.meetingOn)}.` : "Une nouvelle réunion, date à fixer.");
  if (f.support) lines.push("Un accompagnement par la fédération régionale.");
  if (f.other.trim()) lines.push(f.other.trim());
  return lines;
}

/**
 * A published synthesis as people read it — on its page, through a reading link, on paper (the print
 * stylesheet hides the site's frame and starts the next steps on a new page).
 */
export function SynthesisDocument(p: SynthesisDocumentProps) {
  const top = p.headingLevel ?? 2;
  const H = top === 1 ? "h1" : "h2";
  const sub: 2 | 3 = top === 1 ? 2 : 3;
  const corrected = p.publishedAt.getTime() !== p.firstPublishedAt.getTime();
  // A document for every reader: a person who gave no name appears without their address.
  const present = (p.team?.filter((t) => t.attended) ?? []).map((t) => ({ ...t, name: withoutAddresses(t.name) }));
  const followUp = followUpLines(p.content.followUp);
  const agenda = p.content.agenda.filter((n) => n.text.trim());
  return (
    <article className="synthesis-document" aria-labelledby="synthesis-title">
      <header className="border-b border-slate-300 pb-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-blue-900">Commune de {p.communeName}</p>
        <H id="synthesis-title" className={`mt-1 font-bold text-slate-900 ${top === 1 ? "text-2xl sm:text-3xl" : "text-xl"}`}>
          Synthèse — {p.meeting.title}
        </H>
        <p className="mt-2 text-slate-800">
          {formatMeetingWhen(p.meeting)} — {p.meeting.place}
        </p>
        <p className="mt-1 text-sm text-slate-700">
          Publiée le <time dateTime={p.firstPublishedAt.toISOString()}>{formatDateTime(p.firstPublishedAt)}</time>
          {corrected && (
            <>
              {" "}
              — <strong>mise à jour le <time dateTime={p.publishedAt.toISOString()}>{formatDateTime(p.publishedAt)}</time></strong>
            </>
          )}
        </p>
      </header>

      <Part title="Participant·es" level={sub}>
        {present.length > 0 && (
          <p className="mt-2 text-slate-900">
            Pour la commune et la fédération : {present.map((t) => `${t.name} (${t.roles.join(", ").toLowerCase()})`).join(" ; ")}.
          </p>
        )}
        <p className="mt-2 text-slate-900">{attendanceSentence(p.professions)}</p>
      </Part>

      {agenda.length > 0 && (
        <Part title="Les échanges, point par point" level={sub}>
          {agenda.map((n) => (
            <div key={n.agendaItemId} className="mt-4 break-inside-avoid-page">
              <p className="font-semibold text-slate-900">{n.title}</p>
              <Paragraphs text={n.text} />
            </div>
          ))}
        </Part>
      )}

      {SYNTHESIS_PARTS.filter((part) => p.content[part.key].trim()).map((part) => (
        <Part key={part.key} title={part.title} level={sub}>
          <Paragraphs text={p.content[part.key]} />
        </Part>
      ))}

      {p.content.leads.length > 0 && (
        <Part title="Premières pistes" level={sub}>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-900">
            {p.content.leads.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </Part>
      )}

      {followUp.length > 0 && (
        <Part title="Suite proposée" level={sub}>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-900">
            {followUp.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </Part>
      )}

      {p.content.keyPoints.trim() && (
        <Part title="À retenir" level={sub}>
          <Paragraphs text={p.content.keyPoints} />
        </Part>
      )}

      {p.nextSteps && p.nextSteps.length > 0 && (
        <section className="synthesis-next-steps mt-6">
          {sub === 2 ? <h2 className="text-lg font-bold text-slate-900">Prochaines étapes</h2> : <h3 className="text-lg font-bold text-slate-900">Prochaines étapes</h3>}
          <div className="mt-2 overflow-x-auto" role="region" aria-label="Prochaines étapes" tabIndex={0}>
            <table className="w-full min-w-[32rem] text-left text-sm">
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="p-2 font-semibold">
                    Étape
                  </th>
                  <th scope="col" className="p-2 font-semibold">
                    Qui
                  </th>
                  <th scope="col" className="p-2 font-semibold">
                    Échéance
                  </th>
                  <th scope="col" className="p-2 font-semibold">
                    Statut
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {p.nextSteps.map((s) => (
                  <tr key={s.id}>
                    <th scope="row" className="p-2 align-top font-normal">
                      {s.title}
                    </th>
                    <td className="p-2 align-top">{withoutAddresses(s.owner)}</td>
                    <td className="p-2 align-top">{formatDate(s.dueOn)}</td>
                    <td className="p-2 align-top">{s.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </article>
  );
}
