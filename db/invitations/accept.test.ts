import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq } from "drizzle-orm";
import { addUser, isolateEachTest, testDatabase } from "../test-support";
import { federationMembers, invitations, users, workspaceMembers } from "../schema";
import { designateReferent, resendReferentInvitation } from "../workspaces";
import { inviteFederationMember } from "../federations";
import { LYON, MONTPELLIER, NOW, contexts, inspect, openWorkspace, setUpPeople, sha256hex, type People } from "../workspaces/test-fixtures";
import { acceptInvitation } from "./accept";
import { findInvitationByToken } from "./lookup";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const as = contexts(db);
const { count, snapshot } = inspect(sqlite);
let p: People;
before(() => {
  p = setUpPeople(db);
});

const DAY = 24 * 3600_000;
const elise = { capacity: "elu" as const, name: "Élise Élue", email: "elise@montpellier.fr" };

/** Montpellier's mayor invites Élise as referent: her invitation and the token of its link. */
function inviteElise() {
  const ws = openWorkspace(db, MONTPELLIER, p.maire);
  const [{ invitation, token }] = designateReferent(as.commune(ws, p.maire), { kind: "elu", people: [elise], version: ws.version });
  return { ws, invitation, token };
}

const anonymous = (token: string, now = NOW) => acceptInvitation(contexts(db, now).base(), { token });

describe("the link's token", () => {
  test("malformed or unknown tokens are invalid, and nothing is written", () => {
    const { token } = inviteElise();
    const before = snapshot();
    for (const bad of ["", "abc", "../../etc/passwd", "x".repeat(42), "x".repeat(44), `${"a".repeat(42)}=`, "'; drop table invitation; --"]) {
      assert.deepEqual(anonymous(bad), { ok: false, reason: "invalid" }, JSON.stringify(bad));
      assert.equal(findInvitationByToken(as.base(), { token: bad }), null);
    }
    assert.deepEqual(anonymous("A".repeat(43)), { ok: false, reason: "invalid" }); // well-formed, unknown
    assert.deepEqual(anonymous(sha256hex(token).slice(0, 43)), { ok: false, reason: "invalid" });
    assert.equal(snapshot(), before);
  });

  test("findInvitationByToken reads the state on the context's clock, and writes nothing", () => {
    const { invitation, token } = inviteElise();
    const before = snapshot();
    assert.equal(findInvitationByToken(as.base(), { token })?.state, "open");
    assert.equal(findInvitationByToken(contexts(db, invitation.expiresAt).base(), { token })?.state, "expired");
    assert.equal(findInvitationByToken(as.base(), { token })?.inviterName, "Michaël Delafosse");
    assert.equal(snapshot(), before);
  });
});

describe("acceptInvitation", () => {
  test("anonymous: the account is created, the referent member added with its capacity, the invitation used", () => {
    const { ws, invitation, token } = inviteElise();
    const result = anonymous(token);
    assert.ok(result.ok);
    assert.equal(result.redirectTo, `/communes/${MONTPELLIER}`);

    const user = db.select().from(users).where(eq(users.email, elise.email)).get();
    assert.ok(user);
    assert.equal(user.id, result.userId);
    assert.equal(user.name, "Élise Élue");
    assert.deepEqual(user.emailVerified, NOW, "the link proved the address");

    const member = db
      .select()
      .from(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, ws.id), eq(workspaceMembers.userId, user.id)))
      .all();
    assert.deepEqual(
      member.map((m) => [m.role, m.capacity]),
      [["referent", "elu"]],
    );
    const inv = db.select().from(invitations).where(eq(invitations.id, invitation.id)).get()!;
    assert.deepEqual(inv.acceptedAt, NOW);
    assert.equal(inv.acceptedBy, user.id);
    assert.equal(count("history_event", "workspace_id = ? and action = 'referent.accepted' and actor_id = ? and created_at = ?", ws.id, user.id, NOW.getTime()), 1);
    assert.equal(findInvitationByToken(as.base(), { token })?.state, "accepted");
  });

  test("a signed-in user with another address is refused: wrong-account, nothing written", () => {
    const { token } = inviteElise();
    const before = snapshot();
    assert.deepEqual(acceptInvitation(as.account(p.maire), { token }), { ok: false, reason: "wrong-account" });
    assert.equal(snapshot(), before);
    assert.equal(count("user", "email = ?", elise.email), 0);
  });

  test("the same link a second time: accepted, no second member", () => {
    const { token } = inviteElise();
    anonymous(token);
    const before = snapshot();
    assert.deepEqual(anonymous(token), { ok: false, reason: "accepted" });
    const account = db.select().from(users).where(eq(users.email, elise.email)).get()!;
    assert.deepEqual(acceptInvitation(as.account(account), { token }), { ok: false, reason: "accepted" });
    assert.equal(snapshot(), before);
    assert.equal(count("workspace_member", "user_id = ?", account.id), 1);
  });

  test("a signed-in user whose address matches accepts with their own account; a missing name is filled in", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const existing = addUser(db, "nina@montpellier.fr", null);
    const [{ token }] = designateReferent(as.commune(ws, p.maire), {
      kind: "agent",
      people: [{ capacity: "agent", name: "Nina Nouvelle", email: existing.email }],
      version: ws.version,
    });
    assert.deepEqual(acceptInvitation(as.account(existing), { token }), { ok: true, userId: existing.id, redirectTo: `/communes/${MONTPELLIER}` });
    assert.equal(count("user", "email = ?", existing.email), 1);
    assert.equal(db.select().from(users).where(eq(users.id, existing.id)).get()?.name, "Nina Nouvelle");
  });

  test("an expired invitation: expired, nothing written; a resend gives it 7 more days", () => {
    const lyon = openWorkspace(db, LYON, p.maireLyon);
    const [{ invitation, token }] = designateReferent(as.commune(lyon, p.maireLyon), {
      kind: "agent",
      people: [{ capacity: "agent", name: "Léa Lyon", email: "lea@lyon.fr" }],
      version: lyon.version,
    });
    const later = new Date(NOW.getTime() + 8 * DAY);
    const before = snapshot();
    assert.deepEqual(anonymous(token, later), { ok: false, reason: "expired" });
    assert.equal(findInvitationByToken(contexts(db, later).base(), { token })?.state, "expired");
    assert.equal(snapshot(), before);
    assert.equal(count("user", "email = 'lea@lyon.fr'"), 0);

    const resent = resendReferentInvitation(contexts(db, later).commune(lyon, p.maireLyon), { invitationId: invitation.id });
    assert.ok(resent);
    assert.equal(findInvitationByToken(contexts(db, later).base(), { token: resent.token })?.state, "open");
    assert.deepEqual(anonymous(token, later), { ok: false, reason: "invalid" });
    assert.equal(anonymous(resent.token, later).ok, true);
  });

  test("a federation member's invitation: the member joins the federation, with the role offered", () => {
    const { token } = inviteFederationMember(as.federation("fecop", p.fecopAdmin), { name: "Hugo Nouveau", email: "hugo@fecop.fr", role: "facilitateur" });
    assert.equal(findInvitationByToken(as.base(), { token })?.roleLabel, "facilitateur·rice de la Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires");
    const result = anonymous(token);
    assert.ok(result.ok);
    assert.equal(result.redirectTo, "/federation/fecop");
    assert.deepEqual(
      db.select({ role: federationMembers.role }).from(federationMembers).where(eq(federationMembers.userId, result.userId)).all(),
      [{ role: "facilitateur" }],
    );
    assert.equal(count("history_event", "federation_id = 'fecop' and action = 'federation.member_joined'"), 1);
  });
});
