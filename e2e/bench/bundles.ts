/**
 * `npm run bench:bundles` (after `next build`): the JavaScript each route ships on first load,
 * raw and gzipped, from Turbopack's route-bundle-stats (Next 16 prints no size column).
 */
import { routeBundles } from "./bundle-stats";

const kib = (n: number) => (n / 1024).toFixed(1).padStart(7);
const rows = routeBundles();
if (!rows.length) throw new Error("Pas de statistiques de build : lancez `next build` (Turbopack) d'abord.");
console.log(`${"route".padEnd(44)} ${"brut KiB".padStart(8)} ${"gzip KiB".padStart(8)}`);
for (const r of rows) console.log(`${r.route.padEnd(44)} ${kib(r.raw)}  ${kib(r.gzip)}`);
