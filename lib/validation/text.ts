import * as z from "zod/mini";

/**
 * Human text as stored: what people type or paste, without the invisible characters that would be stored
 * with it. Control characters garble e-mails, calendar files and CSV exports; bidi overrides make a name read
 * differently from what it is ("Marie\u202Etxt.exe"); the same letter typed precomposed or decomposed
 * ("é" / "e\u0301") must compare, search and count the same.
 */

// C0 controls but the line feed (tabs and line breaks are handled before), DEL and C1 controls.
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
// Bidi embeddings and overrides, isolates, and the left-to-right, right-to-left and Arabic letter marks.
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// Line breaks as typed on any system: CR LF, CR, NEL, and Unicode's line and paragraph separators.
const LINE_BREAK = /\r\n|[\r\u0085\u2028\u2029]/g;

function strip(s: string): string {
  return s.replace(LINE_BREAK, "\n").replace(/\t/g, " ").replace(CONTROLS, "").replace(BIDI, "");
}

/** Several lines (a note, a message): line breaks kept as "\n", tabs as spaces, the rest removed; NFC; trimmed. */
export function cleanMultilineText(s: string): string {
  return strip(s).normalize("NFC").trim();
}

/** One line (a name, a title, a place): as `cleanMultilineText`, and each line break with its spaces becomes one space. */
export function cleanSingleLine(s: string): string {
  return strip(s)
    .replace(/[^\S\n]*\n\s*/g, " ")
    .normalize("NFC")
    .trim();
}

/**
 * A zod string cleaned before any other check (`z.overwrite` keeps it a string schema): add `z.minLength`/
 * `z.maxLength` after it (`.check(…)`) and they count the cleaned text, so "   " or "\u202E" is still
 * "obligatoire". `error` is the message when the value is not a string at all.
 */
export function cleanLine(error?: string) {
  return z.string(error ? { error } : undefined).check(z.overwrite(cleanSingleLine));
}

/** As `cleanLine`, for multi-line text (notes, messages, answers): line breaks are kept. */
export function cleanText(error?: string) {
  return z.string(error ? { error } : undefined).check(z.overwrite(cleanMultilineText));
}
