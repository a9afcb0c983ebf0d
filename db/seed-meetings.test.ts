import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { addUser, isolateEachTest, testContext, testDatabase } from "./test-support";
import type { Actor, WorkspaceRef } from "./context";
import { workspaceMembers, workspaces } from "./schema";
import { getMeeting } from "./meetings";
import { seedMeetings } from "./seed-meetings";

const { db, sqlite } = testDatabase();
let maire: Actor;
let ws: WorkspaceRef;
before(() => {
  maire = addUser(db, "maire@lyon.fr", "Grégory Doucet");
  ws = db.insert(workspaces).values({ communeCode: "69123", mandateStart: "2026-03-22", createdBy: maire.id }).returning({ id: workspaces.id, communeCode: workspaces.communeCode }).get();
  db.insert(workspaceMembers).values({ workspaceId: ws.id, userId: maire.id, role: "maire" }).run();
});
after(() => sqlite.close());
isolateEachTest(sqlite);

describe("the demo seed", () => {
  test("a first meeting a week away, invitations sent, some answers, one kept e-mail per invitee with its calendar file", () => {
    const now = new Date();
    const seeded = db.transaction((tx) => seedMeetings(tx, ws.id, { maire: maire.id, referent: maire.id, facilitatrice: maire.id }))!;
    const d = getMeeting(testContext(db, ws, maire, now), { meetingId: seeded.id })!;
    assert.equal(d.meeting.status, "invitations_envoyees");
    assert.ok(d.meeting.startsAt.getTime() > now.getTime() + 6 * 24 * 60 * 60 * 1000);
    assert.equal(d.agenda.length, 5);
    assert.ok(d.invitees.some((i) => i.answer === "oui") && d.invitees.some((i) => i.answer === null));
    assert.ok(d.invitees.every((i) => i.tokenHash && i.deliveryStatus === "sent"));
    const kept = sqlite.prepare("select attachments from mail where subject like 'Invitation : %'").all() as { attachments: string }[];
    assert.equal(kept.length, d.invitees.length);
    assert.match(JSON.parse(kept[0].attachments)[0].content, /METHOD:REQUEST/);
  });
});
