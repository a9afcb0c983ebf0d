/**
 * Runs before every page, server action and the e-mail sign-in callback. It sets the security headers with a
 * fresh CSP nonce, refuses a cross-site request to the sign-in callback (login CSRF) and a POST body Next.js
 * would answer with a 500 (too large, or not decodable) — each with a French page, before anything runs.
 * It protects no data: the guards do, in every page and action (ARCHITECTURE.md).
 */
import { NextResponse, type NextRequest } from "next/server";
import { PERMISSIONS_POLICY, STRICT_TRANSPORT_SECURITY, contentSecurityPolicy, newNonce } from "@/lib/security/headers";
import {
  CROSS_SITE,
  SIGN_IN_CALLBACK,
  bodySizeRefusal,
  isCrossSite,
  multipartActionRefusal,
  MALFORMED,
  plainActionRefusal,
  refusalPage,
  type Refusal,
} from "@/lib/security/requests";

export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  // Production is the default mode (lib/config.ts): only an explicit demo goes without HSTS.
  const production = process.env.BOUSSOLE_MODE !== "demo";
  const csp = contentSecurityPolicy({ nonce, production, development: process.env.NODE_ENV === "development" });
  const secure = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
    if (production) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    return response;
  };

  const refusal = await refusalOf(request);
  if (refusal) {
    const back = refusal === CROSS_SITE ? { href: "/connexion", label: "Aller à la page de connexion" } : { href: sameOriginReferer(request) ?? "/", label: "Revenir à la page précédente" };
    return secure(new NextResponse(refusalPage(refusal, back), { status: refusal.status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } }));
  }
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();

  // Next.js reads the policy on the request to put the nonce on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return secure(NextResponse.next({ request: { headers: requestHeaders } }));
}

async function refusalOf(request: NextRequest): Promise<Refusal | null> {
  const headers = request.headers;
  if (request.nextUrl.pathname === SIGN_IN_CALLBACK) {
    const ours = [request.nextUrl.origin, ...(process.env.AUTH_URL ? [safeOrigin(process.env.AUTH_URL)] : [])].filter((o): o is string => !!o);
    if (isCrossSite({ method: request.method, origin: headers.get("origin"), secFetchSite: headers.get("sec-fetch-site") }, ours)) return CROSS_SITE;
  }
  if (request.method !== "POST") return null;
  const size = bodySizeRefusal({ contentLength: headers.get("content-length"), transferEncoding: headers.get("transfer-encoding") });
  if (size) return size;
  const type = headers.get("content-type")?.toLowerCase() ?? "";
  const fetchAction = headers.has("next-action");
  try {
    if (type.startsWith("multipart/form-data")) return multipartActionRefusal(await request.formData(), fetchAction);
    if (fetchAction) return plainActionRefusal(await request.text());
  } catch {
    return MALFORMED; // a multipart body that does not parse
  }
  return null;
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Where the refused form was: the Referer's path when it is one of our pages. */
function sameOriginReferer(request: NextRequest): string | null {
  const referer = request.headers.get("referer");
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return url.origin === request.nextUrl.origin ? url.pathname + url.search : null;
  } catch {
    return null;
  }
}

export const config = {
  // Pages, server actions and the e-mail sign-in callback; not the static files, the icons, nor the rest of
  // Auth.js's API (it has its own CSRF token).
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    "/api/auth/callback/email",
  ],
};
