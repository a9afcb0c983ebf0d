/**
 * `npm run bench` (after `next build`): the pages at national scale, as ratios to a floor page of the same
 * server. Builds the copy of e2e/bench/national-data.ts in its own folder (kept between runs while the
 * generator and the migrations are unchanged), serves the production build on it (loopback, its own port),
 * then for each page: HTML bytes; p50/p95 over ≥ 50 sequential requests interleaved with the floor page
 * (`/compte-supprime`, one paragraph; ≥ 50 rounds in the full run); req/s with autocannon at 10 and 20 connections; the statements one
 * request runs (counted through the database layer: BOUSSOLE_SQL_TRACE) for a small and the large commune;
 * saves of an inventory line by 10 concurrent writers posting the form as a browser without JavaScript
 * does; the first-load JS of each route. `--small` is the test command's run (a few hundred communes,
 * shorter runs): it fails on any error or on a statement count that grows with the commune's size.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import crypto from "node:crypto";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { insertSession } from "../session-row";
import { routeBundles } from "./bundle-stats";
import { buildNationalData, FULL, SMALL, type NationalData } from "./national-data";
import { formBody, measureSaves } from "./saves";

const small = process.argv.includes("--small");
const SIZE = small ? SMALL : FULL;
const PORT = Number(process.env.BENCH_PORT ?? (small ? 3931 : 3930));
const BASE = `http://localhost:${PORT}`;
const DATA = path.resolve(process.env.BENCH_DATA_DIR ?? `e2e/.data-bench-${small ? "small" : "national"}`);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (small ? 20 : 60));
const SECONDS = Number(process.env.BENCH_SECONDS ?? (small ? 1 : 8));

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const p = spawn(cmd, args, { env, stdio: ["ignore", "ignore", "inherit"] });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} → ${code}`))));
  });
}

/** The copy is rebuilt only when what makes it changes: the generator, the seed, the migrations, the size. */
async function prepareDatabase(): Promise<NationalData> {
  const fingerprint = crypto.createHash("sha256");
  for (const f of ["e2e/bench/national-data.ts", "db/seed.ts", ...fs.readdirSync("drizzle").filter((x) => x.endsWith(".sql")).map((x) => `drizzle/${x}`)]) fingerprint.update(fs.readFileSync(f));
  fingerprint.update(JSON.stringify(SIZE));
  const key = fingerprint.digest("hex").slice(0, 16);
  const pristine = path.join(DATA, `national-${key}.sqlite`);
  const meta = `${pristine}.json`;
  const live = path.join(DATA, "boussole.sqlite");
  for (const f of [live, `${live}-wal`, `${live}-shm`]) fs.rmSync(f, { force: true });
  if (!fs.existsSync(pristine) || !fs.existsSync(meta)) {
    fs.rmSync(DATA, { recursive: true, force: true });
    const env = { ...process.env, BOUSSOLE_DATA_DIR: DATA, BOUSSOLE_MODE: "demo" };
    const t0 = performance.now();
    await run("npx", ["tsx", "db/migrate.ts"], env);
    await run("npx", ["tsx", "db/seed.ts"], env);
    const data = buildNationalData(live, SIZE);
    console.log(`Copie nationale générée en ${((performance.now() - t0) / 1000).toFixed(0)} s : ${Object.entries(data.counts).map(([k, v]) => `${v} ${k}`).join(", ")}.`);
    fs.copyFileSync(live, pristine);
    fs.writeFileSync(meta, JSON.stringify(data));
  } else fs.copyFileSync(pristine, live);
  fs.chmodSync(live, 0o600);
  return JSON.parse(fs.readFileSync(meta, "utf8")) as NationalData;
}

let statements = 0;
function serve() {
  const server = spawn("npx", ["next", "start", "-p", String(PORT)], {
    env: { ...process.env, BOUSSOLE_MODE: "demo", BOUSSOLE_DATA_DIR: DATA, AUTH_URL: BASE, BOUSSOLE_SQL_TRACE: "1", SMTP_URL: "", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  server.stderr!.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    for (let i = text.indexOf("[sql]"); i !== -1; i = text.indexOf("[sql]", i + 5)) statements++;
    const rest = text.replace(/\[sql\]\n/g, "");
    if (rest.trim()) process.stderr.write(rest);
  });
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {}
  };
  process.on("exit", stop);
  return stop;
}

async function waitUp() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/compte-supprime`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("le serveur n'a pas démarré");
}

function sessions(data: NationalData) {
  const db = new Database(path.join(DATA, "boussole.sqlite"));
  db.pragma("busy_timeout = 10000");
  const cookie = (email: string) => {
    const id = db.prepare("select id from user where email = ?").pluck().get(email) as string;
    const c = insertSession(db, id);
    return `${c.name}=${c.value}`;
  };
  const out = {
    big: cookie(data.big.mayorEmail),
    small: cookie(data.small.mayorEmail),
    facilitator: cookie(data.facilitatorEmail),
    admin: cookie("admin@demo.boussole.fr"),
    smallAdmin: cookie(`admin.${data.smallFederation}@bench.boussole.test`),
  };
  const lines = db.prepare("select id from professional where workspace_id = ? order by id limit 10").pluck().all(data.big.workspaceId) as number[];
  db.close();
  return { ...out, lines };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const errors: string[] = [];

async function get(url: string, cookie: string) {
  const t0 = performance.now();
  const res = await fetch(BASE + url, { headers: { cookie }, redirect: "manual" });
  const body = await res.arrayBuffer();
  const ms = performance.now() - t0;
  if (res.status !== 200) errors.push(`${url} → ${res.status}`);
  return { ms, bytes: body.byteLength };
}

/** The statements of one request, the least of three (a timer's statement may fall inside one). */
async function statementsOf(url: string, cookie: string) {
  let least = Infinity;
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 50));
    const before = statements;
    await get(url, cookie);
    await new Promise((r) => setTimeout(r, 50));
    least = Math.min(least, statements - before);
  }
  return least;
}

async function rate(url: string, cookie: string, connections: number) {
  const result = await autocannon({ url: BASE + url, connections, duration: SECONDS, headers: { cookie } });
  if (result.non2xx || result.errors) errors.push(`${url} à ${connections} connexions : ${result.non2xx} réponses non 2xx, ${result.errors} erreurs`);
  return { rps: result.requests.average, p50: result.latency.p50 };
}

type Row = { name: string; bytes: number; p50: number; p95: number; floor: number; ratio: number; rps10: number; p50at10: number; rps20: number; stmtSmall: number | null; stmtBig: number; js: number | null };

async function main() {
  const data = await prepareDatabase();
  const stop = serve();
  await waitUp();
  const c = sessions(data);
  const big = data.big;
  const bundles = routeBundles();
  const js = (route: string) => bundles.find((b) => b.route === route)?.gzip ?? null;
  const pages: { name: string; url: string; cookie: string; smallUrl?: string; smallCookie?: string; route: string }[] = [
    { name: "plancher (/compte-supprime)", url: "/compte-supprime", cookie: c.big, route: "/compte-supprime" },
    { name: "tableau de bord", url: `/communes/${big.code}`, cookie: c.big, smallUrl: `/communes/${data.small.code}`, smallCookie: c.small, route: "/communes/[code]" },
    { name: `état des lieux (${SIZE.bigLines} lignes)`, url: `/communes/${big.code}/etat-des-lieux`, cookie: c.big, smallUrl: `/communes/${data.small.code}/etat-des-lieux`, smallCookie: c.small, route: "/communes/[code]/etat-des-lieux" },
    { name: `réunion (${SIZE.bigInvitees} invités)`, url: `/communes/${big.code}/reunions/${big.meetingId}`, cookie: c.big, smallUrl: `/communes/${data.small.code}/reunions/${data.small.meetingId}`, smallCookie: c.small, route: "/communes/[code]/reunions/[id]" },
    { name: `fédération (${SIZE.fecopRequests} demandes)`, url: "/federation/fecop", cookie: c.admin, smallUrl: `/federation/${data.smallFederation}`, smallCookie: c.smallAdmin, route: "/federation/[id]" },
    { name: `/espace (${SIZE.facilitatorCommunes} communes)`, url: "/espace", cookie: c.facilitator, smallUrl: "/espace", smallCookie: c.small, route: "/espace" },
    { name: `historique (${SIZE.bigHistory} évènements)`, url: `/communes/${big.code}/historique`, cookie: c.big, smallUrl: `/communes/${data.small.code}/historique`, smallCookie: c.small, route: "/communes/[code]/historique" },
    { name: "recherche de commune", url: "/communes/nouvelle?q=saint", cookie: c.big, smallUrl: "/communes/nouvelle?q=48100", smallCookie: c.big, route: "/communes/nouvelle" },
  ];
  const floor = pages[0];
  const rows: Row[] = [];
  // BENCH_PAGES=réunion,fédération measures only the pages whose name contains one of these words (the floor always).
  const only = (process.env.BENCH_PAGES ?? "").split(",").map((x) => x.trim()).filter(Boolean);
  for (const p of pages.filter((p, i) => i === 0 || !only.length || only.some((w) => p.name.includes(w)))) {
    for (let i = 0; i < 3; i++) await get(p.url, p.cookie);
    // Throughput first: its few hundred requests also warm the page's code as hot as the floor's, which every
    // page's round has already run (measured cold, a page late in the run met a floor twice as fast as at the start).
    const at10 = await rate(p.url, p.cookie, 10);
    const rps20 = (await rate(p.url, p.cookie, 20)).rps;
    const xs: number[] = [];
    const fs_: number[] = [];
    let bytes = 0;
    for (let i = 0; i < ROUNDS; i++) {
      fs_.push((await get(floor.url, floor.cookie)).ms);
      const r = await get(p.url, p.cookie);
      xs.push(r.ms);
      bytes = r.bytes;
    }
    const stmtBig = await statementsOf(p.url, p.cookie);
    const stmtSmall = p.smallUrl ? await statementsOf(p.smallUrl, p.smallCookie!) : null;
    const f50 = pct(fs_, 50);
    rows.push({ name: p.name, bytes, p50: pct(xs, 50), p95: pct(xs, 95), floor: f50, ratio: pct(xs, 50) / f50, rps10: at10.rps, p50at10: at10.p50, rps20, stmtSmall, stmtBig, js: js(p.route) });
  }
  const saves = only.length && !only.includes("enregistrements") ? null : await measureSaves({ base: BASE, cookie: c.big, code: big.code, lines: c.lines, rounds: small ? 3 : 10, formBody, statements: () => statements });
  if (saves) errors.push(...saves.errors);
  stop();

  const n = (x: number, d = 1) => x.toFixed(d);
  const kib = (x: number | null) => (x === null ? "—" : n(x / 1024));
  console.log(`\nBoussole — banc national${small ? " (petit)" : ""}, ${new Date().toISOString()}, ${ROUNDS} requêtes par page alternées avec le plancher, autocannon ${SECONDS} s.`);
  console.log(`Copie : ${Object.entries(data.counts).map(([k, v]) => `${v} ${k}`).join(", ")}.\n`);
  console.log("| page | HTML KiB | p50 ms | p95 ms | plancher p50 | ratio | req/s ×10 | req/s ×20 | requêtes SQL petite / grande | JS gzip KiB |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.name} | ${kib(r.bytes)} | ${n(r.p50)} | ${n(r.p95)} | ${n(r.floor)} | ${n(r.ratio, 2)}× | ${n(r.rps10, 0)} | ${n(r.rps20, 0)} | ${r.stmtSmall ?? "—"} / ${r.stmtBig} | ${kib(r.js)} |`);
  if (saves) console.log(`\nEnregistrements d'une ligne (formulaire sans JavaScript), 10 rédacteurs simultanés : ${saves.count} enregistrés, p50 ${n(saves.p50)} ms, p95 ${n(saves.p95)} ms, ${n(saves.p50 / rows[0].floor, 2)}× le plancher seul, ${n(saves.p50 / rows[0].p50at10, 2)}× le plancher sous la même charge (10 connexions : p50 ${n(rows[0].p50at10)} ms) ; ${saves.statements} requêtes SQL par enregistrement.`);
  const growing = rows.filter((r) => r.stmtSmall !== null && r.stmtBig > r.stmtSmall);
  for (const r of growing) errors.push(`${r.name} : ${r.stmtBig} requêtes SQL pour la grande commune contre ${r.stmtSmall} pour la petite`);
  console.log(errors.length ? `\n${errors.length} problème(s) :\n- ${errors.join("\n- ")}` : "\n0 erreur.");
  if (small && errors.length) process.exit(1);
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
