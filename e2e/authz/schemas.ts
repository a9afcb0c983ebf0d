/**
 * The zod schema each form action parses its input with, found in its source (`schema: name`) and taken from
 * lib/validation: the catalogue's inputs are checked against it before any call, so that a refusal in the
 * matrix is the guard's, never the parse's (the parse runs first, `lib/actions/core.ts`).
 */
import fs from "node:fs";
import type * as z from "zod/mini";
import * as auth from "../../lib/validation/auth";
import * as checklist from "../../lib/validation/checklist";
import * as claims from "../../lib/validation/claims";
import * as federation from "../../lib/validation/federation";
import * as inventory from "../../lib/validation/inventory";
import * as meetings from "../../lib/validation/meetings";
import * as nextSteps from "../../lib/validation/next-steps";
import * as profile from "../../lib/validation/profile";
import * as roles from "../../lib/validation/roles";
import * as synthesis from "../../lib/validation/synthesis";
import * as workspace from "../../lib/validation/workspace";

const ALL: Record<string, unknown> = { ...auth, ...checklist, ...claims, ...federation, ...inventory, ...meetings, ...nextSteps, ...profile, ...roles, ...synthesis, ...workspace };

/** The schema named by `export const <name> = formAction({ schema: X, …` in `file`, or null (not a formAction). */
export function schemaOf(file: string, name: string): z.ZodMiniType | null {
  const source = fs.readFileSync(file, "utf8");
  const match = new RegExp(`export const ${name} = formAction\\(\\{\\s*schema: (\\w+)`).exec(source);
  if (!match) return null;
  const schema = ALL[match[1]];
  if (!schema) throw new Error(`${file}#${name}: schema ${match[1]} is not in lib/validation`);
  return schema as z.ZodMiniType;
}

/** The act(s) the action's guard names in its source, as written (`requireCommuneRole(input.code, …)` etc.). */
export function guardActsOf(file: string, name: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  const start = source.search(new RegExp(`export (const|async function) ${name}\\b`));
  if (start < 0) return [];
  const next = source.slice(start + 1).search(/\nexport /);
  const body = source.slice(start, next < 0 ? undefined : start + 1 + next);
  const call = /require(?:CommuneRole|FederationRole|Account)\(([^)]*)\)/.exec(body);
  if (!call) return [];
  return [...call[1].matchAll(/"([a-zA-Z]+\.[a-zA-Z]+)"/g)].map((m) => m[1]);
}
