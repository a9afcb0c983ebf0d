/**
 * The three-way merge of a versioned form's conflict: what the form was loaded with (`base`), what the user sent
 * (`mine`) and what someone else saved meanwhile (`theirs`). A field only one person changed takes that person's
 * value; a field both changed differently is a true conflict, the only one a person has to decide. Pure (no
 * React): `useConflict` (components/forms) calls it.
 */

/**
 * What happened to one field since the form was loaded:
 * - `unchanged`: nobody changed it;
 * - `theirs`: only the other person changed it (their value is taken);
 * - `mine`: only the user changed it (their value is kept);
 * - `same`: both changed it, to the same value;
 * - `both`: both changed it, differently — a true conflict.
 */
export type FieldStatus = "unchanged" | "theirs" | "mine" | "same" | "both";

export type MergeResult = {
  /** Every field of the three sides: mine where the user changed it (`mine`, `same`, `both`), theirs elsewhere. */
  merged: Record<string, string>;
  status: Record<string, FieldStatus>;
};

/** The whitespace of a value does not count: "a  b\r\n" is "a b" (the conflict panel compares the same way). */
export const normalise = (v: string | undefined): string => (v ?? "").replace(/\s+/g, " ").trim();

/** Two values are the same once their whitespace is normalised; a missing value is an empty one. */
export const sameValue = (a: string | undefined, b: string | undefined): boolean => normalise(a) === normalise(b);

/** One field's status from its three values (a missing value is an empty one). */
export function fieldStatus(base: string | undefined, mine: string | undefined, theirs: string | undefined): FieldStatus {
  const iChanged = !sameValue(base, mine);
  const theyChanged = !sameValue(base, theirs);
  if (!iChanged && !theyChanged) return "unchanged";
  if (!iChanged) return "theirs";
  if (!theyChanged) return "mine";
  return sameValue(mine, theirs) ? "same" : "both";
}

/**
 * Merges three versions of a form's fields, field by field (the keys of all three sides; a field absent from a
 * side is empty there). The merged value is the user's where they changed the field, the other person's
 * everywhere else — never the base's when the other person changed it. For a `both` field the merged value is
 * the user's: the caller shows both and lets the user choose.
 */
export function threeWayMerge(base: Record<string, string>, mine: Record<string, string>, theirs: Record<string, string>): MergeResult {
  const merged: Record<string, string> = {};
  const status: Record<string, FieldStatus> = {};
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  for (const key of keys) {
    const b = own(base, key);
    const m = own(mine, key);
    const t = own(theirs, key);
    const s = fieldStatus(b, m, t);
    status[key] = s;
    merged[key] = (s === "mine" || s === "same" || s === "both" ? m : t) ?? "";
  }
  return { merged, status };
}

const own = (record: Record<string, string>, key: string): string | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/**
 * The status of something shown as one row but made of several fields (a name and the "anonymous" box): a
 * true conflict if any field is one, or if the user changed some and the other person others; else whoever
 * changed something; `same` when the only changes were identical on both sides.
 */
export function combinedStatus(statuses: readonly FieldStatus[]): FieldStatus {
  const seen = new Set(statuses);
  if (seen.has("both") || (seen.has("mine") && seen.has("theirs"))) return "both";
  if (seen.has("mine")) return "mine";
  if (seen.has("theirs")) return "theirs";
  if (seen.has("same")) return "same";
  return "unchanged";
}

type Flat = Record<string, string>;

/**
 * A form's values (react-hook-form's: strings, numbers, booleans, lists, nested objects) as a browser posts
 * them, the shape a server action keeps (`keptValues`): nested names with dots ("agenda.0.title"), a list of
 * choices one per line, a ticked checkbox "on", an unticked one, an empty list or a missing value absent.
 */
export function postedValues(values: unknown): Flat {
  const out: Flat = {};
  const walk = (value: unknown, name: string) => {
    if (value === undefined || value === null || value === false) return;
    if (value === true) out[name] = "on";
    else if (Array.isArray(value)) {
      if (value.every((v) => v === null || typeof v !== "object")) {
        const items = value.filter((v) => v !== undefined && v !== null).map(String);
        if (items.length) out[name] = items.join("\n");
      } else value.forEach((v, i) => walk(v, `${name}.${i}`));
    } else if (value instanceof Date) out[name] = value.toISOString();
    else if (typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, name ? `${name}.${k}` : k);
    else out[name] = String(value);
  };
  walk(values, "");
  return out;
}

/** The fields of a form's values that are lists of choices (checkboxes): their order does not count. */
export function choiceLists(...values: unknown[]): Set<string> {
  const lists = new Set<string>();
  for (const v of values) {
    if (!v || typeof v !== "object") continue;
    for (const [k, x] of Object.entries(v)) if (Array.isArray(x) && x.every((i) => i === null || typeof i !== "object")) lists.add(k);
  }
  return lists;
}

/**
 * One comparable string per field of a form (its top-level name) from posted values: the value itself, a list
 * of choices sorted, the nested values of a list of items ("agenda.0.title"…) together, so that an item list is
 * compared (and merged) as a whole. Whitespace is normalised; empty nested values do not count.
 */
export function fieldStrings(posted: Flat, lists: ReadonlySet<string> = new Set()): Flat {
  const nested: Record<string, [string, string][]> = {};
  const out: Flat = {};
  for (const [key, value] of Object.entries(posted)) {
    const dot = key.indexOf(".");
    if (dot < 0) {
      out[key] = lists.has(key) ? value.split("\n").map(normalise).filter(Boolean).sort().join("\n") : normalise(value);
    } else {
      const field = key.slice(0, dot);
      if (normalise(value)) (nested[field] ??= []).push([key.slice(dot + 1), normalise(value)]);
      else nested[field] ??= [];
    }
  }
  for (const [field, entries] of Object.entries(nested)) {
    if (Object.hasOwn(out, field)) continue;
    out[field] = entries.length ? JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : "";
  }
  return out;
}

/**
 * The three-way merge of a form, field by field: `base` and `theirs` as the form holds values (the defaults it
 * was loaded with, the stored version as the form's values), `mine` as the server action kept what was posted.
 * The statuses are per top-level field; the merged values are the comparable strings of `fieldStrings`, not
 * the form's values (the caller copies the other person's typed values into the form).
 */
export function mergeForm(base: unknown, mine: Flat, theirs: unknown): MergeResult {
  const lists = choiceLists(base, theirs);
  return threeWayMerge(fieldStrings(postedValues(base), lists), fieldStrings(mine, lists), fieldStrings(postedValues(theirs), lists));
}
