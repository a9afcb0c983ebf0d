import type { Metadata } from "next";
import { firstParam } from "@/lib/lookup";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { searchCommunes } from "@/db/communes";
import { communesWithWorkspace } from "@/db/workspaces";
import { requireUser, publicContext } from "@/lib/auth/guards";
import { todayInParis } from "@/lib/dates";
import { CreateWorkspaceForm } from "./_components/create-workspace-form";

export const metadata: Metadata = { title: "Ouvrir l'espace d'une commune" };

export default async function NewWorkspacePage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await requireUser("/communes/nouvelle");
  const ctx = publicContext();
  const q = (firstParam((await searchParams).q) ?? "").slice(0, 80).trim();
  const results = q.length >= 2 ? searchCommunes(ctx, { query: q, limit: 8 }) : [];
  const taken = communesWithWorkspace(ctx, { codes: results.map((r) => r.code) });
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <PageHeader
        title="Ouvrir l'espace de votre commune"
        breadcrumbs={[{ href: "/espace", label: "Mes espaces" }, { label: "Nouvelle commune" }]}
        description="Vous êtes maire (ou adjoint·e qui agit pour le maire) : choisissez votre commune dans la liste officielle et indiquez le début de votre mandat. Vous deviendrez le maire de cet espace."
      />
      <div className="mt-8 space-y-6">
        <Card title="1. Trouver la commune">
          <form method="get" role="search" aria-label="Rechercher une commune" className="flex flex-wrap items-end gap-3">
            <div className="min-w-64 flex-1">
              <Field id="q" label="Nom ou code postal de la commune" hint="Par exemple : Marvejols, ou 48100." error={q.length === 1 ? "Tapez au moins deux caractères." : undefined}>
                <TextInput id="q" name="q" type="search" defaultValue={q} autoComplete="off" aria-describedby="q-hint" />
              </Field>
            </div>
            <Button type="submit" variant="secondary">
              Rechercher
            </Button>
          </form>
          {q.length >= 2 && results.length === 0 && (
            <p className="mt-4 text-slate-800" role="status">
              Aucune commune ne correspond à « {q} ». Vérifiez l&apos;orthographe, ou cherchez par code postal.
            </p>
          )}
        </Card>
        {results.length > 0 && (
          <Card title="2. Confirmer la commune et le mandat">
            <CreateWorkspaceForm
              today={todayInParis()}
              choices={results.map((r) => ({
                code: r.code,
                name: r.name,
                postalCodes: r.postalCodes,
                departementName: r.departementName,
                regionName: r.regionName,
                population: r.population,
                taken: taken.has(r.code),
              }))}
            />
          </Card>
        )}
      </div>
    </div>
  );
}
