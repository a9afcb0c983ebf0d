/**
 * One cell of the authorization matrix: what the permission table says a persona's call gives, the call,
 * and what came back. Verdicts: "allowed" (the call passes the guard), "refused" (404: the commune, the
 * federation or the record does not exist for this person), "sign-in" (anonymous: sent to /connexion),
 * "no-write" (past the guard but refused by the data — ids of another commune, a workspace rule, an unknown
 * token — with nothing written).
 */
import { can } from "../../lib/auth/permissions";
import type { CommuneRole } from "../../lib/domain/enums";
import { type Entry } from "./catalogue";
import { callAction, formDataOf, outcomeOf, pagePath, type Answer, type BuiltAction, type Fields, type Outcome } from "./wire";
import { COMMUNE_A, COMMUNE_B, FEDERATION, OTHER_FEDERATION, freshAccount, type Persona } from "./world";
import type { WriteProbe } from "./snapshot";

export type Verdict = "allowed" | "refused" | "sign-in" | "no-write";

/** Who calls the acts outside the table (sign-in, the e-mailed links): no role changes them, three suffice. */
const OUTSIDE_TABLE_CALLERS = new Set(["anonyme", "maire", "maire d'une autre commune"]);

/** What the table says, or null when the cell does not apply (no record id to take from another commune). */
export function expected(entry: Entry, persona: Persona): Verdict | null {
  const g = entry.guard;
  if (persona.foreignIds && (!entry.ids?.length || (g.kind !== "commune" && g.kind !== "federation"))) return null;
  if (g.kind === "public" || g.kind === "token") {
    if (!OUTSIDE_TABLE_CALLERS.has(persona.name)) return null;
    // The demo's sign-in refuses an address that is not a demo account: 404, nothing written.
    if (g.kind === "public") return entry.name === "signInAsDemo" ? "refused" : "allowed";
    return "no-write"; // an unknown token: the form's refusal, nothing written
  }
  if (!persona.cookie) return "sign-in";
  if (g.kind === "account") return "allowed";
  if (persona.foreignIds) return "no-write";
  const allowed = g.kind === "commune" ? can(persona.communeRoles, g.acts) : can(persona.federationRoles, g.acts);
  if (!allowed) return "refused";
  if (entry.narrowedFor?.some((r) => persona.communeRoles.includes(r as CommuneRole))) return "no-write";
  return "allowed";
}

/** The input as this persona sends it: its own commune or federation with A's ids for "ids from another commune". */
export function inputFor(entry: Entry, persona: Persona): Fields {
  const fields = entry.input();
  if (!persona.foreignIds) return fields;
  if (entry.guard.kind === "commune") return { ...fields, code: COMMUNE_B };
  return { ...fields, federationId: OTHER_FEDERATION };
}

/** The page the call is posted to: one whose bundle holds the action, its parameters taken from the input. */
export function urlFor(action: BuiltAction, fields: Fields): string {
  const one = (k: string) => (typeof fields[k] === "string" ? (fields[k] as string) : undefined);
  const params: Record<string, string> = {};
  const code = one("code") ?? one("communeCode");
  if (code) params.code = code;
  if (one("token")) params.token = one("token")!;
  // A page's [id] only routes the call (the action reads its own input): the input's own id when it names
  // one, else any. Turbopack lists an action under the pages that use it only, often [id] pages.
  const id = one("federationId") ?? one("meetingId") ?? one("id") ?? one("nextStepId") ?? "0";
  params.id = id;
  for (const page of action.pages) {
    try {
      return pagePath(page, params);
    } catch {
      // a page whose parameters this input does not give: try the next one
    }
  }
  // Posted to a page that does not hold it, an action is not run and Next answers 200 "{}": a silent no-op
  // that would pass for an allowed call. Only an action held by no page may go to the home page.
  if (action.pages.length) throw new Error(`${action.name} : aucune de ses pages (${action.pages.join(", ")}) n'accepte les paramètres ${JSON.stringify(params)}`);
  return "/";
}

export function argsFor(entry: Entry, form: FormData): unknown[] {
  if (entry.args === "none") return [];
  if (entry.args === "form") return [form];
  return [{ status: "idle" }, form];
}

export type Cell = { action: string; persona: string; expected: Verdict; outcome: Outcome | string; status: number; written: string[]; ok: boolean };

export async function runCell(entry: Entry, action: BuiltAction, persona: Persona, probe: WriteProbe): Promise<Cell | null> {
  const verdict = expected(entry, persona);
  if (!verdict) return null;
  const fields = inputFor(entry, persona);
  // The acts that change the caller are made by a fresh account holding nothing (see `changesCaller`).
  const caller = entry.changesCaller && persona.cookie ? freshAccount(`${persona.name} (compte neuf)`) : persona;
  const { result, written } = await probe.around<Answer>(() => callAction(action, urlFor(action, fields), argsFor(entry, formDataOf(fields)), caller.cookie));
  const outcome = outcomeOf(result);
  const effect = verdict === "allowed" && entry.effect && caller.userId ? entry.effect(caller.userId) : null;
  const ok =
    verdict === "allowed"
      ? (outcome === (entry.allowedOutcome ?? "passed") || (entry.guard.kind === "public" && outcome !== "error")) && !effect
      : verdict === "no-write"
        ? (outcome === "passed" || outcome === "refused") && written.length === 0
        : outcome === verdict && written.length === 0;
  return { action: entry.name, persona: persona.name, expected: verdict, outcome: effect ? `${outcome}, but ${effect}` : outcome, status: result.status, written, ok };
}

export { COMMUNE_A, FEDERATION };
