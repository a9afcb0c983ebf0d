import { after, before, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { answerLinks, invitations, mails, meetingInvitees, meetings, rateLimits, sessions, synthesisLinks, verificationTokens, workspaces } from "../schema";
import { addUser, isolateEachTest, testDatabase } from "../test-support";
import { purgeExpired, purgeLine } from "./purge";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());

/** The purge's clock, fixed. */
const NOW = new Date("2026-06-15T03:00:00Z");
const days = (n: number) => new Date(NOW.getTime() + n * 24 * 60 * 60 * 1000);
const minutes = (n: number) => new Date(NOW.getTime() + n * 60 * 1000);
const count = (table: string, where = "1 = 1") => (sqlite.prepare(`select count(*) as n from ${table} where ${where}`).get() as { n: number }).n;

let userId: string;
let workspaceId: number;
before(() => {
  userId = addUser(db, "maire@marvejols.test", "Claire Fabre").id;
  workspaceId = db.insert(workspaces).values({ communeCode: "48092", mandateStart: "2026-03-22", createdBy: userId }).returning().get().id;
});

function meeting(startsAt: Date, durationMinutes: number, uid: string) {
  return db.insert(meetings).values({ workspaceId, title: uid, kind: "suivi", startsAt, durationMinutes, place: "Mairie", icsUid: uid }).returning().get();
}
function invitee(meetingId: number, email: string, token: string | null, answer: "oui" | null = null) {
  return db.insert(meetingInvitees).values({ meetingId, name: email, profession: "infirmier", email, tokenHash: token, answer }).returning().get();
}
function invitation(email: string, expiresAt: Date, acceptedAt: Date | null = null) {
  return db
    .insert(invitations)
    .values({ kind: "referent", workspaceId, email, name: email, capacity: "elu", tokenHash: `hash-${email}`, expiresAt, invitedBy: userId, acceptedAt, createdAt: days(-40) })
    .returning()
    .get();
}

describe("the daily purge", () => {
  beforeEach(() => {
    db.insert(verificationTokens)
      .values([
        { identifier: "a@x.test", token: "expired", expires: minutes(-1) },
        { identifier: "b@x.test", token: "live", expires: minutes(10) },
      ])
      .run();
    db.insert(sessions)
      .values([
        { sessionToken: "idle-over", userId, expires: minutes(-5), createdAt: days(-3) },
        { sessionToken: "too-old", userId, expires: days(2), createdAt: days(-31) },
        { sessionToken: "live", userId, expires: days(6), createdAt: days(-2) },
      ])
      .run();
    for (const [to, at] of [["old@x.test", days(-31)], ["edge@x.test", days(-30)], ["recent@x.test", days(-2)]] as const) {
      db.insert(mails).values({ to, subject: "s", text: "t", html: "h", status: "conserve", createdAt: at }).run();
    }
    invitation("never-long-ago@x.test", days(-31));
    invitation("never-recent@x.test", days(-29));
    invitation("accepted@x.test", days(-60), days(-65));
    const past = meeting(days(-2), 120, "past");
    const ongoing = meeting(minutes(-30), 120, "ongoing");
    invitee(past.id, "answered@x.test", "t-answered", "oui");
    invitee(past.id, "silent@x.test", "t-silent");
    invitee(ongoing.id, "now@x.test", "t-now");
    const answered = db.select().from(meetingInvitees).where(eq(meetingInvitees.email, "answered@x.test")).get()!;
    const silent = db.select().from(meetingInvitees).where(eq(meetingInvitees.email, "silent@x.test")).get()!;
    db.insert(answerLinks)
      .values([
        { inviteeId: answered.id, tokenHash: "answer-ended-long-ago", createdAt: days(-200), expiresAt: days(-31) },
        { inviteeId: answered.id, tokenHash: "answer-ended-recently", createdAt: days(-150), expiresAt: days(-29) },
        { inviteeId: silent.id, tokenHash: "answer-revoked-long-ago", createdAt: days(-60), expiresAt: days(50), revokedAt: days(-31) },
        { inviteeId: silent.id, tokenHash: "answer-live", createdAt: days(-10), expiresAt: days(88) },
      ])
      .run();
    db.insert(synthesisLinks)
      .values([
        { meetingId: past.id, inviteeId: answered.id, tokenHash: "reading-expired", expiresAt: minutes(-1) },
        { meetingId: past.id, inviteeId: answered.id, tokenHash: "reading-live", expiresAt: days(300) },
      ])
      .run();
    db.insert(rateLimits)
      .values([
        { key: "connexion:a@x.test", points: 3, expire: NOW.getTime() - 1 },
        { key: "connexion:b@x.test", points: 1, expire: NOW.getTime() + 60_000 },
        { key: "forever", points: 1, expire: null },
      ])
      .run();
  });

  test("deletes what is past its retention, keeps the rest, and a second run deletes nothing more", () => {
    const counts = purgeExpired({ db, now: NOW });
    assert.deepEqual(counts, { signInLinks: 1, sessions: 2, mails: 1, invitations: 1, answerLinks: 2, readingLinks: 1, rateLimits: 1 });

    assert.deepEqual(sqlite.prepare("select token from verificationToken").pluck().all(), ["live"]);
    assert.deepEqual(sqlite.prepare("select sessionToken from session").pluck().all(), ["live"]);
    assert.deepEqual(sqlite.prepare(`select "to" from mail order by id`).pluck().all(), ["edge@x.test", "recent@x.test"]);
    assert.deepEqual(sqlite.prepare("select email from invitation order by id").pluck().all(), ["never-recent@x.test", "accepted@x.test"]);
    // Answer links go a month after they ended (expired or revoked); the answers stay.
    assert.deepEqual(sqlite.prepare("select token_hash from answer_link order by id").pluck().all(), ["answer-ended-recently", "answer-live"]);
    assert.deepEqual(sqlite.prepare("select email, answer from meeting_invitee order by id").all(), [
      { email: "answered@x.test", answer: "oui" },
      { email: "silent@x.test", answer: null },
      { email: "now@x.test", answer: null },
    ]);
    assert.deepEqual(sqlite.prepare("select token_hash from synthesis_link").pluck().all(), ["reading-live"]);
    assert.deepEqual(sqlite.prepare("select key from rate_limit order by key").pluck().all(), ["connexion:b@x.test", "forever"]);

    const again = purgeExpired({ db, now: NOW });
    assert.deepEqual(again, { signInLinks: 0, sessions: 0, mails: 0, invitations: 0, answerLinks: 0, readingLinks: 0, rateLimits: 0 });
    assert.equal(count("meeting_invitee", "answer = 'oui'"), 1);
  });

  test("the report names each count in French", () => {
    assert.equal(
      purgeLine(purgeExpired({ db, now: NOW })),
      "Purge des données échues — liens de connexion expirés : 1 ; sessions expirées : 2 ; e-mails conservés depuis plus de 30 jours : 1 ; " +
        "invitations jamais acceptées, expirées depuis plus de 30 jours : 1 ; liens de réponse échus depuis plus de 30 jours : 2 ; " +
        "liens de lecture de synthèse expirés : 1 ; compteurs anti-abus expirés : 1.",
    );
  });
});
