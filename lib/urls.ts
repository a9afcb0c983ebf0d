/** A same-site path to come back to after signing in; anything else (absolute URL, //host) becomes "/espace". */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string") return "/espace";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/espace";
  return value;
}
