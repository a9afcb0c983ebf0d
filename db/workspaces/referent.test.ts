import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq } from "drizzle-orm";
import { isolateEachTest, testDatabase } from "../test-support";
import { invitations, users, workspaceMembers } from "../schema";
import { acceptInvitation, findInvitationByToken } from "../invitations";
import { INVITATION_DAYS } from "@/lib/auth/constants";
import { FormError } from "@/lib/domain/errors";
import { designateReferent, resendReferentInvitation, revokeReferentInvitation } from "./referent";
import { LYON, MONTPELLIER, NOW, contexts, inspect, openWorkspace, setUpPeople, sha256hex, throwsFieldError, workspaceOf, type People } from "./test-fixtures";
import type { Workspace } from "./create";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const as = contexts(db);
const { count, snapshot, withFailingHistory } = inspect(sqlite);
let p: People;
before(() => {
  p = setUpPeople(db);
});

const elise = { capacity: "elu" as const, name: "Élise Élue", email: "elise@montpellier.fr" };
const arnaud = { capacity: "agent" as const, name: "Arnaud Agent", email: "arnaud@montpellier.fr" };

/** The mayor designates, from the workspace as stored now (the version a fresh page would carry). */
function designate(ws: Workspace, people: (typeof elise | typeof arnaud)[], kind: "elu" | "agent" | "binome" = people.length > 1 ? "binome" : people[0].capacity) {
  const current = workspaceOf(db, ws.communeCode);
  const maire = ws.communeCode === LYON ? p.maireLyon : p.maire;
  return designateReferent(as.commune(current, maire), { kind, people, version: current.version });
}

const accept = (token: string) => acceptInvitation(as.base(), { token });

describe("designateReferent", () => {
  test("a binôme: two invitations; only the SHA-256 of each token is stored; the version moves on", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const created = designate(ws, [elise, arnaud]);
    assert.equal(created.length, 2);
    const tokens = Object.fromEntries(created.map(({ invitation, token }) => [invitation.capacity!, token]));
    for (const token of Object.values(tokens)) assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    const rows = db.select().from(invitations).where(eq(invitations.workspaceId, ws.id)).all();
    assert.deepEqual(
      rows.map((r) => [r.kind, r.capacity, r.email, r.name, r.invitedBy]).sort(),
      [
        ["referent", "agent", "arnaud@montpellier.fr", "Arnaud Agent", p.maire.id],
        ["referent", "elu", "elise@montpellier.fr", "Élise Élue", p.maire.id],
      ],
    );
    for (const r of rows) {
      const token = tokens[r.capacity!];
      assert.notEqual(r.tokenHash, token);
      assert.equal(r.tokenHash, sha256hex(token));
      assert.equal(r.acceptedAt, null);
      assert.equal(r.revokedAt, null);
      assert.equal(r.expiresAt.getTime(), NOW.getTime() + INVITATION_DAYS * 24 * 3600_000, "expires in 7 days from the context's clock");
    }
    // The clear token appears nowhere in the database.
    const dump = JSON.stringify(sqlite.prepare("select * from invitation").all()) + JSON.stringify(sqlite.prepare("select * from history_event").all());
    for (const token of Object.values(tokens)) assert.equal(dump.includes(token), false);

    const after = workspaceOf(db, MONTPELLIER);
    assert.equal(after.referentKind, "binome");
    assert.equal(after.version, ws.version + 1);
    assert.equal(count("history_event", "workspace_id = ? and action = 'referent.invited' and created_at = ?", ws.id, NOW.getTime()), 1);

    const view = findInvitationByToken(as.base(), { token: tokens.elu });
    assert.equal(view?.state, "open");
    assert.equal(view?.communeCode, MONTPELLIER);
    assert.equal(view?.roleLabel, "référent·e santé (élu·e) de la commune de Montpellier");
  });

  test("a designation from a stale version is refused: FormError, nothing written", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    // Two pages opened on version 1; the first designation moves the workspace to version 2.
    designateReferent(as.commune(ws, p.maire), { kind: "elu", people: [elise], version: ws.version });
    const before = snapshot();
    assert.throws(
      () => designateReferent(as.commune(ws, p.maire), { kind: "agent", people: [arnaud], version: ws.version }),
      (e) => e instanceof FormError && /vient d'être modifiée par quelqu'un d'autre/.test(e.message),
    );
    assert.equal(snapshot(), before);
    assert.equal(workspaceOf(db, MONTPELLIER).referentKind, "elu");
    assert.equal(count("invitation", "email = ?", arnaud.email), 0);
  });

  test("an existing referent cannot be designated again: FieldError on their address, nothing written", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const [{ token }] = designate(ws, [elise]);
    assert.equal(accept(token).ok, true);
    const before = snapshot();
    throwsFieldError(() => designate(ws, [elise]), "eluEmail", /déjà référent·e santé/);
    assert.equal(snapshot(), before);
  });

  test("a new designation revokes the open invitations of the previous one", () => {
    const ws = openWorkspace(db, LYON, p.maireLyon);
    const [first] = designate(ws, [{ capacity: "elu", name: "Paul Premier", email: "paul@lyon.fr" }]);
    const [second] = designate(ws, [{ capacity: "elu", name: "Sophie Seconde", email: "sophie@lyon.fr" }]);
    assert.deepEqual(accept(first.token), { ok: false, reason: "revoked" });
    assert.equal(accept(second.token).ok, true);
    assert.equal(workspaceOf(db, LYON).referentKind, "elu");
  });

  test("the designation and its history are one transaction", () => {
    const ws = openWorkspace(db, LYON, p.maireLyon);
    const before = snapshot();
    withFailingHistory("referent.invited", () => {
      assert.throws(() => designate(ws, [{ capacity: "elu", name: "Zoé Zéro", email: "zoe@lyon.fr" }]), /history down/);
    });
    assert.equal(snapshot(), before);
  });
});

describe("resending and revoking", () => {
  test("an accepted invitation can be neither resent nor revoked", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const [{ invitation, token }] = designate(ws, [elise]);
    accept(token);
    assert.throws(() => resendReferentInvitation(as.commune(ws, p.maire), { invitationId: invitation.id }), FormError);
    assert.throws(() => revokeReferentInvitation(as.commune(ws, p.maire), { invitationId: invitation.id }), FormError);
  });

  test("resend or revoke an invitation of ANOTHER workspace: not found, nothing written", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const lyon = openWorkspace(db, LYON, p.maireLyon);
    const [{ invitation, token }] = designate(ws, [arnaud]);
    const before = snapshot();
    assert.equal(resendReferentInvitation(as.commune(lyon, p.maireLyon), { invitationId: invitation.id }), null);
    assert.equal(revokeReferentInvitation(as.commune(lyon, p.maireLyon), { invitationId: invitation.id }), null);
    assert.equal(resendReferentInvitation(as.commune(lyon, p.maireLyon), { invitationId: 999_999 }), null);
    assert.equal(snapshot(), before);
    assert.equal(findInvitationByToken(as.base(), { token })?.state, "open");
  });

  test("resendReferentInvitation: a new hash; the old link is invalid, the new one works", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const [{ invitation, token }] = designate(ws, [arnaud]);
    const resent = resendReferentInvitation(as.commune(ws, p.maire), { invitationId: invitation.id });
    assert.ok(resent);
    assert.notEqual(resent.token, token);
    const row = db.select().from(invitations).where(eq(invitations.id, invitation.id)).get()!;
    assert.notEqual(row.tokenHash, invitation.tokenHash);
    assert.equal(row.tokenHash, sha256hex(resent.token));
    assert.equal(count("history_event", "workspace_id = ? and action = 'referent.resent'", ws.id), 1);

    assert.deepEqual(accept(token), { ok: false, reason: "invalid" });
    assert.equal(findInvitationByToken(as.base(), { token }), null);

    assert.equal(accept(resent.token).ok, true);
    assert.deepEqual(
      db
        .select({ role: workspaceMembers.role, capacity: workspaceMembers.capacity })
        .from(workspaceMembers)
        .innerJoin(users, eq(users.id, workspaceMembers.userId))
        .where(and(eq(workspaceMembers.workspaceId, ws.id), eq(users.email, arnaud.email)))
        .all(),
      [{ role: "referent", capacity: "agent" }],
    );
  });

  test("revokeReferentInvitation: the link stops working; a revoked invitation cannot be resent or revoked again", () => {
    const lyon = openWorkspace(db, LYON, p.maireLyon);
    const [{ invitation, token }] = designate(lyon, [{ capacity: "agent", name: "Léa Lyon", email: "lea@lyon.fr" }]);
    const ctx = as.commune(lyon, p.maireLyon);
    assert.ok(revokeReferentInvitation(ctx, { invitationId: invitation.id }));
    assert.equal(count("history_event", "workspace_id = ? and action = 'referent.revoked'", lyon.id), 1);
    assert.deepEqual(db.select().from(invitations).where(eq(invitations.id, invitation.id)).get()?.revokedAt, NOW);
    const before = snapshot();
    assert.deepEqual(accept(token), { ok: false, reason: "revoked" });
    assert.equal(findInvitationByToken(as.base(), { token })?.state, "revoked");
    assert.equal(snapshot(), before);
    assert.throws(() => resendReferentInvitation(ctx, { invitationId: invitation.id }), FormError);
    assert.throws(() => revokeReferentInvitation(ctx, { invitationId: invitation.id }), FormError);
  });
});
