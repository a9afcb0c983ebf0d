import { test } from "node:test";
import assert from "node:assert/strict";
import { ITEM_NOT_FOUND, checklistItemSchema, meetingPlaceSchema } from "./checklist";

// A hand-made post may repeat a field (an array) or send something else than text: a form error, never a TypeError.
test("an item form with its hidden references repeated or not text is refused, not thrown", () => {
  for (const raw of [
    { code: "12202", item: ["valoriser_existant", "x"], version: "0", status: "fait" },
    { code: "12202", item: "valoriser_existant", version: ["0", "1"], status: "fait" },
    { code: "12202", item: 42, version: null, status: "fait" },
  ]) {
    const parsed = checklistItemSchema.safeParse(raw);
    assert.equal(parsed.success, false);
    assert.ok(parsed.error!.issues.length > 0);
  }
  const repeated = checklistItemSchema.safeParse({ code: "12202", item: ["valoriser_existant"], version: "0", status: "fait" });
  assert.equal(repeated.error!.issues.some((i) => i.message === ITEM_NOT_FOUND), true);
});

test("a meeting place with its version repeated is refused, not thrown", () => {
  const parsed = meetingPlaceSchema.safeParse({ code: "12202", version: ["0", "1"], meetingPlace: "Salle du conseil" });
  assert.equal(parsed.success, false);
  assert.ok(parsed.error!.issues.some((i) => i.message === "Rechargez la page : la version enregistrée du lieu manque."));
});

test("a well-formed item form still parses", () => {
  const parsed = checklistItemSchema.safeParse({ code: "12202", item: "valoriser_existant", version: "0", status: "fait" });
  assert.equal(parsed.success, true);
});
