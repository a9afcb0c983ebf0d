/**
 * The list's order as SQL terms: profession (the enumeration's order), its precision, named lines before anonymous
 * ones, the name in French order, then the id. Written once for the page's query (`list.ts`) and for
 * `professional_order_idx` (db/schema/inventory.ts), whose expressions must be the query's for SQLite to read the
 * lines in that order. `column` names a column: qualified in the query, bare in the index.
 */
import { PROFESSIONS } from "@/lib/domain/enums";
import { frenchKeyOf } from "../french-order";

export function listOrderTerms(column: (name: string) => string): string[] {
  return [...indexedOrderTerms(column), frenchKeyOf(column("name")), column("name"), column("id")];
}

/**
 * The terms the index holds: all but the French key and its ties. SQLite then sorts only the names of the first
 * professions, up to the page asked for, not every line of the commune (page 1 of 300 lines: 20-odd keys, not 300).
 * The French key itself stays out of the schema: its sixty nested `replace()` overflow the parser of older SQLite
 * builds (Debian 12's `sqlite3`, 3.40), which would then read the whole database's schema as malformed.
 */
export function indexedOrderTerms(column: (name: string) => string): string[] {
  return [
    `case ${column("profession")} ${PROFESSIONS.map((p, i) => `when '${p}' then ${i}`).join(" ")} end`,
    `${column("profession_other")} collate nocase`,
    `${column("name")} is null`,
  ];
}
