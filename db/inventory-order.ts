import { sql, type SQL } from "drizzle-orm";
import { PROFESSIONS } from "@/lib/domain/enums";
import { frenchKeyOf } from "./french-order";

/**
 * The inventory's order (its list, a meeting's picker): the professions in the enumeration's order, an « autre »
 * profession by its label, named lines before anonymous ones, then the name in French order (`french-order.ts`),
 * then the id. `professional_order_idx` holds the first three terms and the name, so that SQLite reads a page of
 * the list in order from the index and computes the French key only of the lines of the professions it reaches,
 * not of every line of the commune. The French key itself is not in the index: its sixty nested `replace()`
 * are deeper than the parser of the usual `sqlite3` tool accepts (3.40 stops near 25), and a schema it cannot
 * parse would make the whole file unreadable to it. The terms must stay written alike in the index and the
 * queries (the list's test reads the plan).
 */
const keys = (column: (name: string) => string) => [
  `case ${column("profession")} ${PROFESSIONS.map((p, i) => `when '${p}' then ${i}`).join(" ")} end`,
  `${column("profession_other")} collate nocase`,
  `${column("name")} is null`,
  frenchKeyOf(column("name")),
  column("name"),
];

/** The index's terms (after the workspace), on the table's unqualified columns: the order up to the name, then the name. */
export const INVENTORY_ORDER_INDEX: SQL[] = [...keys((c) => `"${c}"`).slice(0, 3), `"name"`].map((k) => sql.raw(k));

/** The ORDER BY of a query on `professional` (not aliased), the id last. */
export const INVENTORY_ORDER: SQL[] = [...keys((c) => `"professional"."${c}"`), `"professional"."id"`].map((k) => sql.raw(k));
