/**
 * The JavaScript each route ships on first load, raw and gzipped, from Turbopack's route-bundle-stats
 * (Next 16 prints no size column). Empty when the build left no stats (a webpack build).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export type RouteBundle = { route: string; raw: number; gzip: number };

export function routeBundles(dist = process.env.NEXT_DIST_DIR || ".next"): RouteBundle[] {
  const file = path.join(dist, "diagnostics/route-bundle-stats.json");
  if (!fs.existsSync(file)) return [];
  const stats = JSON.parse(fs.readFileSync(file, "utf8")) as { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] }[];
  const gz = new Map<string, number>();
  const gzipped = (p: string) => {
    if (!gz.has(p)) gz.set(p, zlib.gzipSync(fs.readFileSync(p)).length);
    return gz.get(p)!;
  };
  return stats
    .map((s) => ({ route: s.route, raw: s.firstLoadUncompressedJsBytes, gzip: s.firstLoadChunkPaths.reduce((a, p) => a + gzipped(p), 0) }))
    .sort((a, b) => a.route.localeCompare(b.route));
}
