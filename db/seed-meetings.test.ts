import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { addUser, isolateEachTest, testContext, testDatabase } from "./test-support";
import type { Actor, WorkspaceRef } from "./context";
import { historyEvents, meetingInvitees, meetings, nextSteps, synthesisLinks, workspaceMembers, workspaces } from "./schema";
import { getMeeting } from "./meetings";
import { findSynthesisByReadingToken, publishedSynthesis } from "./syntheses";
import { seedMeetings } from "./seed-meetings";
import { HELD_MEETING_TITLE, parisDay } from "./seed-synthesis";
import { CORRECTION_LEAD } from "./seed-synthesis-text";
import { todayInParis } from "@/lib/dates";
import { receivesSynthesis } from "@/lib/synthesis/readers";
import { nextStepsForPdf, renderSynthesisPdf, synthesisPdfInput } from "@/lib/synthesis/pdf";

const { db, sqlite } = testDatabase();
let maire: Actor;
let referent: Actor;
let facilitatrice: Actor;
let ws: WorkspaceRef;
/** The seed's clock: a fixed instant, so that "four weeks ago" and "overdue" are the same on every run. */
const NOW = new Date("2026-12-02T07:00:00.000Z");
const DAY = 24 * 60 * 60 * 1000;

before(() => {
  maire = addUser(db, "maire@lyon.fr", "Grégory Doucet");
  referent = addUser(db, "referent@lyon.fr", "Rose Référente");
  facilitatrice = addUser(db, "facilitatrice@fecop.fr", "Fanny Facilitatrice");
  ws = db.insert(workspaces).values({ communeCode: "69123", mandateStart: "2026-03-22", createdBy: maire.id, verifiedAt: new Date("2026-03-25T09:00:00Z"), verifiedVia: "operateur" }).returning({ id: workspaces.id, communeCode: workspaces.communeCode }).get();
  db.insert(workspaceMembers)
    .values([
      { workspaceId: ws.id, userId: maire.id, role: "maire" },
      { workspaceId: ws.id, userId: referent.id, role: "referent", capacity: "elu" },
      { workspaceId: ws.id, userId: facilitatrice.id, role: "facilitateur", federationId: "fecop" },
    ])
    .run();
});
after(() => sqlite.close());
isolateEachTest(sqlite);

const seed = () => db.transaction((tx) => seedMeetings(tx, ws.id, { maire: maire.id, referent: referent.id, facilitatrice: facilitatrice.id }, NOW))!;
const heldId = () => db.select({ id: meetings.id }).from(meetings).where(eq(meetings.title, HELD_MEETING_TITLE)).get()!.id;
const mailRows = () => sqlite.prepare("select id, \"to\", subject, text, attachments from mail order by id").all() as { id: number; to: string; subject: string; text: string; attachments: string | null }[];

describe("the demo seed", () => {
  test("a first meeting a week away, invitations sent, some answers, one kept e-mail per invitee with its calendar file", () => {
    const seeded = seed();
    const d = getMeeting(testContext(db, ws, maire, NOW), { meetingId: seeded.id })!;
    assert.equal(d.meeting.status, "invitations_envoyees");
    assert.ok(d.meeting.startsAt.getTime() > NOW.getTime() + 6 * DAY);
    assert.equal(d.agenda.length, 5);
    assert.ok(d.invitees.some((i) => i.answer === "oui") && d.invitees.some((i) => i.answer === null));
    assert.ok(d.invitees.every((i) => i.tokenHash && i.deliveryStatus === "sent"));
    const kept = mailRows().filter((m) => m.subject.startsWith(`Invitation : ${d.meeting.title}`));
    assert.equal(kept.length, d.invitees.length);
    assert.match(JSON.parse(kept[0].attachments!)[0].content, /METHOD:REQUEST/);
    assert.ok(seeded.id < heldId(), "the meeting to come keeps the first id");
    assert.ok(mailRows().at(-1)!.subject.startsWith(`Invitation : ${d.meeting.title}`), "the mailbox shows the latest invitations first");
  });

  test("a launch meeting held four weeks ago: answers, round-table notes, attendance of invitees and team", () => {
    seed();
    const d = getMeeting(testContext(db, ws, maire, NOW), { meetingId: heldId() })!;
    assert.equal(d.meeting.status, "tenue");
    assert.ok(d.meeting.heldAt && d.meeting.startsAt.getTime() < NOW.getTime() - 20 * DAY);
    assert.ok(d.invitees.some((i) => i.answer === "oui") && d.invitees.some((i) => i.answer === "non"));
    assert.ok(d.invitees.filter((i) => i.attended).length >= 3);
    assert.ok(d.invitees.some((i) => i.attended === false && i.answer === "non"));
    assert.ok(d.invitees.filter((i) => i.situation && i.difficulties).length >= 3, "round-table answers given beforehand");
    const team = sqlite.prepare("select attended from meeting_team_attendance where meeting_id = ?").all(d.meeting.id) as { attended: number }[];
    assert.equal(team.length, 3);
    assert.ok(team.every((t) => t.attended === 1));
  });

  test("its synthesis is published and was corrected; every reader holds a working reading link, e-mailed", () => {
    seed();
    const meetingId = heldId();
    const found = publishedSynthesis(testContext(db, ws, maire, NOW), { meetingId })!;
    const pub = found.publication!;
    assert.ok(pub.content.leads.includes(CORRECTION_LEAD));
    assert.ok(pub.publishedAt.getTime() > pub.firstPublishedAt.getTime(), "corrected after the first publication");
    assert.ok(pub.content.agenda.every((n) => n.text.trim()), "a note for every agenda item");
    assert.ok(pub.content.cooperation && pub.content.needs && pub.content.obstacles && pub.content.keyPoints);
    assert.equal(pub.content.followUp.meetingOn, parisDay(NOW, 7), "the next meeting proposed is the one to come");
    assert.equal(found.attendance!.present, 4);

    const invitees = db.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meetingId)).all();
    const readers = invitees.filter(receivesSynthesis);
    const links = db.select().from(synthesisLinks).where(eq(synthesisLinks.meetingId, meetingId)).all();
    assert.deepEqual(links.map((l) => l.inviteeId).sort(), readers.map((r) => r.id).sort());
    assert.ok(links.every((l) => l.deliveryStatus === "sent" && /^[0-9a-f]{64}$/.test(l.tokenHash)));

    const readingMails = mailRows().filter((m) => m.subject.startsWith("Synthèse de la réunion du "));
    assert.deepEqual(readingMails.map((m) => m.to).sort(), readers.map((r) => r.email).sort());
    const token = /\/synthese\/([\w-]+)/.exec(readingMails[0].text)![1];
    const view = findSynthesisByReadingToken({ db, now: NOW }, { token })!;
    assert.equal(view.communeName, "Lyon");
    assert.equal(view.meeting.id, meetingId);
    const decliner = invitees.find((i) => !receivesSynthesis(i))!;
    assert.equal(readingMails.filter((m) => m.to === decliner.email).length, 0);
    const memberMails = mailRows().filter((m) => m.subject.startsWith("Synthèse publiée : "));
    assert.deepEqual(memberMails.map((m) => m.to).sort(), ["maire@lyon.fr", "referent@lyon.fr"], "the team is told, not the author");
  });

  test("five next steps from the meeting, owners of every kind, in different states, one overdue", () => {
    seed();
    const steps = db.select().from(nextSteps).where(eq(nextSteps.meetingId, heldId())).all();
    assert.equal(steps.length, 5);
    assert.deepEqual([...new Set(steps.map((s) => s.status))].sort(), ["a_faire", "en_cours", "fait"]);
    assert.deepEqual([...new Set(steps.map((s) => s.ownerKind))].sort(), ["acteur", "invite", "membre"]);
    assert.deepEqual(steps.filter((s) => s.ownerKind === "acteur").map((s) => s.ownerActor).sort(), ["ars", "federation"]);
    assert.deepEqual(steps.filter((s) => s.ownerKind === "membre").map((s) => s.ownerUserId).sort(), [maire.id, referent.id].sort());
    assert.ok(steps.every((s) => s.ownerLabel.trim() && /^\d{4}-\d{2}-\d{2}$/.test(s.dueOn)));
    const today = todayInParis(NOW);
    assert.equal(steps.filter((s) => s.status === "a_faire" && s.dueOn < today).length, 1, "one overdue");
    assert.ok(steps.filter((s) => s.status === "fait").every((s) => s.doneAt && s.doneAt.getTime() <= NOW.getTime()));
    const invitee = steps.find((s) => s.ownerKind === "invite")!;
    assert.equal(db.select().from(meetingInvitees).where(eq(meetingInvitees.id, invitee.ownerInviteeId!)).get()!.name, invitee.ownerLabel);
  });

  test("the history tells it, with the vocabulary's codes, and nothing is dated in the future", () => {
    seed();
    const events = db.select().from(historyEvents).where(eq(historyEvents.workspaceId, ws.id)).all();
    const count = (code: string) => events.filter((e) => e.action === code).length;
    assert.equal(count("meeting.held"), 1);
    assert.equal(count("synthesis.saved"), 1);
    assert.equal(count("synthesis.published"), 1);
    assert.equal(count("synthesis.corrected"), 1);
    assert.equal(count("next_step.created"), 5);
    assert.equal(count("next_step.status_changed"), 2);
    assert.ok(events.every((e) => e.createdAt.getTime() <= NOW.getTime()));
  });

  test("the seeded synthesis prints: its PDF holds the commune, the leads, the corrected date and the next steps", async () => {
    seed();
    const found = publishedSynthesis(testContext(db, ws, maire, NOW), { meetingId: heldId() })!;
    const steps = nextStepsForPdf(db.select().from(nextSteps).where(eq(nextSteps.meetingId, heldId())).all());
    const buf = await renderSynthesisPdf(synthesisPdfInput({ communeName: "Lyon", meeting: found.meeting, publication: found.publication!, attendance: found.attendance!, nextSteps: steps }));
    const pdf = await getDocumentProxy(new Uint8Array(buf));
    const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, " ");
    assert.ok(text.includes("COMMUNE DE LYON"));
    assert.ok(text.includes(CORRECTION_LEAD));
    assert.match(text, /Publiée le .* \(mise à jour le /);
    assert.ok(text.includes("Recenser les locaux communaux disponibles en centre-ville Grégory Doucet"), "a next step and its owner");
    assert.ok(text.includes("L'ARS"));
    assert.ok(!text.includes("?"), "every character printable by the standard font");
  });
});
