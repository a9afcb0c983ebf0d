/**
 * Erasing a professional's line: what replaces their name, address and phone in the workspace's history
 * summaries and wherever their name was copied (next steps' owners, meeting invitees).
 */
export const ERASED_PROFESSIONAL = "un·e professionnel·le (effacé)";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The terms to remove from texts: every non-empty name, address and phone, longest first (so that "Marie
 * Dupont" goes before "Dupont"), without duplicates (case-insensitively).
 */
export function erasureTerms(values: (string | null | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const t = v?.trim();
    if (t && t.length >= 2 && !seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  }
  return [...seen.values()].sort((a, b) => b.length - a.length);
}

/**
 * The text with each term replaced by ERASED_PROFESSIONAL, case-insensitively and only as a whole word (a
 * name "Lou" leaves "Louise" and "Toulouse" alone).
 */
export function scrubText(text: string, terms: string[]): string {
  let out = text;
  for (const term of terms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}@._-])${escape(term)}(?![\\p{L}\\p{N}@_-]|\\.[\\p{L}\\p{N}])`, "giu");
    out = out.replace(re, ERASED_PROFESSIONAL);
  }
  return out;
}
