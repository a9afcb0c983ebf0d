import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, testDatabase } from "../test-support";
import { professionals } from "../schema";
import { meetingFixture, type MeetingFixture } from "./test-fixture";
import { invitableProfessionals, PICKER_SIZE } from "./picker";
import { addInvitees, addInviteesFromInventory } from "./invitees";
import type { Profession } from "@/lib/domain/enums";

const { db, sqlite } = testDatabase();
let f: MeetingFixture;
before(() => {
  f = meetingFixture(db, sqlite);
});
after(() => sqlite.close());
isolateEachTest(sqlite);

function line(name: string | null, profession: Profession, email: string | null, workspaceId = f.ws.id, professionOther: string | null = null) {
  return db.insert(professionals).values({ workspaceId, profession, professionOther, name, practiceLocation: "commune", practiceForm: "isole", email, source: "commune" }).returning().get();
}

const labels = (page: ReturnType<typeof invitableProfessionals>) => page.matches.map((p) => p.label);

describe("the inventory picker of a meeting", () => {
  test("only this commune's lines with an address, not yet invited (whatever the address's case), in the inventory's order", () => {
    line("Zoé Infirmière", "infirmier", "zoe@exemple.fr");
    const gp = line("Anne Généraliste", "medecin_generaliste", " Anne.G@Exemple.fr ");
    line("Sans Adresse", "infirmier", null);
    line("Adresse vide", "infirmier", "  ");
    line("Lyonnaise", "pharmacien", "lyon@exemple.fr", f.wsLyon.id);
    line("Ostéo", "autre", "osteo@exemple.fr", f.ws.id, "Ostéopathe");
    const { meeting: m } = f.draft();
    const ctx = f.as(f.referent);
    assert.deepEqual(labels(invitableProfessionals(ctx, { meetingId: m.id })), ["Anne Généraliste", "Zoé Infirmière", "Ostéo"]);
    addInvitees(ctx, { meetingId: m.id, people: [{ name: "Zoé", profession: "infirmier", email: "ZOE@exemple.fr" }], duplicateField: "email" });
    addInviteesFromInventory(ctx, { meetingId: m.id, professionalIds: [gp.id] });
    const page = invitableProfessionals(ctx, { meetingId: m.id });
    assert.deepEqual(labels(page), ["Ostéo"]);
    assert.equal(page.total, 1);
    // Another meeting of the commune still offers them all.
    const { meeting: other } = f.draft();
    assert.equal(invitableProfessionals(ctx, { meetingId: other.id }).total, 3);
  });

  test("a search by name, address, profession label (accents and case aside) or other profession", () => {
    line("Anne Martin", "medecin_generaliste", "anne@exemple.fr");
    line("Bruno Petit", "infirmier", "bruno@cabinet.fr");
    line("Chloé Roux", "infirmier_pratique_avancee", "chloe@exemple.fr");
    line(null, "autre", "osteo@exemple.fr", f.ws.id, "Ostéopathe");
    const { meeting: m } = f.draft();
    const search = (text: string) => labels(invitableProfessionals(f.as(f.referent), { meetingId: m.id, search: text }));
    assert.deepEqual(search("martin"), ["Anne Martin"]);
    assert.deepEqual(search("cabinet.fr"), ["Bruno Petit"]);
    assert.deepEqual(search("infirmiere"), ["Bruno Petit", "Chloé Roux"]);
    assert.deepEqual(search("médecin"), ["Anne Martin"]);
    assert.deepEqual(search("PRATIQUE avancée"), ["Chloé Roux"]);
    assert.deepEqual(search("ostéo"), ["Ostéopathe"]);
    assert.deepEqual(search("  "), ["Anne Martin", "Bruno Petit", "Chloé Roux", "Ostéopathe"]);
    // LIKE's wildcards are searched as text.
    assert.deepEqual(search("%"), []);
    assert.deepEqual(search("_"), []);
  });

  test(`at most ${PICKER_SIZE} lines, and how many match in all`, () => {
    for (let k = 0; k < 45; k++) line(`Pro ${String(k).padStart(2, "0")}`, "infirmier", `pro${k}@exemple.fr`);
    const { meeting: m } = f.draft();
    const page = invitableProfessionals(f.as(f.referent), { meetingId: m.id });
    assert.equal(page.total, 45);
    assert.equal(page.matches.length, PICKER_SIZE);
    assert.equal(page.matches[0].label, "Pro 00");
    const narrowed = invitableProfessionals(f.as(f.referent), { meetingId: m.id, search: "Pro 4" });
    assert.deepEqual(labels(narrowed), ["Pro 40", "Pro 41", "Pro 42", "Pro 43", "Pro 44"]);
  });
});
