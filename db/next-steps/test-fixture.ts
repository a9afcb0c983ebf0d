/**
 * For the next steps' unit tests: the meetings' setting (Montpellier's team, Lyon's mayor), plus a meeting
 * whose invitations went out, inventory lines (named, anonymous, one whose professional joined with an
 * account), and the same kinds of records in Lyon, to prove that nothing of another commune is reachable.
 */
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import type Database from "better-sqlite3";
import type { DB } from "../client";
import type { Actor } from "../context";
import { acceptInvitation } from "../invitations";
import { createProfessional, inviteProfessional } from "../inventory";
import { line as lineInput } from "../inventory/test-fixtures";
import { addInvitees, createMeeting } from "../meetings";
import { meetingFixture, people, NOW } from "../meetings/test-fixture";
import { meetingInvitees, users } from "../schema";
import type { NextStepFields } from "@/lib/validation/next-steps";
import { createNextStep } from "./steps";

export { NOW, DAY, inDays, throwsOf } from "../meetings/test-fixture";

export function nextStepFixture(db: DB, sqlite: Database.Database) {
  const f = meetingFixture(db, sqlite);
  const { meeting } = f.sentMeeting(["Anne Martin", "Bruno Petit"]);
  const invitees = db.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meeting.id)).all();
  const anne = invitees.find((i) => i.name === "Anne Martin")!;

  const named = createProfessional(f.as(f.referent), { line: lineInput({ name: "Marie Pagès" }), source: "commune" });
  const anonymous = createProfessional(f.as(f.referent), { line: lineInput({ name: null, profession: "pharmacien" }), source: "commune" });
  // A line whose professional accepted the invitation: their account is linked, they are a member ("professionnel").
  const joinedLine = createProfessional(f.as(f.referent), { line: lineInput({ name: "Lucie Chabrol", profession: "sage_femme" }), source: "commune" });
  const { token } = inviteProfessional(f.as(f.referent), { id: joinedLine.id, email: "lucie.chabrol@sf.test" })!;
  assert.ok(acceptInvitation({ db, now: NOW }, { token }).ok);
  const u = db.select().from(users).where(eq(users.email, "lucie.chabrol@sf.test")).get()!;
  const pro: Actor = { id: u.id, email: u.email, name: u.name };

  // Lyon: a meeting with an invitee, a line, and a step.
  const inLyon = f.as(f.maireLyon, NOW, f.wsLyon);
  const lyonMeeting = createMeeting(inLyon, f.fields({ preparerIds: [f.maireLyon.id] }));
  addInvitees(inLyon, { meetingId: lyonMeeting.id, people: people("Yves Lyonnais"), duplicateField: "emails" });
  const lyonInvitee = db.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, lyonMeeting.id)).get()!;
  const lyonLine = createProfessional(inLyon, { line: lineInput({ name: "Paul Rhône" }), source: "commune" });

  /** A step's fields: the ARS, on the 15th of December, unless told otherwise. */
  const fields = (over: Partial<NextStepFields> = {}): NextStepFields => ({
    title: "Rencontrer l'ARS au sujet du zonage",
    details: "",
    owner: { kind: "acteur", actor: "ars" },
    dueOn: "2026-12-15",
    ...over,
  });
  const lyonStep = createNextStep(inLyon, { meetingId: null, lead: null, step: fields({ title: "Étape de Lyon" }) }).step;

  /** Every row the next steps write to, to prove that a refused action wrote nothing. */
  const snapshot = () => JSON.stringify(["next_step", "history_event"].map((t) => sqlite.prepare(`select * from ${t} order by rowid`).all()));

  return { ...f, meeting, anne, named, anonymous, joinedLine, pro, inLyon, lyonMeeting, lyonInvitee, lyonLine, lyonStep, fields, snapshot };
}

export type NextStepFixture = ReturnType<typeof nextStepFixture>;

export { statementsOf } from "../test-support";
