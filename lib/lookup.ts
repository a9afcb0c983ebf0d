/**
 * `record[key]` for a key that comes from a request (search params, route params, form values): only the
 * record's own entries. A plain `MESSAGES[key]` answers "constructor", "toString" or "__proto__" with
 * Object.prototype's members — a function rendered as text, or a 500.
 */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: unknown): V | undefined {
  return typeof key === "string" && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * One search parameter as a string: `?q=a&q=b` arrives as an array, which a page calling `.trim()` on it
 * would answer with a 500. The first value is kept; anything else is undefined.
 */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
