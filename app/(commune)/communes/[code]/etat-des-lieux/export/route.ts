import { professionalsForExport } from "@/db/inventory";
import { requireCommuneRole } from "@/lib/auth/guards";
import { todayInParis } from "@/lib/dates";
import { modelCsv, professionalsCsv } from "@/lib/inventory/csv-professionals";
import { normalizeSearch } from "@/lib/text";

/**
 * The professionals' lines as a CSV file for French spreadsheets (UTF-8 with BOM, `;`), or with `?modele=1`
 * the empty model to fill in. The team only: the file holds ages and departure plans.
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await requireCommuneRole(code, "inventory.export");
  const model = new URL(request.url).searchParams.get("modele") === "1";
  const csv = model ? modelCsv() : professionalsCsv(professionalsForExport(ctx.data));
  const slug = normalizeSearch(ctx.commune.name).replace(/ /g, "-");
  const fileName = model ? "modele-etat-des-lieux.csv" : `etat-des-lieux-${slug}-${todayInParis()}.csv`;
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
    },
  });
}
