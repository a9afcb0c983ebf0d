import { exportWorkspace } from "@/db/export";
import { displayName } from "@/db/users";
import { requireCommuneRole } from "@/lib/auth/guards";
import { todayInParis } from "@/lib/dates";
import { exportFileName, exportZip } from "@/lib/export/zip";

/**
 * The commune's data as one zip, for the maire (act `workspace.export`; anyone else: 404). A POST, not a GET:
 * the download is recorded in the history (`workspace.exported`), and a GET must change nothing — a link
 * prefetched or opened by a crawler would record downloads nobody made. The form is on the history page.
 */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await requireCommuneRole(code, "workspace.export");
  // The session cookie is SameSite=Lax already; a route handler has no server action's origin check, so check here.
  if (!sameOrigin(request)) return new Response("Requête refusée : elle ne vient pas de Boussole.", { status: 403 });
  const data = exportWorkspace(ctx.data);
  const zip = exportZip(data, { communeName: ctx.commune.name, communeCode: ctx.commune.code, exportedBy: displayName(ctx.user), now: ctx.data.now });
  return new Response(zip as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${exportFileName(ctx.commune.code, todayInParis(ctx.data.now))}"`,
      "content-length": String(zip.byteLength),
      "cache-control": "private, no-store",
    },
  });
}

/** A browser's POST names its origin: it must be this site (behind a proxy, the forwarded host). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
