import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { RsvpAnswer } from "@/lib/domain/enums";
import { INVITEE_PAGE_SIZE, inviteeHref, inviteePage, inviteeQuery } from "./invitee-list";

const ANSWERS: (RsvpAnswer | null)[] = ["oui", "non", "peut_etre", null];
/** 120 invitees, ids 1…120, the answers in turn: oui, non, peut-être, none. */
const all = Array.from({ length: 120 }, (_, k) => ({ id: k + 1, answer: ANSWERS[k % 4] }));

describe("the address of a meeting's list of invitees", () => {
  test("read safely: anything malformed is no filter, the first page, no selection", () => {
    assert.deepEqual(inviteeQuery({}), { answer: null, page: 1, invite: null });
    assert.deepEqual(inviteeQuery({ reponse: "sans_reponse", page: "3", invite: "42" }), { answer: "sans_reponse", page: 3, invite: 42 });
    assert.deepEqual(inviteeQuery({ reponse: "toString", page: "0", invite: "-1" }), { answer: null, page: 1, invite: null });
    assert.deepEqual(inviteeQuery({ reponse: ["non", "oui"], page: "1e3", invite: "12345678901" }), { answer: "non", page: 1, invite: null });
  });

  test("written back relative, a selection standing for its page", () => {
    assert.equal(inviteeHref({}, "liste-invites"), "?#liste-invites");
    assert.equal(inviteeHref({ answer: "oui", page: 2 }, "liste-invites"), "?reponse=oui&page=2#liste-invites");
    assert.equal(inviteeHref({ answer: null, page: 2, invite: 7 }, "invite-7"), "?invite=7#invite-7");
  });
});

describe("the page of the list", () => {
  test(`at most ${INVITEE_PAGE_SIZE} lines; a page past the end is the last`, () => {
    const first = inviteePage(all, { answer: null, page: 1, invite: null });
    assert.equal(first.rows.length, INVITEE_PAGE_SIZE);
    assert.deepEqual([first.page, first.pages, first.total], [1, 3, 120]);
    const last = inviteePage(all, { answer: null, page: 9, invite: null });
    assert.deepEqual([last.page, last.rows.length, last.rows[0].id], [3, 20, 101]);
  });

  test("an answer filter keeps those invitees only; « sans réponse » is no answer", () => {
    const none = inviteePage(all, { answer: "sans_reponse", page: 1, invite: null });
    assert.equal(none.total, 30);
    assert.ok(none.rows.every((r) => r.answer === null));
    assert.equal(inviteePage(all, { answer: "oui", page: 1, invite: null }).rows[1].id, 5);
  });

  test("a selected invitee is on the page that holds them, with the filter if they match it", () => {
    const p = inviteePage(all, { answer: null, page: 1, invite: 77 });
    assert.deepEqual([p.page, p.selected?.id, p.rows.some((r) => r.id === 77)], [2, 77, true]);
    const filtered = inviteePage(all, { answer: "oui", page: 1, invite: 117 });
    assert.deepEqual([filtered.answer, filtered.page, filtered.total], ["oui", 1, 30]);
    const other = inviteePage(all, { answer: "non", page: 1, invite: 117 });
    assert.deepEqual([other.answer, other.page, other.selected?.id], [null, 3, 117]);
    assert.equal(inviteePage(all, { answer: null, page: 2, invite: 999 }).selected, null);
  });
});
