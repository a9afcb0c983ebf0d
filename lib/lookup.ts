/**
 * `record[key]` for a key that comes from a request (search params, route params, form values): only the
 * record's own entries. A plain `MESSAGES[key]` answers "constructor", "toString" or "__proto__" with
 * Object.prototype's members — a function rendered as text, or a 500.
 */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: unknown): V | undefined {
  return typeof key === "string" && Object.hasOwn(record, key) ? record[key] : undefined;
}
