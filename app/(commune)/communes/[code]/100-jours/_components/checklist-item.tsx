import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ChecklistEntry } from "@/lib/checklist/rules";
import { TICKS_WHEN } from "@/lib/checklist/ticks";
import { checklistItemEditPath } from "@/lib/checklist/paths";
import { formatDate, formatDateTime } from "@/lib/dates";
import { CHECKLIST_STATUS_LABELS, type ChecklistStatus } from "@/lib/domain/enums";

const STATUS_TONE: Record<ChecklistStatus, BadgeTone> = { a_faire: "info", en_cours: "warning", fait: "success", sans_objet: "neutral" };

const days = (n: number) => `${n} jour${n > 1 ? "s" : ""}`;

/** The status in words, and "En retard" in words too: never by colour alone. */
export function ChecklistStatusBadges({ status, overdue }: { status: ChecklistStatus; overdue: boolean }) {
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Badge tone={STATUS_TONE[status]}>{CHECKLIST_STATUS_LABELS[status]}</Badge>
      {overdue && <Badge tone="danger">En retard</Badge>}
    </span>
  );
}

/** The due date as a sentence: before when, and how late or how soon when it is still open. */
function dueText(e: ChecklistEntry): string {
  const open = e.status === "a_faire" || e.status === "en_cours";
  const base = `À faire avant le ${formatDate(e.dueDate)}`;
  if (!open) return base;
  if (e.overdue) return `${base} — en retard de ${days(-e.daysLeft)}`;
  if (e.daysLeft === 0) return `${base} — c'est aujourd'hui`;
  return `${base} — dans ${days(e.daysLeft)}`;
}

/** Who ticked it, or what ticked it: the facts' proof, or the hand-set state's last change. */
function madeBy(e: ChecklistEntry): string | null {
  if (e.proof) return `${e.proof.text}.`;
  if (!e.state) return null;
  const by = `${e.state.updatedByName ?? "quelqu'un"} le ${formatDateTime(e.state.updatedAt)}`;
  if (e.status === "fait") return `Coché à la main — dernière mise à jour par ${by}.`;
  if (e.status === "sans_objet") return `Marqué « sans objet » à la main — dernière mise à jour par ${by}.`;
  return `Dernière mise à jour par ${by}.`;
}

/**
 * One item as a card (a list item: it reflows to one column at 320 px): what, why, by when, where it
 * stands and why, who carries it, the note; the "Modifier" link for those who may edit, or the open form.
 */
export function ChecklistItemCard({ entry: e, code, canEdit, editor, notice }: { entry: ChecklistEntry; code: string; canEdit: boolean; editor?: ReactNode; notice?: ReactNode }) {
  const when = TICKS_WHEN[e.code];
  const made = madeBy(e);
  return (
    <li id={`item-${e.code}`} data-testid="checklist-item" className={`scroll-mt-4 rounded-lg border bg-white p-4 shadow-sm sm:p-5 ${e.overdue ? "border-red-300" : "border-slate-200"}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 className="min-w-0 text-lg font-bold text-slate-900 [overflow-wrap:anywhere]">{e.title}</h3>
        <ChecklistStatusBadges status={e.status} overdue={e.overdue} />
      </div>
      <p className="mt-2 text-slate-800">{e.explanation}</p>
      {notice && <div className="mt-3">{notice}</div>}
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-semibold text-slate-900">Échéance</dt>
          <dd className={e.overdue ? "font-semibold text-red-800" : "text-slate-800"}>{dueText(e)}</dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-900">Comment il se coche</dt>
          <dd className="text-slate-800">{when ? `Tout seul, ${when}.` : "À la main : indiquez-le quand c'est fait."}</dd>
        </div>
        {made && (
          <div className="sm:col-span-2">
            <dt className="font-semibold text-slate-900">{e.proof ? "Fait, d'après l'espace" : "Mis à jour à la main"}</dt>
            <dd className="text-slate-800 [overflow-wrap:anywhere]" data-testid="checklist-proof">
              {made}
            </dd>
          </div>
        )}
        <div>
          <dt className="font-semibold text-slate-900">Qui s&apos;en charge</dt>
          <dd className="text-slate-800 [overflow-wrap:anywhere]">{e.state?.ownerName ?? "Personne pour l'instant"}</dd>
        </div>
        {e.state?.note && (
          <div className="sm:col-span-2">
            <dt className="font-semibold text-slate-900">Note</dt>
            <dd className="whitespace-pre-line text-slate-800 [overflow-wrap:anywhere]">{e.state.note}</dd>
          </div>
        )}
      </dl>
      {editor}
      {canEdit && !editor && (
        <p className="mt-4 border-t border-slate-200 pt-3">
          <Link href={checklistItemEditPath(code, e.code)} className="text-sm font-semibold text-blue-900 underline hover:no-underline">
            {e.code === "lieu_de_rencontre" ? "Modifier, ou enregistrer le lieu" : "Modifier"}
            <span className="sr-only"> « {e.title} »</span>
          </Link>
        </p>
      )}
    </li>
  );
}
