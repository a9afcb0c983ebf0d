/**
 * CSV as French spreadsheets expect it: UTF-8 with a byte-order mark (so Excel reads the accents), `;` between
 * cells (the comma is the French decimal separator), CRLF between rows, RFC 4180 quoting.
 */

export const CSV_SEPARATOR = ";";
/** An inventory is a few dozen lines; this leaves room for thousands while refusing a stray export of something else. */
export const CSV_MAX_BYTES = 512 * 1024;
export const CSV_MAX_ROWS = 2000;

const BOM = "\uFEFF";

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

const SAVE_AS_UTF8 =
  "Dans Excel, choisissez « Fichier › Enregistrer sous » puis le type « CSV UTF-8 (délimité par des virgules) » ; dans LibreOffice, « Enregistrer sous », type « Texte CSV », cochez « Éditer les paramètres du filtre » puis choisissez le jeu de caractères « Unicode (UTF-8) » et le séparateur « ; ».";

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("fr-FR")} Ko`;
}

/** The size check, shared by the browser (before sending) and the server. */
export function checkCsvSize(bytes: number): string | null {
  if (bytes === 0) return "Le fichier est vide.";
  if (bytes > CSV_MAX_BYTES) {
    return `Le fichier pèse ${formatSize(bytes)} : la limite est de ${formatSize(CSV_MAX_BYTES)}. Un état des lieux tient en quelques centaines de lignes ; vérifiez que vous avez choisi le bon fichier.`;
  }
  return null;
}

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** The file's bytes as text, or a French explanation of why they are not a UTF-8 CSV. */
export function decodeCsv(bytes: Uint8Array): Result<string> {
  const size = checkCsvSize(bytes.length);
  if (size) return { ok: false, message: size };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { ok: false, message: `Ce fichier est un classeur (Excel .xlsx ou LibreOffice .ods), pas un fichier CSV. ${SAVE_AS_UTF8}` };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, message: `Ce fichier est un classeur Excel (.xls), pas un fichier CSV. ${SAVE_AS_UTF8}` };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, message: `Ce fichier est encodé en UTF-16 (« Texte Unicode ») ; Boussole lit les fichiers CSV encodés en UTF-8. ${SAVE_AS_UTF8}` };
  }
  if (bytes.includes(0)) return { ok: false, message: "Ce fichier n'est pas un fichier texte : choisissez un fichier CSV." };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      message: `Ce fichier n'est pas encodé en UTF-8 (c'est souvent le cas d'un CSV enregistré par Excel en « CSV (séparateur : point-virgule) ») : ses accents seraient mal lus. ${SAVE_AS_UTF8}`,
    };
  }
  return { ok: true, value: text.startsWith(BOM) ? text.slice(1) : text };
}

export type CsvRecord = { /** 1-based line of the file where the record starts. */ line: number; cells: string[] };

/**
 * RFC 4180 parsing with `;`: quoted cells may hold `;`, quotes ("") and line breaks; CRLF, LF and CR all end a
 * row. Blank rows (and rows of empty cells) are skipped. A quote left open is an error (nothing of such a file can be trusted).
 */
export function parseCsv(text: string, separator = CSV_SEPARATOR): Result<CsvRecord[]> {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  let quoteStartLine = 0;
  let line = 1;
  let recordLine = 1;
  let cellStarted = false;

  const endRecord = () => {
    cells.push(cell);
    // Rows of empty cells (";;;;", which spreadsheets leave after the data) are not records.
    if (cells.some((c) => c.trim() !== "")) records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
    cellStarted = false;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && !cellStarted) {
      inQuotes = true;
      cellStarted = true;
      quoteStartLine = line;
    } else if (c === separator) {
      cells.push(cell);
      cell = "";
      cellStarted = false;
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      // A quote inside an unquoted cell is kept as is, as spreadsheets do.
      cell += c;
      if (c !== " " && c !== "\t") cellStarted = true;
    }
  }
  if (inQuotes) {
    return { ok: false, message: `Un guillemet ouvert ligne ${quoteStartLine} n'est jamais refermé : vérifiez cette ligne dans votre tableur.` };
  }
  if (cell !== "" || cells.length > 0) endRecord();
  return { ok: true, value: records };
}

/** The separator of the header row, counted outside quotes: `;`, or a French message when it is another one. */
export function checkSeparator(text: string): string | null {
  let inQuotes = false;
  const counts = { ";": 0, ",": 0, "\t": 0, "|": 0 };
  for (const c of text) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === "\n" || c === "\r")) break;
    else if (!inQuotes && c in counts) counts[c as keyof typeof counts]++;
  }
  if (counts[";"] > 0) return null;
  const other = counts[","] ? "des virgules" : counts["\t"] ? "des tabulations" : counts["|"] ? "des barres verticales" : null;
  if (!other) return null; // a single column: the header check says what is missing
  return `Les colonnes de ce fichier sont séparées par ${other} ; Boussole attend des points-virgules (;), le format des tableurs français. Réenregistrez le fichier en CSV avec le séparateur « ; », ou partez du modèle à télécharger.`;
}

/** Cells a spreadsheet would run as a formula ("=HYPERLINK(…)"): prefixed with an apostrophe on export. */
const FORMULA = /^[=+\-@\t\r]/;

export function escapeCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Undoes the export's formula guard. */
export function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export function formatCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((r) => r.map(escapeCell).join(CSV_SEPARATOR)).join("\r\n") + "\r\n";
}
