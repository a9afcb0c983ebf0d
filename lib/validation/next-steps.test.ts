import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { zodFieldErrors } from "@/lib/actions/core";
import { createNextStepSchema, deleteNextStepSchema, nextStepStatusSchema, updateNextStepSchema } from "./next-steps";

/** Thousands as French writes them (a narrow no-break space). */
const fr = (n: number) => n.toLocaleString("fr-FR");

const valid = () => ({ code: "48092", title: "Réunir les infirmières", details: "", owner: "acteur:ars", dueOn: "2026-12-15" });

function errors(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, input: unknown) {
  const r = schema.safeParse(input);
  assert.equal(r.success, false, "should be refused");
  return zodFieldErrors(r.error as never);
}

describe("adding a next step", () => {
  test("a valid step: owner parsed, title and details cleaned, no meeting", () => {
    const r = createNextStepSchema.safeParse({ ...valid(), title: "  Réunir\u202E les\n infirmières ", details: " Avec la CPTS \r\n puis l'ARS " });
    assert.ok(r.success, JSON.stringify(r.error?.issues));
    assert.deepEqual(r.data, {
      code: "48092",
      meetingId: null,
      lead: null,
      step: { title: "Réunir les infirmières", details: "Avec la CPTS \n puis l'ARS", owner: { kind: "acteur", actor: "ars" }, dueOn: "2026-12-15" },
    });
  });

  test("from a synthesis's lead: the meeting's id as a number, the lead kept on one line", () => {
    const r = createNextStepSchema.safeParse({ ...valid(), owner: "membre:abc-123", meetingId: "12", lead: " Un local\npartagé " });
    assert.ok(r.success);
    assert.equal(r.data.meetingId, 12);
    assert.equal(r.data.lead, "Un local partagé");
    assert.deepEqual(r.data.step.owner, { kind: "membre", userId: "abc-123" });
  });

  test("every owner kind is read; a malformed or unknown one is refused", () => {
    assert.deepEqual(createNextStepSchema.parse({ ...valid(), owner: "invite:7" }).step.owner, { kind: "invite", inviteeId: 7 });
    assert.deepEqual(createNextStepSchema.parse({ ...valid(), owner: "professionnel:9" }).step.owner, { kind: "professionnel", professionalId: 9 });
    for (const owner of ["acteur:inconnu", "invite:abc", "invite:0", "membre:", "chef:1", "ars", "membre:a b"]) {
      assert.equal(errors(createNextStepSchema, { ...valid(), owner }).owner, "Choisissez qui s'en charge dans la liste.", owner);
    }
  });

  test("without owner: « Choisissez qui s'en charge. »", () => {
    assert.equal(errors(createNextStepSchema, { ...valid(), owner: "" }).owner, "Choisissez qui s'en charge.");
    const { owner: _owner, ...rest } = valid();
    assert.equal(errors(createNextStepSchema, rest).owner, "Choisissez qui s'en charge.");
  });

  test("a title of blanks, too short or too long; details too long", () => {
    assert.equal(errors(createNextStepSchema, { ...valid(), title: " \u200F  " }).title, "Donnez un intitulé à la prochaine étape (3 caractères au moins).");
    assert.equal(errors(createNextStepSchema, { ...valid(), title: "ab" }).title, "Donnez un intitulé à la prochaine étape (3 caractères au moins).");
    assert.equal(errors(createNextStepSchema, { ...valid(), title: "x".repeat(201) }).title, "L'intitulé ne peut pas dépasser 200 caractères.");
    assert.ok(createNextStepSchema.safeParse({ ...valid(), title: "x".repeat(200) }).success);
    assert.equal(errors(createNextStepSchema, { ...valid(), details: "x".repeat(2001) }).details, `Les précisions ne peuvent pas dépasser ${fr(2000)} caractères.`);
  });

  test("a due date missing, malformed or impossible", () => {
    assert.equal(errors(createNextStepSchema, { ...valid(), dueOn: "" }).dueOn, "Indiquez une date.");
    assert.equal(errors(createNextStepSchema, { ...valid(), dueOn: "15/12/2026" }).dueOn, "Indiquez une date au format jj/mm/aaaa.");
    assert.equal(errors(createNextStepSchema, { ...valid(), dueOn: "2026-02-30" }).dueOn, "Cette date n'existe pas.");
  });

  test("a tampered meeting id is refused for the whole form, with the fields' errors at once", () => {
    const e = errors(createNextStepSchema, { ...valid(), meetingId: "12; drop", owner: "" });
    assert.equal(e._form, "Cette réunion n'existe pas ou plus : rechargez la page.");
    assert.equal(e.owner, "Choisissez qui s'en charge.");
    assert.equal(errors(createNextStepSchema, { ...valid(), lead: "x".repeat(1001) })._form, `La piste reprise de la synthèse est trop longue (${fr(1000)} caractères au plus).`);
  });
});

describe("editing, changing the status, deleting", () => {
  test("edit: the step's id and version as numbers", () => {
    const r = updateNextStepSchema.parse({ ...valid(), nextStepId: "4", version: "2" });
    assert.equal(r.nextStepId, 4);
    assert.equal(r.version, 2);
    assert.equal(r.step.title, "Réunir les infirmières");
  });

  test("a missing or tampered id or version is refused for the whole form", () => {
    assert.equal(errors(updateNextStepSchema, { ...valid(), nextStepId: "x", version: "1" })._form, "Cette prochaine étape n'existe pas ou plus : rechargez la page.");
    assert.equal(errors(updateNextStepSchema, { ...valid(), nextStepId: "3" })._form, "Rechargez la page : la version de cette prochaine étape manque.");
    assert.equal(errors(deleteNextStepSchema, { code: "48092", nextStepId: "-1", version: "1" })._form, "Cette prochaine étape n'existe pas ou plus : rechargez la page.");
  });

  test("status: one of the four; anything else is refused beside the field", () => {
    assert.deepEqual(nextStepStatusSchema.parse({ code: "48092", nextStepId: "3", version: "1", status: "fait" }), { code: "48092", nextStepId: 3, version: 1, status: "fait" });
    assert.equal(errors(nextStepStatusSchema, { code: "48092", nextStepId: "3", version: "1", status: "termine" }).status, "Choisissez un statut dans la liste.");
  });
});
