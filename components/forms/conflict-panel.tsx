"use client";

import { Button } from "@/components/ui/button";
import type { Conflict } from "@/lib/actions/state";

export type ConflictRow = { key: string; label: string; mine: string; theirs: string };

const same = (a: string, b: string) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

/**
 * A save over a newer version: both versions side by side (the fields that differ, named in text, not only by
 * colour), and the two ways out — save mine over theirs, or take theirs back into the form. Nothing is lost:
 * the form below still holds what the user typed.
 */
export function ConflictPanel({
  conflict,
  rows,
  pending,
  onKeepMine,
  onTakeTheirs,
}: {
  conflict: Conflict;
  rows: ConflictRow[];
  pending?: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const differing = rows.filter((r) => !same(r.mine, r.theirs));
  const identical = rows.length - differing.length;
  return (
    <section aria-labelledby="conflict-title" data-testid="conflict" className="space-y-4 rounded-md border-2 border-amber-600 bg-amber-50 p-4">
      <h2 id="conflict-title" className="text-lg font-bold text-slate-900">
        Deux versions à comparer
      </h2>
      <p className="text-slate-900">
        {conflict.updatedBy} a enregistré une autre version le {conflict.updatedAt}, pendant que vous modifiiez. Votre saisie n&apos;est pas perdue : elle est toujours dans le formulaire ci-dessous.
      </p>
      {differing.length === 0 ? (
        <p>Les deux versions sont identiques : vous pouvez enregistrer.</p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-amber-300 bg-white" role="region" aria-label="Comparaison des deux versions" tabIndex={0}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Champs qui diffèrent entre votre saisie et la version enregistrée par {conflict.updatedBy}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2 font-semibold">
                  Champ
                </th>
                <th scope="col" className="p-2 font-semibold">
                  Votre saisie
                </th>
                <th scope="col" className="p-2 font-semibold">
                  Version de {conflict.updatedBy}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {differing.map((r) => (
                <tr key={r.key}>
                  <th scope="row" className="p-2 align-top font-semibold">
                    {r.label}
                  </th>
                  <td className="whitespace-pre-wrap p-2 align-top">{r.mine || <span className="text-slate-700">(vide)</span>}</td>
                  <td className="whitespace-pre-wrap p-2 align-top">{r.theirs || <span className="text-slate-700">(vide)</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {identical > 0 && differing.length > 0 && (
        <p className="text-sm text-slate-800">
          {identical === 1 ? "Un autre champ est identique" : `Les ${identical} autres champs sont identiques`} dans les deux versions.
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={onKeepMine} disabled={pending}>
          Enregistrer ma version
        </Button>
        <Button type="button" variant="secondary" onClick={onTakeTheirs} disabled={pending}>
          Reprendre la version de {conflict.updatedBy}
        </Button>
      </div>
      <p className="text-sm text-slate-800">
        « Enregistrer ma version » remplace celle de {conflict.updatedBy}. « Reprendre » met sa version dans le formulaire : vous pourrez y reporter vos changements avant d&apos;enregistrer.
      </p>
    </section>
  );
}
