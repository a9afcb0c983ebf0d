/**
 * `npm run bench:bundles` (after `next build`): the JavaScript each route ships on first load,
 * raw and gzipped, from Turbopack's route-bundle-stats (Next 16 prints no size column).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const dist = process.env.NEXT_DIST_DIR || ".next";
const stats = JSON.parse(fs.readFileSync(path.join(dist, "diagnostics/route-bundle-stats.json"), "utf8")) as {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}[];

const gz = new Map<string, number>();
const gzipped = (p: string) => {
  if (!gz.has(p)) gz.set(p, zlib.gzipSync(fs.readFileSync(p)).length);
  return gz.get(p)!;
};
const kib = (n: number) => (n / 1024).toFixed(1).padStart(7);

const rows = stats
  .map((s) => ({ route: s.route, raw: s.firstLoadUncompressedJsBytes, gzip: s.firstLoadChunkPaths.reduce((a, p) => a + gzipped(p), 0) }))
  .sort((a, b) => a.route.localeCompare(b.route));
console.log(`${"route".padEnd(44)} ${"brut KiB".padStart(8)} ${"gzip KiB".padStart(8)}`);
for (const r of rows) console.log(`${r.route.padEnd(44)} ${kib(r.raw)}  ${kib(r.gzip)}`);
