/** For the unit tests of data functions: an in-memory database, migrated and loaded with the reference data. */
import { openDatabase, type DB } from "./client";
import { loadReferenceData } from "./reference/load";
import { users } from "./schema";

export function testDatabase() {
  const opened = openDatabase(":memory:");
  loadReferenceData(opened.db);
  return opened;
}

/** A signed-up person, as the actions see them. */
export function addUser(db: DB, email: string, name: string | null = null) {
  const u = db.insert(users).values({ email, name }).returning().get();
  return { id: u.id, email: u.email, name: u.name };
}
