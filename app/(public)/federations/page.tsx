import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Button } from "@/components/ui/button";
import { FederationContact } from "@/components/federation-contact";
import { publicContext } from "@/lib/auth/guards";
import { listFederations, listRegions } from "@/db/federations";

export const metadata: Metadata = {
  title: "Annuaire des fédérations régionales",
  description: "Les 15 fédérations régionales des maisons de santé du mouvement AVECsanté : contacts et régions couvertes.",
};

export default async function FederationsDirectory({ searchParams }: { searchParams: Promise<{ region?: string }> }) {
  const { region } = await searchParams;
  const ctx = publicContext();
  const regions = listRegions(ctx);
  const selected = regions.find((r) => r.code === region) ?? null;
  const list = listFederations(ctx, selected ? { regionCode: selected.code } : {});
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <PageHeader
        title="Annuaire des fédérations régionales"
        description="Adhérentes au mouvement AVECsanté, elles accompagnent les professionnels de santé et les élus vers l'exercice coordonné. C'est le premier contact à activer, dans les 30 premiers jours du mandat."
      />
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3" role="search" aria-label="Filtrer l'annuaire par région">
        <div>
          <label htmlFor="region" className="block font-semibold text-slate-900">
            Région
          </label>
          <select id="region" name="region" defaultValue={selected?.code ?? ""} className="mt-1 rounded-md border border-slate-500 bg-white px-3 py-2">
            <option value="">Toutes les régions</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Filtrer
        </Button>
      </form>
      <p className="mt-6 text-slate-800" role="status">
        {selected
          ? list.length
            ? `Fédération couvrant la région ${selected.name} :`
            : `L'annuaire ne compte pas encore de fédération pour la région ${selected.name}. Vous pouvez contacter AVECsanté ou une fédération voisine.`
          : `${list.length} fédérations régionales.`}
      </p>
      <ul className="mt-4 grid gap-4 md:grid-cols-2">
        {list.map((f) => (
          <li key={f.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <FederationContact federation={f} headingLevel={2} />
          </li>
        ))}
      </ul>
    </div>
  );
}
