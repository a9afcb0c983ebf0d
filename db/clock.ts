/**
 * The wall clock. Data functions never read it: they take `ctx.now`, set by the guards for the app and by
 * the tests. Only the entry points of db/ that have no guard to read it for them do: the command-line
 * tools (`federation-admin.ts`) and the demo seed.
 */
export function systemNow(): Date {
  return new Date();
}
