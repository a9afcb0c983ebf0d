/**
 * The headers every page is served with. The Content-Security-Policy allows only this origin's scripts and
 * those carrying the request's nonce (Next.js puts it on its own inline scripts when it reads the policy on
 * the request), never inline scripts without one. Styles keep 'unsafe-inline': the indicators' bars are
 * sized with `style` attributes, which cannot carry a nonce, and a style cannot run code.
 */
export function contentSecurityPolicy(opts: { nonce: string; production: boolean; development?: boolean }): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by a trusted (nonced) script are trusted; `eval` only for `next dev`.
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${opts.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Behind HTTPS in production only: on http://localhost it would send forms to https://localhost.
    ...(opts.production ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Powerful browser features the site never uses, refused for it and for anything it might embed. */
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=(), browsing-topics=()";

/** Two years, subdomains included: only sent in production, which is served over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** A fresh, unpredictable nonce for one response (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
