import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { deleteAccountSchema, ownNameSchema } from "./profile";

const nameError = (name: string) => {
  const r = ownNameSchema.safeParse({ name });
  return r.success ? null : r.error.issues[0].message;
};

describe("« Prénom et nom »", () => {
  test("a name is required: 2 to 80 characters, letters", () => {
    assert.equal(nameError(""), "Indiquez votre prénom et votre nom.");
    assert.equal(nameError("   "), "Indiquez votre prénom et votre nom.");
    assert.match(nameError("A")!, /au moins 2 caractères/);
    assert.match(nameError("x".repeat(81))!, /80 caractères/);
    assert.match(nameError("Jean 2")!, /sans chiffres ni symboles/);
    assert.match(nameError("<script>")!, /sans chiffres ni symboles/);
    assert.match(nameError("jean@mairie.fr")!, /sans chiffres ni symboles/);
  });

  test("names as people write them, cleaned like every name", () => {
    for (const name of ["Claire Bonnefous", "Jean-Luc d'Arc", "Anne-Marie L’Hôte", "Ægir Ørsted", "Dr. Nguyễn Văn An"]) assert.equal(nameError(name), null, name);
    const r = ownNameSchema.parse({ name: "  Marie\u202E Curie\u0000  ", retour: "/espace" });
    assert.equal(r.name, "Marie Curie");
    assert.equal(ownNameSchema.parse({ name: "Cle\u0301ment Dupont" }).name, "Clément Dupont");
    assert.equal(ownNameSchema.parse({ name: "  Lucie   Fabre " }).name, "Lucie Fabre");
  });
});

describe("« Supprimer mon compte »", () => {
  test("the box must be ticked", () => {
    assert.equal(deleteAccountSchema.safeParse({}).success, false);
    assert.equal(deleteAccountSchema.safeParse({ confirm: false }).success, false);
    assert.equal(deleteAccountSchema.safeParse({ confirm: "on" }).success, true);
    assert.equal(deleteAccountSchema.safeParse({ confirm: true }).success, true);
  });
});
