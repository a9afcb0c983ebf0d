import { locatedIn, practiceCommuneChoices } from "@/db/inventory";
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
  const results = practiceCommuneChoices(locatedIn(ctx.data, ctx.commune.departementCode), { query: q });
  return Response.json({ results }, { headers: { "cache-control": "private, max-age=60" } });
}
