/**
 * `npm run bench:scale` (after `next build`): the long lists of issue 12 on a scratch database of their own
 * (e2e/bench/scale-data.ts: 400 requests to the Fécop, a person in 200 communes, 5,000 history events), served
 * by the production build (`NEXT_DIST_DIR` picks another build, to compare two branches). For each page:
 * HTML bytes, forms and inputs in it, p50/p95 over sequential requests, and the ratio of its p50 to a floor
 * page of the same server measured in the same run. Bounded: a fixed number of requests.
 */
import path from "node:path";
import { pct, serveDemo } from "./serve-demo";
import { buildScaleData } from "./scale-data";

const PORT = Number(process.env.BENCH_PORT ?? 3920);
const BASE = `http://localhost:${PORT}`;
const DATA = path.resolve(process.env.BENCH_DATA_DIR ?? "e2e/.data-bench-scale");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

const { stop, waitUp } = serveDemo(PORT, DATA);

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

async function get(url: string, cookie: string) {
  const t0 = performance.now();
  const res = await fetch(BASE + url, { headers: { cookie }, redirect: "manual" });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
  return { ms: performance.now() - t0, text, bytes: Buffer.byteLength(text) };
}

/** p50 of `url`, each of its requests followed by one of the floor page, so both see the same machine load. */
async function measure(url: string, cookie: string, floorCookie: string) {
  for (let i = 0; i < 3; i++) await get(url, cookie);
  const xs: number[] = [];
  const floor: number[] = [];
  let last = { ms: 0, text: "", bytes: 0 };
  for (let i = 0; i < ROUNDS; i++) {
    last = await get(url, cookie);
    xs.push(last.ms);
    floor.push((await get("/federations", floorCookie)).ms);
  }
  return { p50: pct(xs, 50), p95: pct(xs, 95), floor: pct(floor, 50), bytes: last.bytes, forms: count(last.text, /<form\b/g), inputs: count(last.text, /<(input|select|textarea)\b/g) };
}

async function main() {
  await waitUp();
  const data = buildScaleData(path.join(DATA, "boussole.sqlite"));
  const fed = `/federation/${data.federationId}`;
  const pages: [string, string, string][] = [
    ["plancher /federations", "/federations", data.mayorCookie],
    [`fédération (${data.requests} demandes)`, fed, data.adminCookie],
    ["  page 10", `${fed}?page=10`, data.adminCookie],
    ["  une demande choisie", `${fed}?demande=${data.pendingRequestId}`, data.adminCookie],
    [`/espace (${data.spaces} communes)`, "/espace", data.multiCookie],
    [`historique (${data.events} événements)`, "/communes/48092/historique", data.mayorCookie],
    ["recherche « saint »", "/communes/nouvelle?q=saint", data.mayorCookie],
    ["recherche « 12400 »", "/communes/nouvelle?q=12400", data.mayorCookie],
    ["recherche « mont »", "/communes/nouvelle?q=mont", data.mayorCookie],
  ];
  console.log(`build : ${process.env.NEXT_DIST_DIR ?? ".next"} — ${ROUNDS} requêtes séquentielles par page, chacune suivie d'une page plancher`);
  console.log(`${"page".padEnd(34)} ${"HTML Ko".padStart(8)} ${"forms".padStart(6)} ${"champs".padStart(7)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"÷ plancher".padStart(10)}`);
  for (const [label, url, cookie] of pages) {
    const m = await measure(url, cookie, data.mayorCookie);
    console.log(
      `${label.padEnd(34)} ${(m.bytes / 1024).toFixed(0).padStart(8)} ${String(m.forms).padStart(6)} ${String(m.inputs).padStart(7)} ${m.p50.toFixed(1).padStart(7)} ${m.p95.toFixed(1).padStart(7)} ${(m.p50 / m.floor).toFixed(1).padStart(9)}×`,
    );
  }
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
