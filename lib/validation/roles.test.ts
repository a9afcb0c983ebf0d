import { test } from "node:test";
import assert from "node:assert/strict";
import { zodFieldErrors } from "@/lib/actions/core";
import { createPartnerContactSchema, deletePartnerContactSchema, responsibilitySchema, updatePartnerContactSchema } from "./roles";

const contact = (over: Record<string, string> = {}) => ({ code: "48092", actor: "ars", organisation: "ARS — délégation de la Lozère", personName: "", position: "", email: "", phone: "", note: "", ...over });
const errors = (r: { success: boolean; error?: Parameters<typeof zodFieldErrors>[0] }) => (r.success ? {} : zodFieldErrors(r.error!));

test("a contact: the organisation alone is enough; optional fields become null, the phone grouped, the e-mail lower-cased", () => {
  const min = createPartnerContactSchema.parse(contact());
  assert.deepEqual(min.contact, { actor: "ars", organisation: "ARS — délégation de la Lozère", personName: null, position: null, email: null, phone: null, note: null });
  const full = createPartnerContactSchema.parse(contact({ email: " Anne.Exemple@Exemple.FR ", phone: "+33466000000", personName: " Anne  Exemple " }));
  assert.equal(full.contact.email, "anne.exemple@exemple.fr");
  assert.equal(full.contact.phone, "04 66 00 00 00");
  assert.equal(full.contact.personName, "Anne  Exemple");
});

test("a contact's mistakes, each with its French message beside its field", () => {
  assert.deepEqual(errors(createPartnerContactSchema.safeParse(contact({ organisation: " ", email: "anne@", phone: "12", actor: "commune" }))), {
    actor: "Choisissez le type de partenaire dans la liste.",
    organisation: "Indiquez l'organisme, par exemple « Délégation départementale de l'ARS ».",
    email: "Indiquez une adresse e-mail valide, par exemple prenom.nom@ars.sante.fr.",
    phone: "Indiquez un numéro de téléphone à 10 chiffres, par exemple 04 66 32 00 00.",
  });
});

test("hidden references: an id or version that is not a number is refused", () => {
  assert.equal(updatePartnerContactSchema.safeParse(contact({ id: "abc", version: "1" })).success, false);
  assert.equal(updatePartnerContactSchema.safeParse(contact({ id: "3", version: "0" })).success, false);
  assert.equal(deletePartnerContactSchema.safeParse({ code: "48092", id: "3", version: "2" }).success, true);
});

test("responsibilities: an unknown actor is refused; version 0 is a first text; the text is cleaned", () => {
  assert.deepEqual(errors(responsibilitySchema.safeParse({ code: "48092", actor: "mairie", version: "0", text: "x" })), { actor: "Cet acteur n'existe pas : rechargez la page." });
  const ok = responsibilitySchema.parse({ code: "48092", actor: "commune", version: "0", text: " Prêter la salle\r\n- et informer \u202E " });
  assert.deepEqual(ok, { code: "48092", actor: "commune", version: 0, text: "Prêter la salle\n- et informer" });
});
