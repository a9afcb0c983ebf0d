import { getTableName, sql, type Column, type SQL } from "drizzle-orm";

/**
 * Letters a French name may carry, folded to the letter they sort as. SQLite compares bytes (and `nocase` folds
 * ASCII only), which puts « Élodie » and « Émilie » after « Zoé »; a French reader expects them among the E.
 */
const FOLDS: ReadonlyArray<readonly [string, string]> = [
  ["à", "a"], ["â", "a"], ["ä", "a"], ["á", "a"], ["ã", "a"], ["å", "a"], ["æ", "ae"],
  ["ç", "c"],
  ["é", "e"], ["è", "e"], ["ê", "e"], ["ë", "e"],
  ["î", "i"], ["ï", "i"], ["í", "i"], ["ì", "i"],
  ["ñ", "n"],
  ["ô", "o"], ["ö", "o"], ["ó", "o"], ["ò", "o"], ["õ", "o"], ["ø", "o"], ["œ", "oe"],
  ["ù", "u"], ["û", "u"], ["ü", "u"], ["ú", "u"],
  ["ÿ", "y"], ["ý", "y"],
].flatMap(([accented, base]) => [[accented, base] as const, [accented.toUpperCase(), base] as const]);

/** The key's SQL around an expression: every accented letter folded, then ASCII lowered. */
export function frenchKeyOf(expression: string): string {
  return `lower(${FOLDS.reduce((inner, [from, to]) => `replace(${inner}, '${from}', '${to}')`, expression)})`;
}

/**
 * An ORDER BY key for a name column, in the order of a French index: accents and case ignored (Eddy, Élodie,
 * Emma, Éric, Zoé). Written once per column as one raw fragment (no per-request query building); tie on the key
 * and sort by the column itself, then the id, for a stable order. The column's table must not be aliased.
 */
export function frenchKey(column: Column): SQL {
  return sql.raw(frenchKeyOf(`"${getTableName(column.table)}"."${column.name}"`));
}
