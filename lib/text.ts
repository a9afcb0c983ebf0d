/**
 * Text helpers shared by the loader (which stores `commune.search_name`) and the search (which normalises
 * the query the same way): both sides must go through `normalizeSearch` for the comparison to hold.
 */

import { ownValue } from "./lookup";

/** Abbreviations of "saint"/"sainte" written as a word of their own ("St Étienne", "Ste-Foy"). */
const ABBREVIATIONS: Record<string, string> = { st: "saint", ste: "sainte" };

/**
 * The searchable form of a name or a query: lower-case, accents removed, ligatures spelled out (œ → oe),
 * hyphens, apostrophes (' and ’), dots and any other punctuation turned into spaces, spaces collapsed,
 * and the words "st"/"ste" spelled "saint"/"sainte".
 *
 *   normalizeSearch("Saint-Étienne")   === "saint etienne"
 *   normalizeSearch("st  étienne")     === "saint etienne"
 *   normalizeSearch("L’Isle-d’Abeau")  === "l isle d abeau"
 */
export function normalizeSearch(s: string): string {
  const words = s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "") // combining marks: é → e, ç → c
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    // Hyphens, apostrophes (straight and typographic), dots, and every other non-letter non-digit.
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  return words.map((w) => ownValue(ABBREVIATIONS, w) ?? w).join(" ");
}

/** "de Langogne", "d'Espalion": the commune's name after "de", elided before a vowel. */
export function ofCommune(name: string): string {
  return /^[AEIOUYÂÀÉÈÊÎÔŒaeiouy]/.test(name) ? `d'${name}` : `de ${name}`;
}
