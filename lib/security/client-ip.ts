/**
 * The client's address, for the per-address limit of sign-in links. Next.js gives a server action no socket
 * address: only headers. `X-Forwarded-For` is whatever the client wrote unless a reverse proxy we trust
 * rewrites it, so it is read only when `BOUSSOLE_TRUST_PROXY=1` (the proxy must append the client's address;
 * the last entry is the one it added). Otherwise the address is unknown (null) and only the per-address limit
 * applies: reading a forgeable header would let anyone dodge the limit, or lock out everyone else.
 */
export function trustProxy(env: Record<string, string | undefined> = process.env): boolean {
  return env.BOUSSOLE_TRUST_PROXY === "1";
}

export function clientIp(headers: { get(name: string): string | null }, env: Record<string, string | undefined> = process.env): string | null {
  if (!trustProxy(env)) return null;
  const last = headers.get("x-forwarded-for")?.split(",").pop()?.trim();
  // An IPv4 or IPv6 address (with an optional port or zone): anything else is not a key worth keeping.
  if (!last || last.length > 64 || !/^[0-9a-fA-F.:%\[\]a-zA-Z0-9-]+$/.test(last)) return null;
  return last.toLowerCase();
}
