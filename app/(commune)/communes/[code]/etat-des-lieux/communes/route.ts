import { db } from "@/db/client";
import { searchCommunes } from "@/db/queries/communes";
import { requireCommuneRole } from "@/lib/auth/guards";

/**
 * The "nearby commune" search of the professional's form: communes of the official list matching a name or a
 * postal code, those of the commune's département first. JSON; anyone who may edit a line (a professional too,
 * for their own).
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await requireCommuneRole(code, "workspace.view");
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 80).trim();
  if (q.length < 2) return Response.json({ results: [] });
  const found = searchCommunes(db, q, 30);
  const local = ctx.commune.departementCode;
  const results = found
    .map((c, i) => ({ c, i }))
    .sort((a, b) => Number(b.c.departementCode === local) - Number(a.c.departementCode === local) || a.i - b.i)
    .slice(0, 8)
    .map(({ c }) => ({ code: c.code, name: c.name, postalCodes: c.postalCodes, departement: c.departementName ? `${c.departementName} (${c.departementCode})` : c.departementCode }));
  return Response.json({ results }, { headers: { "cache-control": "private, max-age=60" } });
}
