import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { synthesisContentOf, synthesisSchema } from "./synthesis";

const base = { code: "48092", meetingId: "1", version: "0", agendaIds: "11,12", note0: "Accueil", note1: "", leads: "" };

function issues(input: Record<string, unknown>) {
  const r = synthesisSchema.safeParse({ ...base, ...input });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("the synthesis form", () => {
  it("maps each note to its agenda item, cleans the leads, reads the checkboxes as posted or as booleans", () => {
    const v = synthesisSchema.parse({ ...base, note1: "Tour de table\u202E", leads: "- Un secrétariat\n\n2) Des locaux\nun secrétariat", followUpMeeting: "on", followUpDate: "2027-01-20", followUpSupport: false });
    const c = synthesisContentOf(v);
    assert.deepEqual(c.agenda, [
      { agendaItemId: 11, title: "", text: "Accueil" },
      { agendaItemId: 12, title: "", text: "Tour de table" },
    ]);
    assert.deepEqual(c.leads, ["Un secrétariat", "Des locaux"]);
    assert.deepEqual(c.followUp, { meeting: true, meetingOn: "2027-01-20", support: false, other: "" });
    assert.equal(v.intent, "enregistrer");
  });
  it("a proposed date needs the new meeting ticked", () => {
    assert.match(issues({ followUpDate: "2027-01-20" }).followUpMeeting, /Cochez « Une nouvelle réunion »/);
  });
  it("refuses more than 20 leads, a lead over 300 characters, a date that does not exist", () => {
    assert.match(issues({ leads: Array.from({ length: 21 }, (_, i) => `piste ${i}`).join("\n") }).leads, /20 pistes au plus/);
    assert.match(issues({ leads: "x".repeat(301) }).leads, /300 caractères au plus/);
    assert.ok(issues({ followUpMeeting: true, followUpDate: "2027-02-30" }).followUpDate);
  });
  it("refuses a tampered agenda list and an unknown intent", () => {
    assert.ok(issues({ agendaIds: "1;DROP" }).agendaIds);
    assert.ok(issues({ intent: "supprimer" }).intent);
  });
  it("refuses a note over 10,000 characters", () => {
    assert.match(issues({ note0: "x".repeat(10_001) }).note0, /10\s000 caractères/);
  });
});
