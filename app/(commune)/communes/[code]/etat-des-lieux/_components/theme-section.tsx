import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { NoteView } from "@/db/inventory";
import { formatDate } from "@/lib/dates";
import type { NoteTheme } from "@/lib/domain/enums";
import { THEMES, tagLabel } from "@/lib/inventory/tags";
import { NoteForm } from "./note-form";

/**
 * One theme of the kit's grid: its key questions, its notes with their tags, and (for the team) a link that opens
 * the form to add one (`addHref`, a GET: the page then renders that theme's form only, focused; `closeHref` closes
 * it). Four forms rendered on every visit cost the inventory page a seventh of its time for the rare note added.
 */
export function ThemeSection({ theme, notes, team, code, adding, addHref, closeHref }: { theme: NoteTheme; notes: NoteView[]; team: boolean; code: string; adding: boolean; addHref: string; closeHref: string }) {
  const info = THEMES[theme];
  return (
    <section id={theme} aria-labelledby={`${theme}-titre`} className="scroll-mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={`${theme}-titre`} className="text-xl font-bold text-slate-900">
        {info.title}
      </h2>
      <p className="mt-1 text-slate-700">{info.questions}</p>
      {notes.length === 0 ? (
        <p className="mt-4 rounded-md border-2 border-dashed border-slate-300 p-4 text-slate-800">
          {team ? "Rien n'est encore noté : ajoutez ce que vous savez déjà, même partiel." : "Rien n'est encore noté."}
        </p>
      ) : (
        <ul className="mt-4 space-y-3">
          {notes.map((n) => (
            <li key={n.id} className="rounded-md border border-slate-200 p-3">
              <p className="whitespace-pre-line text-slate-900">{n.text}</p>
              {n.tags.length > 0 && (
                <ul className="mt-2 flex flex-wrap gap-2" aria-label="Mots-clés">
                  {n.tags.map((t) => (
                    <li key={t}>
                      <Badge tone="info" className="text-xs">
                        {tagLabel(theme, t)}
                      </Badge>
                    </li>
                  ))}
                </ul>
              )}
              <p className="mt-2 flex flex-wrap items-center gap-x-3 text-xs text-slate-700">
                <span>
                  {n.updatedByName ? `${n.updatedByName}, ` : ""}
                  {formatDate(n.updatedAt)}
                </span>
                {team && (
                  <Link href={`/communes/${code}/etat-des-lieux/notes/${n.id}`} className="font-semibold text-blue-900 underline hover:no-underline" aria-label={`Modifier la note : ${n.text.slice(0, 60)}`}>
                    Modifier
                  </Link>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {team &&
        (adding ? (
          <div id={`${theme}-ajout`} className="mt-4 scroll-mt-6 rounded-md border border-slate-200 bg-slate-50 p-4">
            <NoteForm code={code} theme={theme} cancelHref={closeHref} autoFocus />
          </div>
        ) : (
          <p className="mt-4">
            <Link href={addHref} className="inline-flex min-h-11 items-center font-semibold text-blue-900 underline hover:no-underline">
              Ajouter une note<span className="sr-only">{` : ${info.title.toLowerCase()}`}</span>
            </Link>
          </p>
        ))}
    </section>
  );
}
