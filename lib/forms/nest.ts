/**
 * FormData keys such as "agenda.2.title" (react-hook-form's names for lists) as nested values, so that the
 * server parses the same shape as the browser. Other keys are kept as they are.
 */
export function nestDottedKeys(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const m = /^([A-Za-z]+)\.(\d{1,2})\.([A-Za-z]+)$/.exec(key);
    if (!m) {
      out[key] = value;
      continue;
    }
    const [, list, index, field] = m;
    // Own entries only: a list named "constructor" must not find Object.prototype's member.
    const arr = (Object.hasOwn(out, list) && Array.isArray(out[list]) ? out[list] : (out[list] = [])) as Record<string, unknown>[];
    const i = Number(index);
    arr[i] ??= {};
    arr[i][field] = Array.isArray(value) ? value[0] : value;
  }
  for (const v of Object.values(out)) if (Array.isArray(v)) for (let i = 0; i < v.length; i++) v[i] ??= {};
  return out;
}
