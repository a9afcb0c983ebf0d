import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { asc, inArray } from "drizzle-orm";
import { frenchKey, frenchKeyOf } from "./french-order";
import { users } from "./schema";
import { addUser, testDatabase } from "./test-support";

describe("french order", () => {
  const { db, sqlite } = testDatabase();
  const names = ["Zoé Martin", "Élodie Roux", "eddy Blanc", "Emma Petit", "Éric Durand", "Eric Dupuis", "Œdipe Roi", "Îsa Noël", "Anaïs Brun", "Ève Garcia"];
  const ids = names.map((n, i) => addUser(db, `p${i}@example.test`, n).id);

  it("sorts accented and lower-case names among their letter, as a French index does", () => {
    const rows = db.select({ name: users.name }).from(users).where(inArray(users.id, ids)).orderBy(frenchKey(users.name), asc(users.name)).all();
    assert.deepEqual(
      rows.map((r) => r.name),
      ["Anaïs Brun", "eddy Blanc", "Élodie Roux", "Emma Petit", "Eric Dupuis", "Éric Durand", "Ève Garcia", "Îsa Noël", "Œdipe Roi", "Zoé Martin"],
    );
  });

  it("folds every accented letter, upper and lower case, and keeps a NULL a NULL", () => {
    const key = (s: string | null) => sqlite.prepare(`select ${frenchKeyOf("?")} as k`).get(s) as { k: string | null };
    assert.equal(key("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ àâäçéèêëîïôöùûüÿæœ").k, "aaaceeeeiioouuuyaeoe aaaceeeeiioouuuyaeoe");
    assert.equal(key(null).k, null);
  });
});
