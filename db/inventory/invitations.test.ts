import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { acceptInvitation, findInvitationByToken } from "../invitations";
import { invitations, users } from "../schema";
import { isolateEachTest, testDatabase } from "../test-support";
import { communeAccess } from "@/lib/auth/access";
import { INVITATION_DAYS } from "@/lib/auth/constants";
import { FormError } from "@/lib/domain/errors";
import { createProfessional, deleteProfessional } from "./lines";
import { inviteProfessional, resendProfessionalInvitation, revokeProfessionalInvitation } from "./invitations";
import { MARVEJOLS, NOW, contextFor, lastHistory, line, minutesLater, setUpCommunes, storedLine, type Setting } from "./test-fixtures";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
let s: Setting;
let as: ReturnType<typeof contextFor>;
before(() => {
  s = setUpCommunes(db);
  as = contextFor(db, s);
});
after(() => sqlite.close());

const invitation = (id: number) => db.select().from(invitations).where(eq(invitations.id, id)).get()!;
const DAYS = INVITATION_DAYS * 24 * 60 * 60 * 1000;

describe("inviting a professional to confirm their line", () => {
  test("the invitation sets the line's e-mail when it had none, and revokes an earlier one", () => {
    const l = createProfessional(as(s.referent), { line: line({ name: "Lucie Chabrol", ageBracket: "moins_40" }), source: "commune" });
    const first = inviteProfessional(as(s.referent), { id: l.id, email: "lucie@idel.test" })!;
    const second = inviteProfessional(as(s.referent), { id: l.id, email: "lucie.chabrol@idel.test" })!;
    assert.ok(invitation(first.invitation.id).revokedAt);
    const stored = storedLine(db, l.id)!;
    assert.equal(stored.email, "lucie@idel.test");
    assert.equal(stored.version, 2);
    const view = findInvitationByToken({ db, now: NOW }, { token: second.token })!;
    assert.equal(view.roleLabel, "membre de l'espace santé de Marvejols, en tant que professionnel·le de santé");
  });

  test("accepting creates the account, the role, and links the line (its version unchanged)", () => {
    const l = createProfessional(as(s.referent), { line: line({ name: "Lucie Chabrol", ageBracket: "moins_40" }), source: "commune" });
    const { token } = inviteProfessional(as(s.referent), { id: l.id, email: "lucie.chabrol@idel.test" })!;
    const result = acceptInvitation({ db, now: NOW }, { token });
    assert.ok(result.ok);
    assert.equal(result.redirectTo, `/communes/${MARVEJOLS}/etat-des-lieux/professionnels/${l.id}?bienvenue=1`);
    const u = db.select().from(users).where(eq(users.email, "lucie.chabrol@idel.test")).get()!;
    assert.deepEqual(communeAccess(db, u.id, MARVEJOLS)?.roles, ["professionnel"]);
    const stored = storedLine(db, l.id)!;
    assert.equal(stored.userId, u.id);
    assert.equal(stored.version, 2);
    assert.equal(lastHistory(db, s.ws.id).action, "inventory.professional_joined");
  });

  test("a line already linked to an account cannot be invited again", () => {
    const l = createProfessional(as(s.referent), { line: line({ name: "Lucie Chabrol" }), source: "commune" });
    const { token } = inviteProfessional(as(s.referent), { id: l.id, email: "lucie.chabrol@idel.test" })!;
    assert.ok(acceptInvitation({ db, now: NOW }, { token }).ok);
    assert.throws(() => inviteProfessional(as(s.referent), { id: l.id, email: "autre@idel.test" }), (e) => e instanceof FormError && /déjà accepté/.test(e.message));
  });
});

describe("professional invitations: resend and revoke", () => {
  test("resend renews the link (the old one stops working); revoke closes it; another commune gets null", () => {
    const l = createProfessional(as(s.referent), { line: line({ name: "Nina Resend", email: "nina@idel.test" }), source: "commune" });
    const { invitation: inv, token } = inviteProfessional(as(s.referent), { id: l.id, email: "nina@idel.test" })!;
    const stranger = as(s.other, s.otherWs);
    assert.equal(resendProfessionalInvitation(stranger, { invitationId: inv.id }), null);
    assert.equal(revokeProfessionalInvitation(stranger, { invitationId: inv.id }), null);
    const renewed = resendProfessionalInvitation(as(s.maire), { invitationId: inv.id })!;
    assert.equal(renewed.line.name, "Nina Resend");
    assert.equal(findInvitationByToken({ db, now: NOW }, { token }), null);
    assert.ok(findInvitationByToken({ db, now: NOW }, { token: renewed.token }));
    revokeProfessionalInvitation(as(s.maire), { invitationId: inv.id });
    assert.equal(findInvitationByToken({ db, now: NOW }, { token: renewed.token })!.state, "revoked");
    assert.deepEqual(acceptInvitation({ db, now: NOW }, { token: renewed.token }), { ok: false, reason: "revoked" });
    assert.throws(() => revokeProfessionalInvitation(as(s.maire), { invitationId: inv.id }), (e) => e instanceof FormError && /retirée/.test(e.message));
  });

  test("an invitation whose line was deleted cannot be accepted (the deletion removes it)", () => {
    const l = createProfessional(as(s.referent), { line: line({ name: "Olga Gone" }), source: "commune" });
    const { token } = inviteProfessional(as(s.referent), { id: l.id, email: "olga@idel.test" })!;
    deleteProfessional(as(s.referent), { id: l.id, version: storedLine(db, l.id)!.version });
    assert.deepEqual(acceptInvitation({ db, now: NOW }, { token }), { ok: false, reason: "invalid" });
    assert.equal(db.select().from(users).where(eq(users.email, "olga@idel.test")).get(), undefined);
  });
});

describe("the injected clock", () => {
  test("an invitation is created at ctx.now and expires after its days; the earlier one is revoked at ctx.now", () => {
    const l = createProfessional(as(s.referent), { line: line({ name: "Horodatée" }), source: "commune" });
    const first = inviteProfessional(as(s.referent), { id: l.id, email: "h@idel.test" })!;
    assert.equal(first.invitation.createdAt.getTime(), NOW.getTime());
    assert.equal(first.invitation.expiresAt.getTime(), NOW.getTime() + DAYS);
    assert.equal(storedLine(db, l.id)!.updatedAt.getTime(), NOW.getTime(), "the line's e-mail was set at ctx.now");
    assert.equal(lastHistory(db, s.ws.id).createdAt.getTime(), NOW.getTime());

    inviteProfessional(as(s.referent, s.ws, minutesLater(10)), { id: l.id, email: "h2@idel.test" });
    assert.equal(invitation(first.invitation.id).revokedAt?.getTime(), minutesLater(10).getTime());
  });

  test("resending starts the days again from ctx.now; revoking is stamped with ctx.now", () => {
    const l = createProfessional(as(s.referent), { line: line({ name: "Horodatée", email: "h@idel.test" }), source: "commune" });
    const { invitation: inv } = inviteProfessional(as(s.referent), { id: l.id, email: "h@idel.test" })!;
    resendProfessionalInvitation(as(s.maire, s.ws, minutesLater(60)), { invitationId: inv.id });
    assert.equal(invitation(inv.id).expiresAt.getTime(), minutesLater(60).getTime() + DAYS);
    assert.equal(lastHistory(db, s.ws.id).createdAt.getTime(), minutesLater(60).getTime());
    revokeProfessionalInvitation(as(s.maire, s.ws, minutesLater(90)), { invitationId: inv.id });
    assert.equal(invitation(inv.id).revokedAt?.getTime(), minutesLater(90).getTime());
    assert.equal(lastHistory(db, s.ws.id).createdAt.getTime(), minutesLater(90).getTime());
  });
});
