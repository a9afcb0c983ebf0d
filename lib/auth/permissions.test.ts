import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { COMMUNE_ROLES, FEDERATION_ROLES } from "@/lib/domain/enums";
import { COMMUNE_ACTS, FEDERATION_ACTS, can, isAccountAct, isCommuneAct, isFederationAct } from "./permissions";

/*
 * The whole table, written out by hand: a change to who may do what must change this matrix too.
 * Columns: maire, referent, facilitateur (of the commune), professionnel.
 */
const COMMUNE_MATRIX = `
act                       maire referent facilitateur professionnel
workspace.view            x     x        x            x
workspace.viewTeam        x     x        x            .
workspace.history         x     x        x            .
federationRequest.view    x     x        x            .
federationRequest.send    x     .        .            .
referent.view             x     x        x            .
referent.designate        x     .        .            .
inventory.view            x     x        x            x
inventory.viewPrivate     x     x        x            .
inventory.edit            x     x        x            .
inventory.export          x     x        x            .
inventory.invite          x     x        x            .
inventory.confirmOwnLine  .     .        .            x
meeting.prepare           x     x        x            .
meeting.markHeld          x     x        x            .
synthesis.viewDraft       x     x        x            .
synthesis.write           .     x        x            .
synthesis.read            x     x        x            x
nextStep.view             x     x        x            x
nextStep.manage           x     x        x            .
nextStep.updateOwn        x     x        x            x
checklist.view            x     x        x            .
checklist.edit            x     x        x            .
responsibilities.view     x     x        x            x
responsibilities.edit     x     x        .            .
partners.view             x     x        x            .
partners.edit             x     x        .            .
workspace.export          x     .        .            .
members.remove            x     .        .            .
`;

const FEDERATION_MATRIX = `
act                admin facilitateur
federation.view    x     x
federation.decide  x     .
federation.members x     .
federation.claims  x     .
`;

function parse(matrix: string) {
  const [header, ...rows] = matrix.trim().split("\n").map((l) => l.trim().split(/\s+/));
  const roles = header.slice(1);
  return { roles, rows: rows.map(([act, ...cells]) => ({ act, allowed: roles.filter((_, i) => cells[i] === "x") })) };
}

/** The matrix as `can` computes it, in the same layout (printed by the test for the record). */
function computed(acts: readonly string[], roles: readonly string[], check: (role: string, act: string) => boolean) {
  const width = Math.max(...acts.map((a) => a.length)) + 2;
  const lines = [["act".padEnd(width), ...roles].join(" ")];
  for (const act of acts) lines.push([act.padEnd(width), ...roles.map((r) => (check(r, act) ? "x" : ".").padEnd(r.length))].join(" "));
  return lines.join("\n");
}

describe("the permission table", () => {
  test("commune acts: every role × every act is as written", () => {
    const { roles, rows } = parse(COMMUNE_MATRIX);
    assert.deepEqual(roles, [...COMMUNE_ROLES].sort((a, b) => roles.indexOf(a) - roles.indexOf(b)));
    assert.deepEqual(rows.map((r) => r.act).sort(), [...COMMUNE_ACTS].sort(), "the matrix names every commune act, once");
    for (const { act, allowed } of rows) {
      assert.ok(isCommuneAct(act));
      for (const role of COMMUNE_ROLES) {
        assert.equal(can([role], act), allowed.includes(role), `${role} × ${act}`);
      }
    }
    console.log(computed(COMMUNE_ACTS, ["maire", "referent", "facilitateur", "professionnel"], (r, a) => can([r as never], a as never)));
  });

  test("federation acts: every role × every act is as written", () => {
    const { roles, rows } = parse(FEDERATION_MATRIX);
    assert.deepEqual([...roles].sort(), [...FEDERATION_ROLES].sort());
    assert.deepEqual(rows.map((r) => r.act).sort(), [...FEDERATION_ACTS].sort());
    for (const { act, allowed } of rows) {
      assert.ok(isFederationAct(act));
      for (const role of FEDERATION_ROLES) assert.equal(can([role], act), allowed.includes(role), `${role} × ${act}`);
    }
    console.log(computed(FEDERATION_ACTS, ["admin", "facilitateur"], (r, a) => can([r as never], a as never)));
  });

  test("no role, no act; several roles add up; several acts mean any of them", () => {
    assert.equal(can([], "workspace.view"), false);
    assert.equal(can(["referent", "professionnel"], "inventory.confirmOwnLine"), true);
    assert.equal(can(["referent", "professionnel"], "federationRequest.send"), false);
    assert.equal(can(["professionnel"], ["inventory.edit", "inventory.confirmOwnLine"]), true);
    assert.equal(can(["facilitateur"], []), false);
  });

  test("an unknown act opens nothing, and an inherited key is not an act", () => {
    assert.equal(can(["maire"], "inventory.delete_all" as never), false);
    assert.equal(isCommuneAct("constructor"), false);
    assert.equal(isFederationAct("toString"), false);
  });
});

/* ——— Every server action names an act of the table ——— */

const ROOT = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

/** Server actions whose key is a token from an e-mail, not a role: they check the token themselves. */
const TOKEN_ACTIONS = new Set(["answerAction", "acceptInvitationAction"]);
/** Sign-in and sign-out: open to anyone by nature. */
const AUTH_ACTIONS_FILE = path.join("lib", "auth", "actions.ts");

type FoundAction = { file: string; name: string; body: string };

/** Every exported function of every "use server" module, with its source text. */
function serverActions(): FoundAction[] {
  const out: FoundAction[] = [];
  for (const file of [...filesUnder(path.join(ROOT, "app")), ...filesUnder(path.join(ROOT, "lib"))]) {
    const text = fs.readFileSync(file, "utf8");
    if (!/^\s*["']use server["'];/m.test(text)) continue;
    const starts = [...text.matchAll(/^export (?:const (\w+) = |async function (\w+)\()/gm)];
    starts.forEach((m, i) => {
      const end = i + 1 < starts.length ? starts[i + 1].index : text.length;
      out.push({ file: path.relative(ROOT, file), name: m[1] ?? m[2], body: text.slice(m.index, end) });
    });
  }
  return out;
}

const GUARD_CALL = /require(CommuneRole|FederationRole|Account)\(\s*(?:[\w.]+,\s*)?(\[[^\]]*\]|"[^"]+")/g;

describe("server actions and the permission table", () => {
  const actions = serverActions();

  test("server actions are found in the code", () => {
    assert.ok(actions.length >= 30, `found ${actions.length}`);
  });

  for (const a of actions) {
    if (a.file === AUTH_ACTIONS_FILE || TOKEN_ACTIONS.has(a.name)) continue;
    test(`${a.name} (${a.file}) is authorized by an act of the table`, () => {
      if (/formAction\(/.test(a.body)) assert.match(a.body, /authorize: /, "a formAction without authorize");
      const calls = [...a.body.matchAll(GUARD_CALL)];
      assert.ok(calls.length > 0, "no guard naming an act");
      for (const [, kind, arg] of calls) {
        const acts = [...arg.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
        assert.ok(acts.length > 0, `no act named in ${arg}`);
        const known = kind === "CommuneRole" ? isCommuneAct : kind === "FederationRole" ? isFederationAct : isAccountAct;
        for (const act of acts) assert.ok(known(act), `"${act}" is not a ${kind} act of the table`);
      }
    });
  }

  test("token actions check their token", () => {
    for (const a of actions.filter((x) => TOKEN_ACTIONS.has(x.name))) assert.match(a.body, /token/i, a.name);
  });
});
