import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { addUser, isolateEachTest, statementsOf, testDatabase } from "../test-support";
import type { Actor } from "../context";
import { federationMembers, federationRequests, historyEvents, meetingInvitees, meetings, nextSteps, reminders, workspaceMembers, workspaces } from "../schema";
import { renderMail } from "@/lib/mail/render";
import { jobInstant } from "@/lib/reminders/rules";
import { runDailyJob, summaryLine, type Transport } from "./run";
import { checklistReminders } from "./checklist-reminders";
import { nextStepReminders } from "./next-step-reminders";
import { federationReminders } from "./federation-reminders";
import { unsentCandidates } from "./reminders";

const { db, sqlite } = testDatabase();
after(() => sqlite.close());

const MONTPELLIER = "34172";
const LYON = "69123";
const NIMES = "30189";
const SETE = "34301";
// Montpellier's mandate began on 1 March 2026: the first phase's items are due on 31 March.
const START = "2026-03-01";

type Mail = { to: string; subject: string; text: string };

/** A transport that keeps what it was given; `fail` makes it refuse the addresses it holds. */
function fakeTransport(fail: Set<string> = new Set()) {
  const mails: Mail[] = [];
  const send: Transport = async (to, content) => {
    const r = renderMail(content);
    if (fail.has(to)) return { ok: false, mailId: null, error: "Adresse refusée" };
    mails.push({ to, subject: r.subject, text: r.text });
    return { ok: true, mailId: null };
  };
  return { mails, send };
}

const run = (day: string, t = fakeTransport()) => runDailyJob({ db, now: jobInstant(day) }, { send: t.send }).then((summary) => ({ summary, mails: t.mails }));

let p: { maire: Actor; referent: Actor; maireLyon: Actor; admin: Actor; owner: Actor };
let ws: { id: number }, wsLyon: { id: number };

function workspace(code: string, maire: Actor, mandateStart = START) {
  const w = db.insert(workspaces).values({ communeCode: code, mandateStart, createdBy: maire.id, createdAt: new Date("2026-03-05T09:00:00Z") }).returning().get();
  db.insert(workspaceMembers).values({ workspaceId: w.id, userId: maire.id, role: "maire" }).run();
  return w;
}

function step(over: Partial<typeof nextSteps.$inferInsert>) {
  return db
    .insert(nextSteps)
    .values({ workspaceId: ws.id, title: "Recenser les locaux", ownerKind: "membre", ownerUserId: p.owner.id, ownerLabel: "Olivier", dueOn: "2026-03-28", ...over })
    .returning()
    .get();
}

function request(workspaceId: number, status: "pending" | "accepted", requestedAt: Date, by: Actor) {
  db.insert(federationRequests)
    .values({ workspaceId, federationId: "fecop", message: "Bonjour", status, requestedBy: by.id, requestedAt, decidedAt: status === "accepted" ? requestedAt : null })
    .run();
}

before(() => {
  p = {
    maire: addUser(db, "maire@montpellier.fr", "Michaël Delafosse"),
    referent: addUser(db, "referent@montpellier.fr", "Rita Référente"),
    maireLyon: addUser(db, "maire@lyon.fr", "Grégory Doucet"),
    admin: addUser(db, "admin@fecop.fr", "Anne Admin"),
    owner: addUser(db, "olivier@montpellier.fr", "Olivier Porteur"),
  };
});

describe("the daily job", () => {
  isolateEachTest(sqlite);

  test("an empty database: nothing to send, nothing written", async () => {
    const { summary, mails } = await run("2026-03-26");
    assert.deepEqual(mails, []);
    assert.equal(summaryLine(summary), "Rien à envoyer.");
    assert.equal(db.select().from(reminders).all().length, 0);
  });

  describe("the checklist", () => {
    test("the référent gets the items due within 7 days; nothing 8 days or more before; the maire of a commune without référent gets them", async () => {
      ws = workspace(MONTPELLIER, p.maire);
      db.insert(workspaceMembers).values({ workspaceId: ws.id, userId: p.referent.id, role: "referent" }).run();
      wsLyon = workspace(LYON, p.maireLyon);

      // 23 March: the first items are due on 31 March, in 8 days.
      assert.deepEqual((await run("2026-03-23")).mails, []);

      const { mails } = await run("2026-03-24");
      assert.deepEqual(mails.map((m) => m.to).sort(), ["maire@lyon.fr", "referent@montpellier.fr"]);
      const mine = mails.find((m) => m.to === "referent@montpellier.fr")!;
      assert.match(mine.subject, /^Les 100 jours de Montpellier : 2 actions à faire dans les 7 jours$/);
      assert.match(mine.text, /Prendre contact avec la fédération régionale .* prévue le 31 mars 2026 \(dans 7 jours\)/);
      // The référent ticked herself (designated): not listed.
      assert.doesNotMatch(mine.text, /Désigner un référent santé/);
      assert.match(mine.text, /http:\/\/localhost:3000\/communes\/34172\/100-jours/);
      assert.match(mails.find((m) => m.to === "maire@lyon.fr")!.text, /vous êtes maire de Lyon et que la commune n'a pas encore de référent·e santé/);
    });

    test("overdue items are listed as such; at most one e-mail a week per person; a second run the same day sends nothing", async () => {
      ws = workspace(MONTPELLIER, p.maire);
      db.insert(workspaceMembers).values({ workspaceId: ws.id, userId: p.referent.id, role: "referent" }).run();

      const first = await run("2026-04-02"); // a Thursday, two days after the first phase's items were due
      assert.equal(first.mails.length, 1);
      assert.match(first.mails[0].subject, /2 actions en retard/);
      assert.match(first.mails[0].text, /En retard :\n• Prendre contact avec la fédération régionale .* prévue le 31 mars 2026, en retard/);

      const again = await run("2026-04-02");
      assert.deepEqual(again.mails, []);
      assert.equal(summaryLine(again.summary), "Rien à envoyer (1 rappel(s) déjà envoyé(s) récemment).");
      // Monday: a new ISO week, but only four days since the last one.
      assert.deepEqual((await run("2026-04-06")).mails, []);
      assert.deepEqual((await run("2026-04-08")).mails, []);
      // Seven days later, the next one.
      assert.equal((await run("2026-04-09")).mails.length, 1);
      assert.equal(db.select().from(reminders).all().length, 2);
    });

    test("a failed send is not recorded as sent: the next run sends it", async () => {
      ws = workspace(MONTPELLIER, p.maire);
      db.insert(workspaceMembers).values({ workspaceId: ws.id, userId: p.referent.id, role: "referent" }).run();
      const failed = await run("2026-04-02", fakeTransport(new Set(["referent@montpellier.fr"])));
      assert.equal(failed.summary.failed, 1);
      assert.match(failed.summary.lines[0], /^ÉCHEC \[check-list\] à referent@montpellier.fr : .*\(sera retenté au prochain passage\)$/);
      assert.equal(db.select().from(reminders).all().length, 0);
      assert.equal((await run("2026-04-02")).mails.length, 1);
    });
  });

  describe("the next steps", () => {
    test("owners of open steps due within 3 days or overdue get one e-mail per step and due date", async () => {
      ws = workspace(MONTPELLIER, p.maire, "2026-03-20");
      db.insert(workspaceMembers).values({ workspaceId: ws.id, userId: p.owner.id, role: "referent" }).run();
      const meeting = db
        .insert(meetings)
        .values({ workspaceId: ws.id, title: "Rencontre", kind: "premiere", startsAt: new Date("2026-03-21T17:00:00Z"), durationMinutes: 90, place: "Mairie", icsUid: "u1" })
        .returning()
        .get();
      const anne = db.insert(meetingInvitees).values({ meetingId: meeting.id, name: "Anne Martin", profession: "infirmier", email: "anne@exemple.fr" }).returning().get();
      const inThree = step({ title: "Dans trois jours", dueOn: "2026-03-28" });
      step({ title: "Dans quatre jours", dueOn: "2026-03-29" });
      step({ title: "En retard", dueOn: "2026-03-01", status: "en_cours" });
      step({ title: "Déjà faite", dueOn: "2026-03-20", status: "fait" });
      step({ title: "Pour l'ARS", dueOn: "2026-03-20", ownerKind: "acteur", ownerUserId: null, ownerActor: "ars", ownerLabel: "L'ARS" });
      step({ title: "Pour Anne", dueOn: "2026-03-27", ownerKind: "invite", ownerUserId: null, ownerInviteeId: anne.id, ownerLabel: "Anne Martin" });

      const { mails } = await run("2026-03-25");
      const subjects = mails.filter((m) => m.subject.startsWith("Rappel")).map((m) => `${m.to} ${m.subject}`);
      assert.deepEqual(subjects, [
        "olivier@montpellier.fr Rappel : « En retard » était prévue le 1 mars 2026 — Montpellier",
        "anne@exemple.fr Rappel : « Pour Anne », d'ici le 27 mars 2026 — Montpellier",
        "olivier@montpellier.fr Rappel : « Dans trois jours », d'ici le 28 mars 2026 — Montpellier",
      ]);
      // The member is sent to the list; the invitee, without an account, is told whom to tell.
      assert.match(mails.find((m) => m.subject.includes("Dans trois jours"))!.text, /\/communes\/34172\/actions/);
      const toAnne = mails.find((m) => m.to === "anne@exemple.fr")!.text;
      assert.doesNotMatch(toAnne, /http/);
      assert.match(toAnne, /dites-le simplement à l'équipe municipale de Montpellier/);

      assert.equal((await run("2026-03-25")).mails.filter((m) => m.subject.startsWith("Rappel")).length, 0, "twice the same day: nothing");
      const nextDay = (await run("2026-03-26")).mails.filter((m) => m.subject.startsWith("Rappel"));
      assert.deepEqual(nextDay.map((m) => m.subject), ["Rappel : « Dans quatre jours », d'ici le 29 mars 2026 — Montpellier"], "once per step and due date");
      db.update(nextSteps).set({ dueOn: "2026-03-29" }).where(eq(nextSteps.id, inThree.id)).run();
      const moved = (await run("2026-03-27")).mails.filter((m) => m.subject.startsWith("Rappel"));
      assert.deepEqual(moved.map((m) => m.subject), ["Rappel : « Dans trois jours », d'ici le 29 mars 2026 — Montpellier"], "a new due date is a new reminder");
    });

    test("an owner who left the workspace, or an invitee of another commune, is not written to", async () => {
      ws = workspace(MONTPELLIER, p.maire, "2026-03-20");
      wsLyon = workspace(LYON, p.maireLyon, "2026-03-20");
      const lyonMeeting = db
        .insert(meetings)
        .values({ workspaceId: wsLyon.id, title: "Lyon", kind: "premiere", startsAt: new Date("2026-03-21T17:00:00Z"), durationMinutes: 90, place: "Mairie", icsUid: "u2" })
        .returning()
        .get();
      const yves = db.insert(meetingInvitees).values({ meetingId: lyonMeeting.id, name: "Yves", profession: "infirmier", email: "yves@lyon.fr" }).returning().get();
      step({ title: "Plus membre", dueOn: "2026-03-26" });
      step({ title: "Invité d'ailleurs", dueOn: "2026-03-26", ownerKind: "invite", ownerUserId: null, ownerInviteeId: yves.id, ownerLabel: "Yves" });
      assert.deepEqual(nextStepReminders({ db, now: jobInstant("2026-03-25") }), []);
    });
  });

  describe("the federations", () => {
    test("admins get the requests pending for more than 2 days and the quiet communes, once a week; the directory address without admin", async () => {
      ws = workspace(MONTPELLIER, p.maire, "2026-09-01");
      wsLyon = workspace(NIMES, p.maireLyon, "2026-09-01");
      const wsSete = workspace(SETE, p.referent, "2026-09-01");
      request(wsLyon.id, "pending", new Date("2026-11-27T09:00:00Z"), p.maireLyon); // 5 days before
      request(wsSete.id, "pending", new Date("2026-11-30T12:00:00Z"), p.referent); // under 2 days
      request(ws.id, "accepted", new Date("2026-10-01T09:00:00Z"), p.maire);
      db.insert(historyEvents).values({ workspaceId: ws.id, actorId: p.maire.id, action: "workspace.created", summary: "…", createdAt: new Date("2026-11-05T09:00:00Z") }).run();

      const noAdmin = (await run("2026-12-02")).mails.filter((m) => m.subject.startsWith("Fécop"));
      assert.equal(noAdmin.length, 1);
      assert.equal(noAdmin[0].to, "contact@fecop.fr", "the directory's address while the federation has no admin");
      assert.equal(noAdmin[0].subject, "Fécop : 1 demande en attente de réponse, 1 commune sans nouvelles depuis 21 jours");
      assert.match(noAdmin[0].text, /• Nîmes \(Gard\) — demande du 27 novembre 2026, sans réponse depuis 5 jours/);
      assert.doesNotMatch(noAdmin[0].text, /Sète/);
      assert.match(noAdmin[0].text, /• Montpellier \(Hérault\) — dernière activité le 5 novembre 2026 \(il y a 27 jours\)/);
      // No link to the federation's page (a 404 to this address): the way to join instead.
      assert.doesNotMatch(noAdmin[0].text, /\/federation\/fecop/);
      assert.match(noAdmin[0].text, /ouvrez le lien « Rejoindre Boussole et répondre » de l'e-mail de la demande/);

      db.insert(federationMembers).values({ federationId: "fecop", userId: p.admin.id, role: "admin" }).run();
      const withAdmin = (await run("2026-12-09")).mails.filter((m) => m.subject.startsWith("Fécop"));
      assert.deepEqual(withAdmin.map((m) => m.to), ["admin@fecop.fr"]);
      assert.match(withAdmin[0].subject, /2 demandes en attente/);
      assert.match(withAdmin[0].text, /http:\/\/localhost:3000\/federation\/fecop/);
      assert.deepEqual((await run("2026-12-10")).mails.filter((m) => m.subject.startsWith("Fécop")), [], "at most once a week");

      // Activity in Montpellier: no longer quiet.
      db.insert(historyEvents).values({ workspaceId: ws.id, actorId: p.maire.id, action: "workspace.created", summary: "…", createdAt: new Date("2026-12-10T09:00:00Z") }).run();
      const [f] = federationReminders({ db, now: jobInstant("2026-12-16") });
      assert.doesNotMatch(f.content.paragraphs!.join("\n"), /Montpellier/);
    });
  });

  test("the selection runs a fixed number of queries whatever the number of communes", () => {
    const count = (day: string) =>
      statementsOf(sqlite, () => {
        const ctx = { db, now: jobInstant(day) };
        unsentCandidates(ctx, [...checklistReminders(ctx), ...nextStepReminders(ctx), ...federationReminders(ctx)]);
      });
    const commune = (code: string, i: number) => {
      const maire = addUser(db, `maire${i}@exemple.fr`);
      const w = workspace(code, maire);
      request(w.id, i % 2 ? "pending" : "accepted", new Date("2026-03-10T09:00:00Z"), maire);
      db.insert(nextSteps).values({ workspaceId: w.id, title: "Étape", ownerKind: "membre", ownerUserId: maire.id, ownerLabel: "M", dueOn: "2026-04-01" }).run();
    };
    commune(MONTPELLIER, 1);
    commune(LYON, 2);
    const two = count("2026-04-02");
    assert.ok(two >= 10, `counted ${two} queries`);
    ["30189", "34301", "13055", "31555", "33063", "44109"].forEach((code, i) => commune(code, i + 3));
    assert.equal(count("2026-04-02"), two, `two communes: ${two} queries`);
  });
});
