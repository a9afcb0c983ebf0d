/**
 * The live authorization test (issue 11 item 7). From the permission table (lib/auth/permissions.ts): every
 * server action of the production build and every route handler, called as anonymous, each role of commune A,
 * the maire of another commune (with A's code, then with her own code and A's ids), the Fécop's admin and
 * facilitator (A's federation, no role in A) and an admin of another federation — allowed or refused exactly
 * as the table says; a refused call writes nothing (the database compared before and after, e2e/authz/snapshot).
 * The build's actions must all be in the catalogue (e2e/authz/catalogue.ts). Then the fuzz: malformed,
 * oversized and control-character bodies to every action — never a 500, nothing written. The figures are
 * printed for the CI log. Writes only Rodez, Montauban and Nîmes, and removes their workspaces afterwards.
 */
import { test, expect } from "@playwright/test";
import { can } from "../lib/auth/permissions";
import { CATALOGUE, keyOf, type Entry } from "./authz/catalogue";
import { FUZZ_CASES, MARKER } from "./authz/fuzz";
import { expected, runCell, type Cell } from "./authz/matrix";
import { ROUTES, routeFiles } from "./authz/routes";
import { guardActsOf, schemaOf } from "./authz/schemas";
import { FORBIDDEN_CHARACTERS, Watcher, WriteProbe } from "./authz/snapshot";
import { ORIGIN, builtActions, type BuiltAction } from "./authz/wire";
import { buildWorld, cleanUp, freshAccount, type Persona, type World } from "./authz/world";

test.describe.configure({ mode: "serial" });

let world: World;
let watcher: Watcher;
let probe: WriteProbe;
const built = new Map<string, BuiltAction>();

test.beforeAll(() => {
  for (const action of builtActions()) built.set(keyOf(action), action);
  world = buildWorld();
  watcher = new Watcher();
  probe = new WriteProbe(watcher);
});

test.afterAll(() => {
  watcher?.close();
  if (world) cleanUp();
});

const persona = (name: Persona["name"]) => world.personas.find((p) => p.name === name)!;
const table = (rows: (string | number)[][]) => rows.map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(38) : String(c).padStart(9))).join(" ")).join("\n");

test("every server action of the build is in the catalogue, with the act its guard checks, and an input its schema accepts", () => {
  const catalogued = new Set(CATALOGUE.map(keyOf));
  expect([...built.keys()].filter((k) => !catalogued.has(k)), "actions of the build that the catalogue (and so the table) does not cover").toEqual([]);
  expect([...catalogued].filter((k) => !built.has(k)), "catalogue entries whose action the build no longer has").toEqual([]);
  for (const entry of CATALOGUE) {
    const declared = "acts" in entry.guard ? [...entry.guard.acts].sort() : [];
    expect(guardActsOf(entry.file, entry.name).sort(), `${entry.name}: the act its guard names`).toEqual(declared);
    const schema = schemaOf(entry.file, entry.name);
    if (schema) {
      const parsed = schema.safeParse(entry.input());
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`), `${entry.name}: its input reaches the guard`).toEqual([]);
    }
  }
  console.log(`[authz] ${built.size} server actions in the build, ${CATALOGUE.length} in the catalogue`);
});

test("the authorization matrix: each action × each persona as the table says; a refusal writes nothing", async () => {
  test.setTimeout(240_000);
  const cells: Cell[] = [];
  for (const entry of CATALOGUE) {
    const action = built.get(keyOf(entry))!;
    // Refusals first: they must find A's records as they are, before the allowed calls change or delete them.
    const order = [...world.personas].sort((a, b) => Number(expected(entry, a) === "allowed") - Number(expected(entry, b) === "allowed"));
    for (const p of order) {
      const cell = await runCell(entry, action, p, probe);
      if (cell) cells.push(cell);
    }
  }
  const byPersona = world.personas.map((p) => {
    const mine = cells.filter((c) => c.persona === p.name);
    const n = (v: Cell["expected"]) => mine.filter((c) => c.expected === v && c.ok).length;
    return [p.name, mine.length, n("allowed"), n("refused"), n("sign-in"), n("no-write"), mine.filter((c) => !c.ok).length];
  });
  const wrote = cells.filter((c) => c.expected === "allowed" && c.written.length > 0).length;
  const checked = cells.filter((c) => c.expected !== "allowed").length;
  console.log(
    [
      `[authz] matrix: ${CATALOGUE.length} actions × ${world.personas.length} personas = ${cells.length} calls (${CATALOGUE.length * world.personas.length - cells.length} cells not applicable)`,
      table([["persona", "calls", "allowed", "refused", "sign-in", "no-write", "failed"], ...byPersona]),
      `[authz] allowed calls that wrote: ${wrote}; refused or no-write calls with the database compared (${watcher.tableCount} tables): ${checked}, written: ${cells.filter((c) => c.expected !== "allowed" && c.written.length).length}`,
    ].join("\n"),
  );
  const failures = cells.filter((c) => !c.ok).map((c) => `${c.action} as ${c.persona}: expected ${c.expected}, got ${c.outcome} (${c.status})${c.written.length ? `, wrote ${c.written.join(", ")}` : ""}`);
  expect(failures).toEqual([]);
});

test("every route handler: allowed, refused or sent to sign in as the table says; no GET and no refusal writes", async () => {
  expect(routeFiles(), "route handlers the catalogue of routes does not cover").toEqual(ROUTES.map((r) => r.file).sort());
  const failures: string[] = [];
  let calls = 0;
  for (const route of ROUTES) {
    for (const p of world.personas.filter((x) => !x.foreignIds)) {
      const g = route.guard;
      const verdict = g.kind === "token" ? "refused" : g.kind === "public" ? "allowed" : !p.cookie ? "sign-in" : g.kind === "account" || can(p.communeRoles, g.act) ? "allowed" : "refused";
      const headers: Record<string, string> = { origin: ORIGIN, ...(p.cookie ? { cookie: p.cookie } : {}) };
      const { result, written } = await probe.around(() => fetch(ORIGIN + route.url(), { method: route.method, headers, redirect: "manual" }));
      calls += 1;
      const status = result.status;
      const location = result.headers.get("location") ?? "";
      await result.arrayBuffer();
      const ok =
        verdict === "sign-in"
          ? status >= 300 && status < 400 && /\/connexion(\?|$)/.test(new URL(location, ORIGIN).pathname + new URL(location, ORIGIN).search)
          : verdict === "refused"
            ? status === 404
            : status === 200 || (status === 404 && !!route.allowed404);
      // A GET never writes; a refused POST neither (an allowed export is recorded in the history).
      const wroteWrongly = written.length > 0 && (route.method === "GET" || verdict !== "allowed");
      if (!ok || wroteWrongly) failures.push(`${route.method} ${route.url()} as ${p.name}: expected ${verdict}, got ${status} ${location}${written.length ? `, wrote ${written.join(", ")}` : ""}`);
    }
  }
  console.log(`[authz] routes: ${ROUTES.length} handlers × ${world.personas.length - 2} personas = ${calls} requests, failed: ${failures.length}`);
  expect(failures).toEqual([]);
});

/** The caller of the fuzz: someone the table lets through, so the bodies reach as far as they can. */
function fuzzCaller(entry: Entry): Persona {
  if (entry.changesCaller) return freshAccount("fuzz (compte neuf)");
  if (entry.guard.kind === "public" || entry.guard.kind === "token") return persona("anonyme");
  return world.personas.find((p) => expected(entry, p) === "allowed") ?? persona("maire");
}

test("fuzz: malformed, oversized and control-character bodies to every action — never a 500, nothing written", async () => {
  test.setTimeout(240_000);
  const counts = new Map(FUZZ_CASES.map((c) => [c.name, { calls: 0, wrote: 0, statuses: new Map<number, number>(), failed: 0 }]));
  const failures: string[] = [];
  for (const entry of CATALOGUE) {
    const action = built.get(keyOf(entry))!;
    for (const fuzz of FUZZ_CASES) {
      const caller = fuzzCaller(entry);
      const { result, written } = await probe.around(() => fuzz.send(entry, action, entry.input(), caller.cookie));
      const count = counts.get(fuzz.name)!;
      count.calls += 1;
      if (written.length) count.wrote += 1;
      count.statuses.set(result.status, (count.statuses.get(result.status) ?? 0) + 1);
      const dirty = written.flatMap((t) => [...watcher.rows(t)].filter((r) => r.includes(MARKER) && FORBIDDEN_CHARACTERS.test(JSON.parse(r).join(" "))).map(() => t));
      const problem = result.status >= 500 ? `${result.status}` : fuzz.malformed && written.length ? `wrote ${written.join(", ")}` : dirty.length ? `stored a control character in ${dirty.join(", ")}` : null;
      if (problem) {
        count.failed += 1;
        failures.push(`${entry.name} « ${fuzz.name} »: ${problem}`);
      }
    }
  }
  console.log(
    [
      `[authz] fuzz: ${CATALOGUE.length} actions × ${FUZZ_CASES.length} cases = ${[...counts.values()].reduce((n, c) => n + c.calls, 0)} requests`,
      ...[...counts].map(([name, c]) => `  ${name.padEnd(24)} ${String(c.calls).padStart(4)} calls, wrote ${c.wrote}, failed ${c.failed}; statuses ${[...c.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ")}`),
    ].join("\n"),
  );
  expect(failures).toEqual([]);
});
