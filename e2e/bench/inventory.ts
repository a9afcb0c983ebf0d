/**
 * `npm run bench:inventory` (after `next build`): serves the production build on a fresh demo database (its own
 * port and folder), then measures the inventory page as its team sees it — the demo's 13 lines, then a commune
 * of 2,000 lines (e2e/inventory-scale-data.ts): HTML bytes, RSC payload bytes, p50/p95 over sequential requests,
 * and the CSV export (which must stay complete). Bounded: a fixed number of requests.
 */
import path from "node:path";
import { pct, serveDemo } from "./serve-demo";
import Database from "better-sqlite3";
import { insertSession } from "../session-row";
import { buildScaleWorkspace } from "../inventory-scale-data";

const PORT = Number(process.env.BENCH_PORT ?? 3910);
const BASE = `http://localhost:${PORT}`;
const DATA = path.resolve(process.env.BENCH_DATA_DIR ?? "e2e/.data-bench-inventory");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const LINES = Number(process.env.BENCH_LINES ?? 2000);

const { stop, waitUp } = serveDemo(PORT, DATA);

const file = () => path.join(DATA, "boussole.sqlite");

function referentCookie(): string {
  const db = new Database(file());
  const user = db.prepare("select id from user where email = ?").get("referent@demo.boussole.fr") as { id: string };
  const cookie = insertSession(db, user.id);
  db.close();
  return `${cookie.name}=${cookie.value}`;
}


async function get(url: string, cookie: string, headers: Record<string, string> = {}) {
  const t0 = performance.now();
  // An RSC request is first sent to its cache-busting address (`?_rsc=…`): follow that redirect, no other.
  const res = await fetch(url, { headers: { cookie, ...headers }, redirect: headers.RSC ? "follow" : "manual" });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`${url} → ${res.status} ${res.headers.get("location") ?? ""}`);
  return { ms: performance.now() - t0, bytes: body.length, text: body.toString("utf8") };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} Ko`;

async function measure(label: string, url: string, cookie: string) {
  for (let i = 0; i < 3; i++) await get(url, cookie);
  const xs: number[] = [];
  let html = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const r = await get(url, cookie);
    xs.push(r.ms);
    html = r.bytes;
  }
  const rsc = (await get(url, cookie, { RSC: "1" })).bytes;
  console.log(`${label.padEnd(44)} ${kb(html).padStart(9)} ${kb(rsc).padStart(9)} ${pct(xs, 50).toFixed(1).padStart(8)} ${pct(xs, 95).toFixed(1).padStart(8)}`);
}

async function main() {
  await waitUp();
  const demo = referentCookie();
  console.log(`${"page".padEnd(44)} ${"HTML".padStart(9)} ${"RSC".padStart(9)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}   (${ROUNDS} requêtes séquentielles, après 3 de chauffe)`);
  await measure("/communes/48092/etat-des-lieux (13 fiches)", `${BASE}/communes/48092/etat-des-lieux`, demo);
  await measure("/federations (page plancher)", `${BASE}/federations`, demo);
  const scale = buildScaleWorkspace(file(), LINES);
  const cookie = `${scale.cookie.name}=${scale.cookie.value}`;
  const base = `${BASE}/communes/${scale.code}/etat-des-lieux`;
  await measure(`…/${scale.code}/etat-des-lieux (${scale.lines} fiches)`, base, cookie);
  await measure(`  page 20`, `${base}?page=20`, cookie);
  await measure(`  profession=infirmier`, `${base}?profession=infirmier`, cookie);
  const csv = await get(`${base}/export`, cookie);
  console.log(`export CSV : ${csv.text.split("\r\n").filter(Boolean).length - 1} lignes, ${kb(csv.bytes)}, ${csv.ms.toFixed(0)} ms`);
}

main()
  .then(() => {
    stop();
    process.exit(0);
  })
  .catch((e) => {
    console.error(e);
    stop();
    process.exit(1);
  });
