import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { openDatabase } from "../client";
import { mails } from "../schema";
import { testDatabase } from "../test-support";
import { claimDueMails, enqueueMail, mailState, retryDelayMs, settleMail, unsettledCount } from "./outbox";
import { NOT_KEPT } from "@/lib/mail/stored";
import { attempt, drainOutbox, smtpTransport, startWorker, type Transport } from "@/lib/mail/outbox-worker";

const NOW = new Date("2026-12-03T08:00:00Z");
const mail = (to: string, extra: Partial<Parameters<typeof enqueueMail>[1]> = {}) => ({ to, subject: "Objet", text: "Texte", html: "<p>Texte</p>", ...extra });
const okTransport = (sent: string[]): Transport => ({ sendMail: async (m) => (sent.push(String(m.to)), { rejected: [], pending: [] }) as never });
const failing = (error: Error): Transport => ({ sendMail: async () => Promise.reject(error) });

describe("the outbox", () => {
  const { db } = testDatabase();

  test("a mail written in a transaction that rolls back is never sent", async () => {
    assert.throws(() =>
      db.transaction((tx) => {
        enqueueMail(tx, mail("annule@exemple.fr"), NOW);
        throw new Error("la modification échoue");
      }),
    );
    const sent: string[] = [];
    await drainOutbox({ db, transport: okTransport(sent), from: "f@x.fr", keepBodies: false, now: () => NOW });
    assert.deepEqual(sent, []);
    assert.equal(db.select().from(mails).where(eq(mails.to, "annule@exemple.fr")).all().length, 0);
  });

  test("a claim is exclusive: a second claim does not take the mails the first one holds", () => {
    enqueueMail(db, mail("a@exemple.fr"), NOW);
    enqueueMail(db, mail("b@exemple.fr"), NOW);
    const first = claimDueMails(db, NOW, 10);
    const second = claimDueMails(db, NOW, 10);
    assert.deepEqual(first.map((m) => m.to).sort(), ["a@exemple.fr", "b@exemple.fr"]);
    assert.deepEqual(second, []);
    // A worker that died mid-send: its claim is taken over after 5 minutes, once.
    const later = new Date(NOW.getTime() + 6 * 60_000);
    assert.equal(claimDueMails(db, later, 10).length, 2);
    assert.equal(claimDueMails(db, later, 10).length, 0);
    for (const m of first) settleMail(db, { ...m, attempts: 1 }, { ok: true }, { now: later, keepBodies: true });
  });

  test("failures are retried with growing back-off, then marked non remis; a refusal is final at once", () => {
    assert.deepEqual([1, 2, 3, 4].map((n) => retryDelayMs(n)), [30_000, 120_000, 480_000, 1_920_000]);
    assert.equal(retryDelayMs(20), 6 * 3_600_000);
    const { mailId } = enqueueMail(db, mail("lent@exemple.fr", { maxAttempts: 2 }), NOW);
    let [claimed] = claimDueMails(db, NOW);
    settleMail(db, claimed, { ok: false, error: "ETIMEDOUT" }, { now: NOW, keepBodies: true });
    const retry = db.select().from(mails).where(eq(mails.id, mailId)).get()!;
    assert.equal(retry.status, "en_attente");
    assert.equal(retry.nextAttemptAt!.getTime(), NOW.getTime() + 30_000);
    assert.deepEqual(claimDueMails(db, new Date(NOW.getTime() + 29_000)), [], "not before its time");
    [claimed] = claimDueMails(db, new Date(NOW.getTime() + 30_000));
    assert.equal(claimed.attempts, 2);
    settleMail(db, claimed, { ok: false, error: "ETIMEDOUT" }, { now: NOW, keepBodies: true });
    assert.equal(mailState(db, mailId)!.status, "non_remis");

    const refused = enqueueMail(db, mail("inconnu@exemple.fr"), NOW);
    settleMail(db, claimDueMails(db, NOW)[0], { ok: false, permanent: true, error: "550" }, { now: NOW, keepBodies: true });
    assert.equal(mailState(db, refused.mailId)!.status, "non_remis");
  });

  test("a personal link's body is kept until sent, then dropped outside the demo", () => {
    const { mailId } = enqueueMail(db, mail("lien@exemple.fr", { sensitive: true, text: "https://x/invitation/abc" }), NOW);
    assert.equal(db.select().from(mails).where(eq(mails.id, mailId)).get()!.text, "https://x/invitation/abc");
    settleMail(db, claimDueMails(db, NOW)[0], { ok: true }, { now: NOW, keepBodies: false });
    const row = db.select().from(mails).where(eq(mails.id, mailId)).get()!;
    assert.equal(row.status, "remis");
    assert.equal(row.text, NOT_KEPT);
    assert.equal(unsettledCount(db), 0);
  });

  test("a 5xx answer is a final refusal, a network error is retried", async () => {
    const m = { to: "x@exemple.fr", subject: "s", text: "t", html: "h", attachments: null } as never;
    const refusal = Object.assign(new Error("550 Boîte inconnue"), { responseCode: 550 });
    assert.deepEqual(await attempt(failing(refusal), "f@x.fr", m), { ok: false, permanent: true, error: "550 Boîte inconnue" });
    assert.deepEqual(await attempt(failing(new Error("Greeting never received")), "f@x.fr", m), { ok: false, permanent: false, error: "Greeting never received" });
  });
});

describe("a relay that accepts the connection and never greets", () => {
  const sockets: net.Socket[] = [];
  const silent = net.createServer((s) => sockets.push(s));
  let url = "";
  before(async () => {
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    url = `smtp://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
  });
  after(() => {
    for (const s of sockets) s.destroy();
    silent.close();
  });

  test("costs one attempt of about 10 s (the greeting timeout), and writing the mail does not wait for it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "outbox-"));
    const file = path.join(dir, "boussole.sqlite");
    const { sqlite, db } = openDatabase(file);
    const worker = startWorker(() => ({ db, transport: smtpTransport(url), from: "f@x.fr", keepBodies: true }), 50);
    try {
      const t0 = performance.now();
      const { mailId } = enqueueMail(db, mail("invite@exemple.fr"), new Date());
      worker.wake();
      const written = performance.now() - t0;
      assert.ok(written < 200, `writing the mail took ${written} ms`);
      // A second process (a cron's `mail:send`) on the same file finds it claimed and takes nothing.
      const other = openDatabase(file);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(mailState(db, mailId)!.status, "envoi");
      assert.deepEqual(claimDueMails(other.db, new Date()), []);
      other.sqlite.close();
      while (mailState(db, mailId)!.status === "envoi") await new Promise((r) => setTimeout(r, 100));
      const elapsed = performance.now() - t0;
      assert.ok(elapsed > 9_000 && elapsed < 12_000, `the attempt took ${Math.round(elapsed)} ms`);
      const row = db.select().from(mails).where(eq(mails.id, mailId)).get()!;
      assert.equal(row.status, "en_attente", "retried later");
      assert.equal(row.attempts, 1);
      assert.match(row.error ?? "", /greeting/i);
    } finally {
      worker.stop();
      sqlite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
