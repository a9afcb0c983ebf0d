/**
 * Where to go back after signing in (`retour`, Auth.js's `callbackUrl`). Every value reaching a redirect goes
 * through here: it must never leave the site (open redirect) and never make a redirect throw (a 500) —
 * a control character or a non-ASCII character in a `Location` header or a cookie does.
 */

const FALLBACK = "/espace";
const BASE = "http://boussole.invalid";
const BASE_ORIGIN = new URL(BASE).origin;
const MAX_LENGTH = 2000;

// C0 and C1 controls, DEL, any whitespace (browsers drop tabs and line breaks inside URLs: "/\t/evil.test"
// becomes "//evil.test") and the backslash (read as "/" by browsers).
const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\s\\]/u;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function isSafeText(s: string): boolean {
  return !FORBIDDEN.test(s) && !SCHEME.test(s) && !s.startsWith("//");
}

/**
 * A same-origin path (pathname + search + hash, percent-encoded by the URL parser, so ASCII only) to come
 * back to after signing in; anything else — absolute URL, scheme, `//host`, controls, malformed
 * percent-encoding — becomes "/espace". Never throws.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return FALLBACK;
  if (!value.startsWith("/") || !isSafeText(value)) return FALLBACK;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return FALLBACK; // malformed percent-encoding or UTF-8 ("/%E9")
  }
  if (!isSafeText(decoded)) return FALLBACK;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== BASE_ORIGIN) return FALLBACK;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can leave a protocol-relative path behind: "/.//evil.test" is parsed as "//evil.test".
  if (!path.startsWith("/") || path.startsWith("//")) return FALLBACK;
  return path;
}

/**
 * The return path held by a `callbackUrl` that Auth.js made absolute (`https://site/espace`), or by a path;
 * another origin keeps only its path, which is then checked like any `retour`. Never throws.
 */
export function returnPathOfCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return FALLBACK;
  if (value.startsWith("/")) return safeReturnPath(value);
  if (!/^https?:\/\//i.test(value) || FORBIDDEN.test(value)) return FALLBACK;
  try {
    const url = new URL(value);
    return safeReturnPath(`${url.pathname}${url.search}${url.hash}`);
  } catch {
    return FALLBACK;
  }
}

/**
 * Auth.js's `redirect` callback: a same-origin absolute URL built from a checked path. Its default callback
 * throws on a relative value without a leading "/" (a 500), and keeps whatever follows a "/".
 */
export function authRedirect(url: string, baseUrl: string): string {
  let origin: string;
  try {
    origin = new URL(baseUrl).origin;
  } catch {
    return baseUrl;
  }
  if (typeof url !== "string") return `${origin}${FALLBACK}`;
  let path = FALLBACK;
  if (url.startsWith("/")) path = safeReturnPath(url);
  else {
    try {
      const parsed = new URL(url);
      if (parsed.origin === origin && !FORBIDDEN.test(url)) path = safeReturnPath(`${parsed.pathname}${parsed.search}${parsed.hash}`);
    } catch {
      path = FALLBACK;
    }
  }
  return `${origin}${path}`;
}

/** "/communes/48092" from ["communes", "48092"], each segment percent-encoded; undefined when one cannot be (a lone surrogate). */
export function pathOf(...segments: string[]): string | undefined {
  try {
    return `/${segments.map((s) => encodeURIComponent(s)).join("/")}`;
  } catch {
    return undefined;
  }
}
