import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { checklistOwnerOptions, checklistPage, type ChecklistPage } from "@/db/checklist";
import { requireCommuneRole } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { CHECKLIST_PHASES } from "@/lib/checklist/items";
import { addDays, checklistProgress, type ChecklistEntry } from "@/lib/checklist/rules";
import { checklistPath } from "@/lib/checklist/paths";
import { formatDate } from "@/lib/dates";
import { firstParam, ownValue } from "@/lib/lookup";
import { ChecklistItemCard } from "./_components/checklist-item";
import { ChecklistItemForm, type OwnerOption } from "./_components/checklist-item-form";
import { FocusHere } from "./_components/focus-here";
import { MeetingPlaceForm } from "./_components/meeting-place-form";

export const metadata: Metadata = { title: "Les 100 jours" };

type Search = Record<string, string | string[] | undefined>;

/** What the last save did, by the `?fait=` of the redirect that followed it; shown on the item (`?de=`). */
const DONE: Record<string, string> = {
  enregistre: "Enregistré.",
  inchange: "Aucune modification : l'élément est resté tel quel.",
  lieu: "Lieu de rencontre enregistré : l'élément est coché.",
};

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** Where the commune is in its 100 days, in a sentence. */
function whereWeAre(p: ChecklistPage) {
  if (p.day < 0) return <>Le mandat commence le {formatDate(p.mandateStart)} : les 100 jours comptent à partir de ce jour-là.</>;
  if (p.phase === "au_dela") {
    return (
      <>
        <strong>Jour {p.day + 1} du mandat</strong> (commencé le {formatDate(p.mandateStart)}) : les 100 premiers jours se sont achevés le {formatDate(addDays(p.mandateStart, 99))}. Ce qui reste
        à faire garde tout son intérêt.
      </>
    );
  }
  const phase = CHECKLIST_PHASES.find((ph) => ph.code === p.phase)!;
  return (
    <>
      <strong>
        Jour {p.day + 1} sur 100
      </strong>{" "}
      du mandat (commencé le {formatDate(p.mandateStart)}). Phase en cours : {phase.label.toLowerCase()}, « {phase.title} ».
    </>
  );
}

/** The item's form, with the meeting place's for "lieu_de_rencontre"; the only form on the page. */
function Editor({ entry, code, owners, page }: { entry: ChecklistEntry; code: string; owners: OwnerOption[]; page: ChecklistPage }) {
  const current = entry.state?.ownerId && entry.state.ownerName ? { value: entry.state.ownerId, label: `${entry.state.ownerName} (actuellement)` } : null;
  const options = current && !owners.some((o) => o.value === current.value) ? [current, ...owners] : owners;
  return (
    <FocusHere id="modifier" labelledBy="modifier-titre">
      <h4 id="modifier-titre" className="text-base font-bold text-slate-900">
        Modifier « {entry.title} »
      </h4>
      {entry.code === "lieu_de_rencontre" && (
        <MeetingPlaceForm code={code} place={page.meetingPlace.place ?? ""} version={page.meetingPlace.setAt?.getTime() ?? 0} />
      )}
      <ChecklistItemForm
        code={code}
        item={{ code: entry.code, title: entry.title }}
        version={entry.state?.version ?? 0}
        values={{ status: entry.state?.status ?? "a_faire", owner: entry.state?.ownerId ?? "", note: entry.state?.note ?? "" }}
        owners={options}
        doneBecause={entry.proof?.text ?? null}
        cancelHref={`${checklistPath(code)}#item-${entry.code}`}
      />
    </FocusHere>
  );
}

export default async function ChecklistPageRoute({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Search> }) {
  const { code } = await params;
  const ctx = await requireCommuneRole(code, "checklist.view");
  const q = await searchParams;
  const canEdit = can(ctx.roles, "checklist.edit");
  const page = checklistPage(ctx.data);
  const progress = checklistProgress(page.entries);
  const wanted = firstParam(q.item);
  const selected = canEdit ? page.entries.find((e) => e.code === wanted) : undefined;
  const owners = selected ? checklistOwnerOptions(ctx.data) : [];
  const done = ownValue(DONE, firstParam(q.fait));
  const doneOn = firstParam(q.de);
  const automatic = page.entries.filter((e) => e.automatic).length;

  return (
    <>
      <PageHeader
        title="Les 100 jours"
        description="La check-list des 100 premiers jours du kit AVECsanté : ce qu'il est utile d'avoir engagé, phase par phase, depuis le début du mandat."
      />
      <div className="mt-6 space-y-10">
        {wanted && !selected && (
          <Alert tone="warning">{canEdit ? "Cet élément de la check-list n'existe pas : choisissez-en un dans la liste ci-dessous." : "Vous pouvez consulter la check-list, pas la modifier."}</Alert>
        )}
        <section aria-labelledby="ou-en-est" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
          <h2 id="ou-en-est" className="text-xl font-bold text-slate-900">
            Où en est la commune
          </h2>
          <p className="mt-3 text-slate-900" data-testid="mandate-day">
            {whereWeAre(page)}
          </p>
          <p className="mt-2 text-slate-800">
            {plural(progress.done, "élément fait", "éléments faits")} (ou sans objet) sur {progress.total}
            {progress.overdue > 0 ? ` ; ${plural(progress.overdue, "élément en retard", "éléments en retard")} sur leur échéance.` : "."}
          </p>
          <p className="mt-4 text-sm text-slate-700">
            {automatic} éléments se cochent tout seuls quand ce qu&apos;ils décrivent s&apos;est passé dans l&apos;espace (une fédération accepte la demande, un·e référent·e est désigné·e, une
            réunion est tenue…) : ce qui les a cochés est indiqué en preuve. Les {page.entries.length - automatic} autres se cochent à la main. Chaque élément peut être confié à un membre de
            l&apos;équipe et recevoir une note.
          </p>
        </section>

        {progress.phases.map((phase) => {
          const items = page.entries.filter((e) => e.phase === phase.code);
          const current = page.phase === phase.code;
          return (
            <section key={phase.code} aria-labelledby={`phase-${phase.code}`} className="space-y-4">
              <div>
                <h2 id={`phase-${phase.code}`} className="text-xl font-bold text-slate-900">
                  {phase.label} : {phase.title}
                </h2>
                <p className="mt-1 text-slate-800">{phase.explanation}</p>
                <p className="mt-2 flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-900" data-testid="phase-progress">
                  <span>
                    {phase.done} sur {phase.total} faits
                  </span>
                  {phase.overdue > 0 && <span>· {plural(phase.overdue, "en retard", "en retard")}</span>}
                  {current && <Badge tone="info">Phase en cours</Badge>}
                </p>
                <div aria-hidden="true" className="mt-2 h-2 max-w-md overflow-hidden rounded-full bg-slate-200">
                  <div className="h-full bg-teal-700" style={{ width: `${Math.round((phase.done / phase.total) * 100)}%` }} />
                </div>
              </div>
              <ol className="space-y-4" aria-label={`Éléments — ${phase.label}`}>
                {items.map((e) => (
                  <ChecklistItemCard
                    key={e.code}
                    entry={e}
                    code={ctx.commune.code}
                    canEdit={canEdit}
                    notice={done && doneOn === e.code ? <Alert tone="success">{done}</Alert> : undefined}
                    editor={selected?.code === e.code ? <Editor entry={e} code={ctx.commune.code} owners={owners} page={page} /> : undefined}
                  />
                ))}
              </ol>
            </section>
          );
        })}
      </div>
    </>
  );
}
