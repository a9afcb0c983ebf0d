"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import Link from "next/link";
import { inputClasses } from "@/components/ui/field";
import { FormField } from "@/components/forms/form-field";
import { Button, buttonClasses } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Alert } from "@/components/ui/alert";
import { checkCsvSize } from "@/lib/inventory/csv";
import { idleImport } from "@/lib/inventory/import-state";
import type { PlanAction } from "@/db/inventory";
import { importProfessionalsAction } from "../actions";

const ACTION_BADGE: Record<PlanAction, { tone: "success" | "info" | "neutral" | "danger"; label: string }> = {
  create: { tone: "success", label: "Nouvelle fiche" },
  update: { tone: "info", label: "Modification" },
  unchanged: { tone: "neutral", label: "Sans changement" },
  error: { tone: "danger", label: "Erreur" },
};

const n = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/**
 * Import in two steps: the file is checked and previewed row by row (French errors per line), and written only
 * when the user confirms a preview without any error. The size is checked here too, before sending anything.
 */
export function ImportForm({ code, base }: { code: string; base: string }) {
  const [state, action, pending] = useActionState(importProfessionalsAction, idleImport);
  const [clientError, setClientError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const error = clientError ?? (state.status === "error" ? state.message : null);

  // After each answer, the focus goes to what it says: the error, or the preview's summary.
  useEffect(() => {
    if (state.status === "error") fileRef.current?.focus();
    else if (state.status === "preview") resultRef.current?.focus();
  }, [state]);

  const plan = state.status === "preview" ? state.plan : null;
  const writes = plan ? plan.counts.create + plan.counts.update : 0;

  return (
    <div className="space-y-8">
      <form
        action={action}
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          const file = fileRef.current?.files?.[0];
          const problem = !file ? "Choisissez un fichier CSV à importer." : checkCsvSize(file.size);
          setClientError(problem);
          if (problem) {
            e.preventDefault();
            fileRef.current?.focus();
          }
        }}
      >
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="step" value="preview" />
        <FormField id="file" error={error ?? undefined} label="Fichier CSV des professionnels" hint="Séparateur point-virgule (;), encodage UTF-8, une ligne de titres. 512 Ko au plus." required>
          {(control) => (
            <input
              ref={fileRef}
              name="file"
              type="file"
              accept=".csv,text/csv"
              className={`${inputClasses(Boolean(error))} file:mr-3 file:rounded file:border-0 file:bg-blue-900 file:px-3 file:py-1 file:font-semibold file:text-white`}
              onChange={() => setClientError(null)}
              {...control}
            />
          )}
        </FormField>
        <Button type="submit" disabled={pending}>
          {pending ? "Vérification…" : "Vérifier le fichier"}
        </Button>
        <p className="text-sm text-slate-700">Vérifier n&apos;enregistre rien : vous verrez d&apos;abord ce que l&apos;import ferait, ligne par ligne.</p>
      </form>

      {state.status === "preview" && plan && (
        <section aria-labelledby="preview-title" className="space-y-4">
          <div ref={resultRef} tabIndex={-1} className="space-y-3 outline-none">
            <h2 id="preview-title" className="text-xl font-bold text-slate-900">
              Aperçu de « {state.fileName} »
            </h2>
            <p data-testid="import-summary">
              {n(plan.rows.length, "ligne lue", "lignes lues")} : {n(plan.counts.create, "nouvelle fiche", "nouvelles fiches")}, {n(plan.counts.update, "modification", "modifications")},{" "}
              {plan.counts.unchanged} sans changement, {n(plan.counts.error, "ligne en erreur", "lignes en erreur")}.
            </p>
            {state.message && (
              <Alert tone={plan.counts.error ? "error" : "info"} title={plan.counts.error ? "Import refusé" : "Rien à importer"}>
                {state.message}
              </Alert>
            )}
            {!state.message && plan.counts.error > 0 && (
              <Alert tone="error" title="Le fichier contient des erreurs : rien n'a été enregistré">
                Corrigez {plan.errorCount > 1 ? `les ${plan.errorCount} erreurs signalées` : "l'erreur signalée"} ci-dessous dans votre tableur, enregistrez, puis vérifiez de nouveau le fichier.
              </Alert>
            )}
            {!state.message && plan.counts.error === 0 && writes === 0 && (
              <Alert tone="info" title="Rien à importer">
                Toutes les lignes sont identiques à l&apos;état des lieux.
              </Alert>
            )}
            {plan.ignoredColumns.length > 0 && (
              <Alert tone="warning" title="Colonnes ignorées">
                {plan.ignoredColumns.map((c) => `« ${c} »`).join(", ")} : ces colonnes ne correspondent à aucun champ de l&apos;état des lieux.
              </Alert>
            )}
          </div>

          <div className="overflow-x-auto rounded-md border border-slate-200 bg-white" role="region" aria-label="Aperçu ligne par ligne" tabIndex={0}>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Aperçu de l&apos;import, ligne par ligne</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="p-2">
                    Ligne
                  </th>
                  <th scope="col" className="p-2">
                    Professionnel
                  </th>
                  <th scope="col" className="p-2">
                    Résultat
                  </th>
                  <th scope="col" className="p-2">
                    Détail
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {plan.rows.map((r) => (
                  <tr key={r.line} className={r.errors.length ? "bg-red-50" : undefined}>
                    <td className="p-2 align-top font-semibold">{r.line}</td>
                    <td className="p-2 align-top">
                      <span className="font-semibold">{r.name}</span>
                      <span className="block text-slate-700">
                        {r.profession}
                        {r.commune ? ` · ${r.commune}` : ""}
                      </span>
                    </td>
                    <td className="p-2 align-top">
                      <Badge tone={ACTION_BADGE[r.action].tone} className="whitespace-nowrap">
                        {ACTION_BADGE[r.action].label}
                      </Badge>
                    </td>
                    <td className="p-2 align-top">
                      {r.errors.length > 0 && (
                        <ul className="list-disc space-y-1 pl-5 font-semibold text-red-800">
                          {r.errors.map((e) => (
                            <li key={e}>{e}</li>
                          ))}
                        </ul>
                      )}
                      {r.changes.length > 0 && <p>Modifie : {r.changes.join(", ")}.</p>}
                      {r.warnings.map((w) => (
                        <p key={w} className="text-amber-900">
                          {w}
                        </p>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {plan.counts.error === 0 && writes > 0 && (
            <form action={action} className="flex flex-wrap items-center gap-3">
              <input type="hidden" name="code" value={code} />
              <input type="hidden" name="step" value="confirm" />
              <input type="hidden" name="fileName" value={state.fileName} />
              <textarea name="content" defaultValue={state.content} hidden readOnly aria-hidden="true" tabIndex={-1} />
              <Button type="submit" disabled={pending}>
                {pending
                  ? "Import…"
                  : `Importer : ${[plan.counts.create ? n(plan.counts.create, "fiche ajoutée", "fiches ajoutées") : null, plan.counts.update ? n(plan.counts.update, "fiche modifiée", "fiches modifiées") : null]
                      .filter(Boolean)
                      .join(", ")}`}
              </Button>
              <Link href={base} className={buttonClasses("ghost")}>
                Annuler
              </Link>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
