import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { addUser, isolateEachTest, testDatabase } from "../test-support";
import { invitations } from "../schema";
import { FormError } from "@/lib/domain/errors";
import { acceptInvitation } from "../invitations";
import { NOW, contexts, inspect, setUpPeople, throwsFieldError, type People } from "../workspaces/test-fixtures";
import {
  federationPeople,
  federationRolesOf,
  inviteFederationMember,
  nameFederationAdmin,
  openMemberInvitations,
  resendMemberInvitation,
  revokeMemberInvitation,
  userFederations,
} from "./members";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const as = contexts(db);
const { count, snapshot } = inspect(sqlite);
let p: People;
before(() => {
  p = setUpPeople(db);
});

const hugo = { name: "Hugo Nouveau", email: "hugo@fecop.fr", role: "facilitateur" as const };

describe("federation members", () => {
  test("federationPeople: one row per role held, by name", () => {
    assert.deepEqual(
      federationPeople(as.federation("fecop", p.fecopAdmin)).map((m) => [m.email, m.role]),
      [
        ["admin@fecop.fr", "admin"],
        ["facilitatrice@fecop.fr", "facilitateur"],
      ],
    );
  });

  test("federationRolesOf and userFederations: per federation, and for the account", () => {
    assert.deepEqual(federationRolesOf(as.base(), { userId: p.fecopAdmin.id, federationId: "fecop" }), ["admin"]);
    assert.deepEqual(federationRolesOf(as.base(), { userId: p.fecopAdmin.id, federationId: "femasaura" }), []);
    assert.deepEqual(federationRolesOf(as.base(), { userId: p.fecopAdmin.id, federationId: "nope" }), []);
    assert.deepEqual(federationRolesOf(as.base(), { userId: p.maire.id, federationId: "fecop" }), []);
    assert.deepEqual(
      userFederations(as.account(p.femasauraFacilitator)).map((f) => [f.id, f.roles]),
      [["femasaura", ["facilitateur"]]],
    );
    assert.deepEqual(userFederations(as.account(p.maire)), []);
  });
});

describe("invitations to join a federation", () => {
  test("inviteFederationMember: an open invitation and its history; a second one revokes the first", () => {
    const fecop = as.federation("fecop", p.fecopAdmin);
    const first = inviteFederationMember(fecop, hugo);
    assert.equal(first.invitation.kind, "federation_member");
    assert.deepEqual(first.invitation.createdAt, NOW);
    assert.deepEqual(
      openMemberInvitations(fecop).map((i) => i.email),
      [hugo.email],
    );
    assert.equal(count("history_event", "federation_id = 'fecop' and action = 'federation.member_invited' and created_at = ?", NOW.getTime()), 1);

    const second = inviteFederationMember(fecop, { ...hugo, role: "admin" });
    assert.deepEqual(db.select().from(invitations).where(eq(invitations.id, first.invitation.id)).get()?.revokedAt, NOW);
    assert.deepEqual(
      openMemberInvitations(fecop).map((i) => i.id),
      [second.invitation.id],
    );
  });

  test("a person already in that role is a FieldError on the address, nothing written", () => {
    const before = snapshot();
    throwsFieldError(() => inviteFederationMember(as.federation("fecop", p.fecopAdmin), { ...hugo, email: p.fecopFacilitator.email }), "email", /déjà facilitateur/);
    assert.equal(snapshot(), before);
  });

  test("resend or revoke another federation's invitation: not found, nothing written", () => {
    const { invitation } = inviteFederationMember(as.federation("fecop", p.fecopAdmin), hugo);
    const femasaura = as.federation("femasaura", p.femasauraFacilitator);
    const before = snapshot();
    assert.equal(resendMemberInvitation(femasaura, { invitationId: invitation.id }), null);
    assert.equal(revokeMemberInvitation(femasaura, { invitationId: invitation.id }), null);
    assert.equal(snapshot(), before);
  });

  test("resend gives a new link; revoke closes it; neither once accepted", () => {
    const fecop = as.federation("fecop", p.fecopAdmin);
    const { invitation, token } = inviteFederationMember(fecop, hugo);
    const resent = resendMemberInvitation(fecop, { invitationId: invitation.id });
    assert.ok(resent);
    assert.deepEqual(acceptInvitation(as.base(), { token }), { ok: false, reason: "invalid" });
    assert.ok(revokeMemberInvitation(fecop, { invitationId: invitation.id }));
    assert.deepEqual(acceptInvitation(as.base(), { token: resent.token }), { ok: false, reason: "revoked" });

    const other = inviteFederationMember(fecop, { ...hugo, email: "ines@fecop.fr" });
    assert.equal(acceptInvitation(as.base(), { token: other.token }).ok, true);
    assert.throws(() => resendMemberInvitation(fecop, { invitationId: other.invitation.id }), FormError);
    assert.throws(() => revokeMemberInvitation(fecop, { invitationId: other.invitation.id }), FormError);
  });
});

describe("nameFederationAdmin (the operator's CLI)", () => {
  test("creates the account when needed, names it admin, records it; an unknown federation writes nothing", () => {
    const named = nameFederationAdmin(as.base(), { federationId: "femasaura", email: "chef@femasaura.fr", name: "Chloé Chef" });
    assert.ok(named);
    assert.equal(named.federation.id, "femasaura");
    assert.deepEqual(federationRolesOf(as.base(), { userId: named.user.id, federationId: "femasaura" }), ["admin"]);
    assert.equal(count("history_event", "federation_id = 'femasaura' and action = 'federation.admin_named' and actor_id is null"), 1);

    const existing = addUser(db, "deja@femasaura.fr", null);
    assert.equal(nameFederationAdmin(as.base(), { federationId: "femasaura", email: existing.email, name: null })?.user.id, existing.id);

    const before = snapshot();
    assert.equal(nameFederationAdmin(as.base(), { federationId: "nope", email: "x@y.fr", name: null }), null);
    assert.equal(snapshot(), before);
  });
});
