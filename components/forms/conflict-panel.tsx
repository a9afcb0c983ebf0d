"use client";

import { Button } from "@/components/ui/button";
import type { Conflict } from "@/lib/actions/state";
import { sameValue, type FieldStatus } from "@/lib/forms/merge";

/**
 * One compared row: a field as the user reads it (its label, both values as text). `key` names the row and, by
 * default, the form's field it shows; `fields` lists the form's fields when the row shows several (a name and
 * the "anonymous" box): the row's status is theirs together, and choosing a side takes them together.
 */
export type ConflictRow = { key: string; label: string; mine: string; theirs: string; fields?: readonly string[] };

/** A row once merged (three-way): what happened to it, and for a true conflict which value the form now holds. */
export type ComparedRow = ConflictRow & { status?: FieldStatus; taken?: "mine" | "theirs" };

export type ConflictPanelProps = {
  conflict: Conflict;
  rows: ComparedRow[];
  /** True when the form knows what it was loaded with: each row has a status. False: both versions side by side. */
  threeWay: boolean;
  pending?: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  /** For a true conflict: puts one side's value into the form. */
  onChoose?: (key: string, side: "mine" | "theirs") => void;
};

const empty = <span className="text-slate-700">(vide)</span>;

/** Conflicts first (they need a choice), then the rest in the form's order. */
const ORDER: Record<FieldStatus, number> = { both: 0, mine: 1, theirs: 1, same: 1, unchanged: 2 };

/**
 * A save over a newer version. Three-way (the form knows the values it was loaded with): every field someone
 * changed is listed with what happened to it, in text — "Vous avez modifié ce champ", "Modifié par X, repris dans
 * le formulaire", or, for a field both changed differently, both values and the choice between them. Two-way
 * (a post without JavaScript: nothing known of the loaded values): the fields that differ, side by side.
 * Nothing is lost: the form below still holds what the user typed.
 */
export function ConflictPanel({ conflict, rows, threeWay, pending, onKeepMine, onTakeTheirs, onChoose }: ConflictPanelProps) {
  const who = conflict.updatedBy;
  const shown = threeWay
    ? rows.filter((r) => r.status && r.status !== "unchanged").sort((a, b) => ORDER[a.status!] - ORDER[b.status!])
    : rows.filter((r) => !sameValue(r.mine, r.theirs));
  const others = rows.length - shown.length;
  const conflicts = shown.filter((r) => r.status === "both").length;
  const taken = shown.filter((r) => r.status === "theirs").length;

  return (
    <section aria-labelledby="conflict-title" data-testid="conflict" className="space-y-4 rounded-md border-2 border-amber-600 bg-amber-50 p-4">
      <h2 id="conflict-title" className="text-lg font-bold text-slate-900">
        Deux versions à comparer
      </h2>
      <p className="text-slate-900">
        {who} a enregistré une autre version le {conflict.updatedAt}, pendant que vous modifiiez. Votre saisie n&apos;est pas perdue : elle est toujours dans le formulaire ci-dessous.
      </p>
      {threeWay && shown.length > 0 && (
        <ul className="list-disc space-y-1 pl-6 text-slate-900">
          {taken > 0 && (
            <li>
              {taken === 1 ? `Un champ modifié par ${who}, que vous n'aviez pas touché, est repris` : `${taken} champs modifiés par ${who}, que vous n'aviez pas touchés, sont repris`} dans le
              formulaire.
            </li>
          )}
          {conflicts > 0 ? (
            <li className="font-semibold">
              {conflicts === 1 ? "Un champ a été modifié" : `${conflicts} champs ont été modifiés`} des deux côtés : choisissez la valeur à garder.
            </li>
          ) : (
            <li>Aucun champ n&apos;a été modifié des deux côtés : vous pouvez enregistrer.</li>
          )}
        </ul>
      )}
      {shown.length === 0 ? (
        <p>Les deux versions sont identiques : vous pouvez enregistrer.</p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-amber-300 bg-white" role="region" aria-label="Comparaison des deux versions" tabIndex={0}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">
              {threeWay
                ? `Champs modifiés depuis l'ouverture du formulaire, par vous ou par ${who}, et ce qu'il en advient`
                : `Champs qui diffèrent entre votre saisie et la version enregistrée par ${who}`}
            </caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2 font-semibold">
                  Champ
                </th>
                {threeWay && (
                  <th scope="col" className="p-2 font-semibold">
                    Modification
                  </th>
                )}
                <th scope="col" className="p-2 font-semibold">
                  Votre saisie
                </th>
                <th scope="col" className="p-2 font-semibold">
                  Version de {who}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {shown.map((r) => (
                <tr key={r.key} className={r.status === "both" ? "bg-amber-50" : undefined}>
                  <th scope="row" className="p-2 align-top font-semibold">
                    {r.label}
                  </th>
                  {threeWay && (
                    <td className="p-2 align-top">
                      <Status row={r} who={who} pending={pending} onChoose={onChoose} />
                    </td>
                  )}
                  <td className="whitespace-pre-wrap p-2 align-top">{r.mine || empty}</td>
                  <td className="whitespace-pre-wrap p-2 align-top">{r.theirs || empty}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {others > 0 && shown.length > 0 && (
        <p className="text-sm text-slate-800">
          {threeWay
            ? others === 1
              ? "Un autre champ n'a été modifié par personne."
              : `Les ${others} autres champs n'ont été modifiés par personne.`
            : `${others === 1 ? "Un autre champ est identique" : `Les ${others} autres champs sont identiques`} dans les deux versions.`}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={onKeepMine} disabled={pending}>
          Enregistrer ma version
        </Button>
        <Button type="button" variant="secondary" onClick={onTakeTheirs} disabled={pending}>
          Reprendre la version de {who}
        </Button>
      </div>
      {threeWay ? (
        <p className="text-sm text-slate-800">
          « Enregistrer ma version » enregistre vos modifications et garde celles de {who} sur les champs que vous n&apos;avez pas touchés
          {conflicts > 0 ? " ; pour un champ modifié des deux côtés, la valeur que le formulaire contient : la vôtre, sauf si vous avez pris la sienne" : ""}. « Reprendre la version de{" "}
          {who} » remet toute sa version dans le formulaire, sans vos modifications : vous pourrez y reporter vos changements avant d&apos;enregistrer.
        </p>
      ) : (
        <p className="text-sm text-slate-800">
          « Enregistrer ma version » remplace celle de {who}. « Reprendre » met sa version dans le formulaire : vous pourrez y reporter vos changements avant d&apos;enregistrer.
        </p>
      )}
    </section>
  );
}

/** What happened to a row, in words; for a true conflict, the two values to choose from. */
function Status({ row, who, pending, onChoose }: { row: ComparedRow; who: string; pending?: boolean; onChoose?: ConflictPanelProps["onChoose"] }) {
  switch (row.status) {
    case "theirs":
      return <span>Modifié par {who}, repris dans le formulaire</span>;
    case "mine":
      return <span>Vous avez modifié ce champ</span>;
    case "same":
      return <span>Modifié par vous deux, de la même façon</span>;
    case "both": {
      const theirs = row.taken === "theirs";
      return (
        <div className="space-y-2">
          <p className="font-semibold text-slate-900">
            Modifié par vous et par {who} : {theirs ? `la valeur de ${who} est dans le formulaire` : "votre saisie est dans le formulaire"}
          </p>
          {onChoose && (
            <div className="flex flex-wrap gap-2">
              <Button type="button" size="sm" variant={theirs ? "secondary" : "primary"} aria-pressed={!theirs} disabled={pending} onClick={() => onChoose(row.key, "mine")}>
                Garder ma saisie<span className="sr-only"> : {row.label}</span>
              </Button>
              <Button type="button" size="sm" variant={theirs ? "primary" : "secondary"} aria-pressed={theirs} disabled={pending} onClick={() => onChoose(row.key, "theirs")}>
                Prendre la valeur de {who}
                <span className="sr-only"> : {row.label}</span>
              </Button>
            </div>
          )}
        </div>
      );
    }
    default:
      return null;
  }
}
