/**
 * Every route handler (app/**\/route.ts) with the act its guard checks and a request aimed at commune A.
 * Allowed: 200 (or, for a synthesis's PDF, 404 while A has no published synthesis: nothing to print).
 * Refused: 404. Anonymous: a redirect to /connexion. No GET writes, nor any refused request.
 */
import fs from "node:fs";
import path from "node:path";
import type { AccountAct, CommuneAct } from "../../lib/auth/permissions";
import { lookups as L } from "./lookups";
import { COMMUNE_A } from "./world";

export type Route = {
  file: string;
  method: "GET" | "POST";
  url: () => string;
  guard: { kind: "commune"; act: CommuneAct } | { kind: "account"; act: AccountAct } | { kind: "token" } | { kind: "public" };
  /** Allowed, and yet 404 for a reason of the data, not of the role (said in `why`). */
  allowed404?: string;
};

const C = "app/(commune)/communes/[code]";

export const ROUTES: Route[] = [
  { file: `${C}/etat-des-lieux/communes/route.ts`, method: "GET", url: () => `/communes/${COMMUNE_A}/etat-des-lieux/communes?q=rod`, guard: { kind: "commune", act: "workspace.view" } },
  { file: `${C}/etat-des-lieux/export/route.ts`, method: "GET", url: () => `/communes/${COMMUNE_A}/etat-des-lieux/export`, guard: { kind: "commune", act: "inventory.export" } },
  { file: `${C}/export/route.ts`, method: "POST", url: () => `/communes/${COMMUNE_A}/export`, guard: { kind: "commune", act: "workspace.export" } },
  {
    file: `${C}/reunions/[id]/synthese/pdf/route.ts`,
    method: "GET",
    url: () => `/communes/${COMMUNE_A}/reunions/${L.meeting().meetingId}/synthese/pdf`,
    guard: { kind: "commune", act: "synthesis.read" },
    allowed404: "no synthesis of A is published (its meetings are in the future)",
  },
  { file: "app/(commune)/profil/donnees/route.ts", method: "GET", url: () => "/profil/donnees", guard: { kind: "account", act: "profile.edit" } },
  { file: "app/api/auth/[...nextauth]/route.ts", method: "GET", url: () => "/api/auth/session", guard: { kind: "public" } },
  { file: "app/dev/boite-mail/[id]/piece/[n]/route.ts", method: "GET", url: () => "/dev/boite-mail/999999999/piece/0", guard: { kind: "token" } },
  { file: "app/reponse/[token]/calendrier/route.ts", method: "GET", url: () => "/reponse/jeton-inconnu-0000000000000000000000/calendrier", guard: { kind: "token" } },
  { file: "app/synthese/[token]/pdf/route.ts", method: "GET", url: () => "/synthese/jeton-inconnu-0000000000000000000000/pdf", guard: { kind: "token" } },
];

/** The route handlers in the source tree, relative to the project's root. */
export function routeFiles(root = process.cwd()): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name === "route.ts") out.push(rel);
    }
  };
  walk("app");
  return out.sort();
}
