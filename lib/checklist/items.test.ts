import { test } from "node:test";
import assert from "node:assert/strict";
import { CHECKLIST_ITEMS, CHECKLIST_PHASES, checklistByPhase } from "./items";

test("codes are unique, French snake_case", () => {
  const codes = CHECKLIST_ITEMS.map((i) => i.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const code of codes) assert.match(code, /^[a-z]+(?:_[a-z]+)*$/, code);
  const phases = CHECKLIST_PHASES.map((p) => p.code);
  assert.equal(new Set(phases).size, phases.length);
});

test("phases are ordered and cover the 100 days without gap", () => {
  assert.equal(CHECKLIST_PHASES[0].firstDay, 0);
  assert.equal(CHECKLIST_PHASES.at(-1)!.lastDay, 100);
  for (let i = 1; i < CHECKLIST_PHASES.length; i++) assert.equal(CHECKLIST_PHASES[i].firstDay, CHECKLIST_PHASES[i - 1].lastDay);
  for (const p of CHECKLIST_PHASES) assert.ok(p.firstDay < p.lastDay, p.code);
});

test("each item is due within its phase, and the list goes phase after phase", () => {
  const order = CHECKLIST_PHASES.map((p) => p.code);
  let previous = { phase: 0, dueDay: 0 };
  for (const item of CHECKLIST_ITEMS) {
    const phase = CHECKLIST_PHASES.find((p) => p.code === item.phase);
    assert.ok(phase, item.code);
    assert.ok(item.dueDay > phase.firstDay && item.dueDay <= phase.lastDay, `${item.code}: day ${item.dueDay} in ${phase.code}`);
    const current = { phase: order.indexOf(item.phase), dueDay: item.dueDay };
    assert.ok(current.phase > previous.phase || (current.phase === previous.phase && current.dueDay >= previous.dueDay), item.code);
    previous = current;
  }
});

test("the kit's eleven items: three, four and four by phase, each with a title and an explanation", () => {
  assert.deepEqual(
    checklistByPhase().map((p) => p.items.length),
    [3, 4, 4],
  );
  for (const item of CHECKLIST_ITEMS) {
    assert.ok(item.title.length > 10 && item.explanation.length > 10, item.code);
    assert.doesNotMatch(item.title + item.explanation, /\s$|^\s|\s{2}/, item.code);
  }
});
