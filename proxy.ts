/**
 * Runs before every page: it sets the security headers with a fresh CSP nonce. It protects no data — the
 * guards do, in every page and action (ARCHITECTURE.md).
 */
import { NextResponse, type NextRequest } from "next/server";
import { PERMISSIONS_POLICY, STRICT_TRANSPORT_SECURITY, contentSecurityPolicy, newNonce } from "@/lib/security/headers";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const production = process.env.BOUSSOLE_MODE === "production";
  const csp = contentSecurityPolicy({ nonce, production, development: process.env.NODE_ENV === "development" });

  // Next.js reads the policy on the request to put the nonce on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  if (production) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Pages and server actions; not the static files, the icon, nor Auth.js's API (no HTML there).
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
