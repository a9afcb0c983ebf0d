import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import type { Responsibility } from "@/db/roles";
import { ACTOR_LABELS, type Actor } from "@/lib/domain/enums";
import { formatDateTime } from "@/lib/dates";
import { ofActor } from "@/lib/roles/labels";
import { ROLE_SUGGESTIONS, suggestionText } from "@/lib/roles/suggestions";
import { ResponsibilityForm } from "./responsibility-form";

export type ActorSectionProps = {
  code: string;
  actor: Actor;
  written: Responsibility | undefined;
  /** Who may write: the edit links and, for the selected actor, the form. */
  edit: boolean;
  /** This actor's form is open (`?acteur=`), pre-filled with the kit's proposal when asked (`&proposition=1`). */
  selected: { proposal: boolean } | null;
  base: string;
  /** Contacts in the directory for this partner, when the viewer may see the directory. */
  contacts?: { count: number; href: string };
};

/** One actor of "qui fait quoi": what is written, or the kit's proposal while nothing is; its form only when selected. */
export function ActorSection({ code, actor, written, edit, selected, base, contacts }: ActorSectionProps) {
  const label = ACTOR_LABELS[actor];
  const hasText = Boolean(written?.text.trim());
  const suggestion = ROLE_SUGGESTIONS[actor];
  const editHref = `${base}?acteur=${actor}#acteur-${actor}`;
  return (
    <section id={`acteur-${actor}`} aria-labelledby={`titre-${actor}`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`titre-${actor}`} className="text-lg font-bold text-slate-900">
          {label}
        </h3>
        {hasText ? <Badge tone="success">Rôle écrit</Badge> : <Badge>Pas encore écrit</Badge>}
      </div>

      {selected && edit ? (
        <div className="mt-4">
          <ResponsibilityForm code={code} actor={actor} version={written?.version ?? 0} text={selected.proposal ? suggestionText(actor) : (written?.text ?? "")} cancelHref={`${base}#acteur-${actor}`} />
        </div>
      ) : hasText ? (
        <>
          <p className="mt-3 whitespace-pre-line break-words text-slate-900">{written!.text}</p>
          <p className="mt-3 text-sm text-slate-700">
            Écrit{written!.updatedByName ? ` par ${written!.updatedByName}` : ""}, mis à jour le {formatDateTime(written!.updatedAt)}.
          </p>
        </>
      ) : (
        <div className="mt-3 space-y-3">
          <p className="text-slate-800">Rien n&apos;est encore écrit pour {label.charAt(0).toLowerCase() + label.slice(1)}.</p>
          <div className="rounded-md bg-slate-50 p-4">
            <p className="font-semibold text-slate-900">Ce que propose le kit</p>
            <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
              {suggestion.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <p className="mt-2 text-sm text-slate-700">Source : {suggestion.source}.</p>
            {edit && (
              <Link href={`${base}?acteur=${actor}&proposition=1#acteur-${actor}`} className={`${buttonClasses("secondary", "sm")} mt-3`}>
                Reprendre cette proposition<span className="sr-only"> pour le rôle {ofActor(actor)}</span>
              </Link>
            )}
          </div>
        </div>
      )}

      {!selected && (edit || contacts) && (
        <div className="mt-4 flex flex-wrap items-center gap-4">
          {edit && (
            <Link href={editHref} className="text-blue-900 underline hover:no-underline">
              {hasText ? "Modifier" : "Écrire"} le rôle {ofActor(actor)}
            </Link>
          )}
          {contacts && (
            <Link href={contacts.href} className="text-blue-900 underline hover:no-underline">
              {contacts.count === 0 ? "Aucun contact" : contacts.count === 1 ? "1 contact" : `${contacts.count} contacts`} dans l&apos;annuaire<span className="sr-only"> pour {label.charAt(0).toLowerCase() + label.slice(1)}</span>
            </Link>
          )}
        </div>
      )}
    </section>
  );
}
