/**
 * `npm run bench:server` (after `next build`): serves the production build on a fresh demo database
 * (port 3900, loopback only), signs in as the demo mayor and times the main pages: sequential requests
 * (latency p50/p95) then 4 concurrent clients (throughput). Bounded: a fixed number of requests.
 */
import path from "node:path";
import { pct, serveDemo } from "./serve-demo";
import Database from "better-sqlite3";
import { insertSession } from "../session-row";

const PORT = 3900;
const BASE = `http://localhost:${PORT}`;
const DATA = path.resolve("e2e/.data-bench");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

const { stop, waitUp } = serveDemo(PORT, DATA);

function mayorCookie(): string {
  const db = new Database(path.join(DATA, "boussole.sqlite"));
  const user = db.prepare("select id from user where email = ?").get("maire@demo.boussole.fr") as { id: string };
  const cookie = insertSession(db, user.id);
  db.close();
  return `${cookie.name}=${cookie.value}`;
}


async function time(url: string, cookie: string) {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
  return performance.now() - t0;
}

async function main() {
  await waitUp();
  const cookie = mayorCookie();
  const pages = ["/", "/federations", "/federations?region=76", "/espace", "/communes/48092", "/communes/48092/federation", "/communes/48092/referent", "/communes/48092/historique", "/communes/nouvelle?q=saint", "/communes/nouvelle?q=48100"];
  console.log(`${"page".padEnd(36)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)}   (${ROUNDS} requêtes séquentielles, après 3 de chauffe)`);
  for (const p of pages) {
    for (let i = 0; i < 3; i++) await time(BASE + p, cookie);
    const xs: number[] = [];
    for (let i = 0; i < ROUNDS; i++) xs.push(await time(BASE + p, cookie));
    console.log(`${p.padEnd(36)} ${pct(xs, 50).toFixed(1).padStart(7)} ${pct(xs, 95).toFixed(1).padStart(7)}`);
  }
  const total = ROUNDS * 10;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < total) {
        const p = pages[next++ % pages.length];
        await time(BASE + p, cookie);
      }
    }),
  );
  const s = (performance.now() - t0) / 1000;
  console.log(`4 clients concurrents : ${total} pages en ${s.toFixed(1)} s → ${(total / s).toFixed(0)} pages/s`);
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
