/**
 * Text as the synthesis PDF can print it, and the file's name. The PDF uses the standard Helvetica (no font
 * file to ship), whose encoding is WinAnsi: French is covered (accents, œ, « », ’, –, …, ·, €), but a
 * character outside it ("≥", "→", a Czech "ř", an emoji) prints as another glyph. Every text going into
 * the PDF goes through `winAnsi` first: a known symbol gets its ASCII spelling, a letter loses its accent
 * ("ř" → "r"), anything else becomes "?".
 */
import { instantToParis } from "@/lib/meetings/schedule";
import { normalizeSearch } from "@/lib/text";

/** The characters of WinAnsi above ASCII that are not Latin-1 (the 0x80–0x9F block). */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/** Symbols people type (or paste from a word processor) that WinAnsi lacks, in words it has. */
const REPLACEMENTS: Record<string, string> = {
  "\u202F": "\u00A0", // narrow no-break space (before « : ; ! ? » in French typography)
  "\u2007": "\u00A0",
  "\u2009": " ",
  "\u200A": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u200B": "",
  "\u2060": "",
  "\uFEFF": "",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "–",
  "\u2212": "-",
  "\u2032": "'",
  "\u02BC": "’",
  "\u2033": '"',
  "→": "->",
  "⇒": "=>",
  "←": "<-",
  "↔": "<->",
  "↳": "->",
  "≥": ">=",
  "≤": "<=",
  "≠": "!=",
  "≈": "~",
  "✓": "-",
  "✔": "-",
  "✗": "-",
  "✘": "-",
  "▪": "•",
  "◦": "•",
  "‣": "•",
  "⁃": "-",
  "ﬁ": "fi",
  "ﬂ": "fl",
  "ẞ": "SS",
  "ł": "l",
  "Ł": "L",
  "đ": "d",
  "Đ": "D",
  "ı": "i",
};

function isWinAnsi(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return ch === "\n" || ch === "\t" || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}

/** The text with every character printable by the standard PDF fonts (line breaks kept). */
export function winAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC").replace(/\r\n?/g, "\n")) {
    if (isWinAnsi(ch)) {
      out += ch;
      continue;
    }
    const known = REPLACEMENTS[ch];
    if (known !== undefined) {
      out += known;
      continue;
    }
    // A mark left over after composition is dropped; a letter with a mark WinAnsi lacks ("ř", "ș", "ō") keeps its base letter.
    if (/^\p{M}$/u.test(ch)) continue;
    const base = ch.normalize("NFD").replace(/\p{M}+/gu, "");
    out += base && [...base].every(isWinAnsi) ? base : "?";
  }
  return out;
}

/**
 * A text as the PDF prints it: WinAnsi characters only, and French spacing held together — the space before
 * « : ; ! ? » and inside « » becomes a no-break space, so that a colon or a closing quote never starts a line.
 */
export function pdfText(text: string): string {
  return winAnsi(text)
    .replace(/ ([:;!?»])/g, "\u00A0$1")
    .replace(/« /g, "«\u00A0");
}

/** The name of the downloaded file: an ASCII one for every client, and the UTF-8 one (RFC 6266) for those that read it. */
export function synthesisPdfFileName(communeName: string, startsAt: Date): { ascii: string; utf8: string } {
  const day = instantToParis(startsAt).day;
  const ascii = normalizeSearch(communeName).replace(/ /g, "-") || "commune";
  const utf8 =
    communeName
      .normalize("NFC")
      .toLocaleLowerCase("fr")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "") || "commune";
  return { ascii: `synthese-${ascii}-${day}.pdf`, utf8: `synthèse-${utf8}-${day}.pdf` };
}

/** `attachment; filename="…"; filename*=UTF-8''…` for a file name from `synthesisPdfFileName`. */
export function attachmentDisposition(name: { ascii: string; utf8: string }): string {
  const ascii = name.ascii.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(name.utf8).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
