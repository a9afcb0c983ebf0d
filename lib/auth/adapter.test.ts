import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Adapter } from "next-auth/adapters";
import { sessions } from "@/db/schema";
import { addUser, isolateEachTest, testDatabase } from "@/db/test-support";
import { hashToken } from "@/lib/tokens";
import { withHashedSessions } from "./adapter";

const { sqlite, db } = testDatabase();
const DAY = 24 * 60 * 60 * 1000;
const opened = new Date("2026-05-04T08:00:00Z");
let clock = opened;
// Only the session methods are exercised: the Drizzle adapter's own methods are not wanted here.
const adapter = withHashedSessions({} as Adapter, db, () => clock);
const user = addUser(db, "maire@sessions.test", "Claire");
const token = "cookie-token-of-the-browser-0123456789abcdefghijk";

describe("sessions stored hashed, 7 days idle, 30 days absolute", () => {
  isolateEachTest(sqlite);

  it("stores the SHA-256 of the token and the opening instant, never the token", async () => {
    clock = opened;
    await adapter.createSession!({ sessionToken: token, userId: user.id, expires: new Date(opened.getTime() + 7 * DAY) });
    const rows = db.select().from(sessions).all();
    assert.equal(rows.length, 1);
    assert.equal(rows[0].sessionToken, hashToken(token));
    assert.match(rows[0].sessionToken, /^[0-9a-f]{64}$/);
    assert.notEqual(rows[0].sessionToken, token);
    assert.deepEqual(rows[0].createdAt, opened);
    const found = await adapter.getSessionAndUser!(token);
    assert.equal(found?.user.email, "maire@sessions.test");
    assert.equal(found?.session.sessionToken, token);
    // The stored hash used as a cookie opens nothing.
    assert.equal(await adapter.getSessionAndUser!(hashToken(token)), null);
  });

  it("refuses and deletes a session idle past its end", async () => {
    clock = opened;
    await adapter.createSession!({ sessionToken: token, userId: user.id, expires: new Date(opened.getTime() + 7 * DAY) });
    clock = new Date(opened.getTime() + 7 * DAY + 1000);
    assert.equal(await adapter.getSessionAndUser!(token), null);
    assert.equal(db.select().from(sessions).all().length, 0);
  });

  it("a used session moves forward, but never past 30 days after it was opened", async () => {
    clock = opened;
    await adapter.createSession!({ sessionToken: token, userId: user.id, expires: new Date(opened.getTime() + 7 * DAY) });
    // Used every 6 days: each use moves the end 7 days on.
    for (let day = 6; day <= 24; day += 6) {
      clock = new Date(opened.getTime() + day * DAY);
      assert.ok(await adapter.getSessionAndUser!(token), `day ${day}`);
      await adapter.updateSession!({ sessionToken: token, expires: new Date(clock.getTime() + 7 * DAY) });
    }
    const row = db.select().from(sessions).get()!;
    assert.deepEqual(row.expires, new Date(opened.getTime() + 30 * DAY), "capped at the absolute end");
    clock = new Date(opened.getTime() + 29 * DAY);
    assert.ok(await adapter.getSessionAndUser!(token), "still open on day 29");
    clock = new Date(opened.getTime() + 30 * DAY);
    assert.equal(await adapter.getSessionAndUser!(token), null, "closed on day 30 whatever its use");
    assert.equal(db.select().from(sessions).all().length, 0);
  });

  it("refuses a row whose expiry was pushed past 30 days by hand, from its opening instant", async () => {
    db.insert(sessions).values({ sessionToken: hashToken(token), userId: user.id, expires: new Date(opened.getTime() + 90 * DAY), createdAt: opened }).run();
    clock = new Date(opened.getTime() + 31 * DAY);
    assert.equal(await adapter.getSessionAndUser!(token), null);
  });

  it("refuses a row without an opening instant (written before sessions were hashed)", async () => {
    db.insert(sessions).values({ sessionToken: hashToken(token), userId: user.id, expires: new Date(opened.getTime() + DAY) }).run();
    clock = opened;
    assert.equal(await adapter.getSessionAndUser!(token), null);
  });

  it("signing out deletes the hashed row", async () => {
    clock = opened;
    await adapter.createSession!({ sessionToken: token, userId: user.id, expires: new Date(opened.getTime() + 7 * DAY) });
    await adapter.deleteSession!(token);
    assert.equal(db.select().from(sessions).all().length, 0);
  });
});
