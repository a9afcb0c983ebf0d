/**
 * The wall clock. Data functions never read it: they take `ctx.now`, set by the guards for the app and by
 * the tests. Only the entry points that have no guard to read it for them do: the CLI
 * (`federation-admin.ts`) and the call forms kept, during the refactor, for other engineers' code (see
 * `compat.ts`).
 */
export function systemNow(): Date {
  return new Date();
}
