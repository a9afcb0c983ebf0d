import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { asc, eq } from "drizzle-orm";
import { addUser, isolateEachTest, testDatabase } from "../test-support";
import { communes, workspaceMembers, workspaces } from "../schema";
import { userWorkspaces } from "./members";
import { userWorkspacesPage } from "./my-spaces";
import { contexts } from "./test-fixtures";
import type { Actor } from "../context";

const { db, sqlite } = testDatabase();
after(() => sqlite.close());
isolateEachTest(sqlite);
const as = contexts(db);
let person: Actor;
let other: Actor;
let lozere: { code: string; name: string }[];

before(() => {
  person = addUser(db, "referente@exemple.fr", "Référente");
  other = addUser(db, "autre@exemple.fr", "Autre");
  lozere = db.select({ code: communes.code, name: communes.name }).from(communes).where(eq(communes.departementCode, "48")).orderBy(asc(communes.code)).limit(45).all();
});

/** The person is référente in each commune of `list`, and also maire in every fifth; `other` in the first three. */
function join(list: { code: string }[]) {
  list.forEach((c, i) => {
    const ws = db.insert(workspaces).values({ communeCode: c.code, mandateStart: "2026-03-22", createdBy: person.id }).returning().get();
    db.insert(workspaceMembers).values({ workspaceId: ws.id, userId: person.id, role: "referent", capacity: "elu" }).run();
    if (i % 5 === 0) db.insert(workspaceMembers).values({ workspaceId: ws.id, userId: person.id, role: "maire" }).run();
    if (i < 3) db.insert(workspaceMembers).values({ workspaceId: ws.id, userId: other.id, role: "maire" }).run();
  });
}

describe("userWorkspacesPage", () => {
  test("45 communes: pages of 20, 20 and 5 that together are the whole list by name, each commune once with all its roles", () => {
    join(lozere);
    const all = userWorkspaces(as.account(person));
    assert.equal(all.length, 45);
    const pages = [1, 2, 3].map((page) => userWorkspacesPage(as.account(person), { page }));
    assert.deepEqual(
      pages.map((p) => [p.rows.length, p.total, p.page, p.pages]),
      [
        [20, 45, 1, 3],
        [20, 45, 2, 3],
        [5, 45, 3, 3],
      ],
    );
    // Same order as the unpaginated list (which sorts by name), and the roles in the roles' own order.
    assert.deepEqual(
      pages.flatMap((p) => p.rows.map((r) => r.code)),
      all.map((c) => c.code),
    );
    const withBoth = pages.flatMap((p) => p.rows).filter((r) => r.roles.length === 2);
    assert.equal(withBoth.length, 9);
    for (const r of withBoth) assert.deepEqual(r.roles, ["maire", "referent"]);
  });

  test("a page out of range shows the nearest; exactly 20 communes is one page; none is one empty page", () => {
    join(lozere.slice(0, 20));
    assert.deepEqual(
      [0, -3, 2, 99, Number.NaN].map((page) => userWorkspacesPage(as.account(person), { page }).page),
      [1, 1, 1, 1, 1],
    );
    const one = userWorkspacesPage(as.account(person), { page: 1 });
    assert.deepEqual([one.rows.length, one.pages], [20, 1]);
    const nobody = addUser(db, "personne@exemple.fr");
    assert.deepEqual(userWorkspacesPage(as.account(nobody)), { rows: [], total: 0, page: 1, pages: 1 });
  });

  test("the filter keeps names containing the words typed, accents and case aside, and pages them", () => {
    join(lozere);
    const wanted = lozere.filter((c) => /saint/i.test(c.name.normalize("NFD").replace(/\p{M}/gu, "")));
    assert.ok(wanted.length > 0);
    const found = userWorkspacesPage(as.account(person), { query: "SAÏNT", size: 100 });
    assert.deepEqual(found.rows.map((r) => r.code).sort(), wanted.map((c) => c.code).sort());
    assert.equal(found.total, wanted.length);
    assert.equal(userWorkspacesPage(as.account(person), { query: "100%_" }).total, 0);
  });

  test("only the actor's own communes", () => {
    join(lozere.slice(0, 5));
    const seen = userWorkspacesPage(as.account(other));
    assert.equal(seen.total, 3);
    for (const r of seen.rows) assert.deepEqual(r.roles, ["maire"]);
  });
});
