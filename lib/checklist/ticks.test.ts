import { test } from "node:test";
import assert from "node:assert/strict";
import { CHECKLIST_ITEMS } from "./items";
import { isAutomatic } from "./rules";
import { TICKS_WHEN } from "./ticks";

test("every automatic item, and only those, says when it ticks itself", () => {
  assert.deepEqual(
    Object.keys(TICKS_WHEN),
    CHECKLIST_ITEMS.filter((i) => isAutomatic(i.code)).map((i) => i.code),
  );
});
