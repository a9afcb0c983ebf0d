import { sql, type SQL } from "drizzle-orm";
import { PROFESSIONS } from "@/lib/domain/enums";
import { frenchKeyOf } from "./french-order";

/**
 * The inventory's order (its list, the export, a meeting's picker): the professions in the enumeration's order,
 * an « autre » profession by its label, named lines before anonymous ones, then the name in French order
 * (`french-order.ts`), then the id. The same expressions make `professional_order_idx`, so that SQLite reads a
 * page of the list from the index in order — twenty entries — instead of computing the key of every line of
 * the commune and sorting them. They must stay written exactly alike in both (the test of the list checks that
 * the plan uses the index).
 */
const keys = (column: (name: string) => string) => [
  `case ${column("profession")} ${PROFESSIONS.map((p, i) => `when '${p}' then ${i}`).join(" ")} end`,
  `${column("profession_other")} collate nocase`,
  `${column("name")} is null`,
  frenchKeyOf(column("name")),
  column("name"),
];

/** The index's expressions (after the workspace), on the table's unqualified columns. */
export const INVENTORY_ORDER_INDEX: SQL[] = keys((c) => `"${c}"`).map((k) => sql.raw(k));

/** The ORDER BY of a query on `professional` (not aliased), the id last. */
export const INVENTORY_ORDER: SQL[] = [...keys((c) => `"professional"."${c}"`), `"professional"."id"`].map((k) => sql.raw(k));
