import { test } from "node:test";
import assert from "node:assert/strict";
import { fileClaimSchema, frenchPhone, transferClaimSchema, rejectClaimSchema } from "./claims";

const claim = (over: Record<string, string> = {}) => ({ code: "34172", name: "Jeanne Martin", role: "Maire", phone: "04 67 00 00 00", message: "Élue en mars.", ...over });
const errors = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

test("a French phone: 10 digits or +33, grouped by two; foreign and short numbers refused", () => {
  assert.equal(frenchPhone("0467000000"), "04 67 00 00 00");
  assert.equal(frenchPhone("+33 6 12 34 56 78"), "06 12 34 56 78");
  assert.equal(frenchPhone("0033467000000"), "04 67 00 00 00");
  assert.equal(frenchPhone("+32 470 12 34 56"), null);
  assert.equal(frenchPhone("04 67"), null);
});

test("a claim: every field required, the phone validated and stored grouped", () => {
  const ok = fileClaimSchema.parse(claim({ phone: "+33467000000", name: "  Jeanne Martin " }));
  assert.equal(ok.phone, "04 67 00 00 00");
  assert.equal(ok.name, "Jeanne Martin");
  assert.deepEqual(errors(fileClaimSchema.safeParse(claim({ name: "", role: " ", phone: "12", message: "" }))), {
    name: "Indiquez le prénom et le nom.",
    role: "Indiquez votre fonction à la mairie, par exemple « Maire » ou « Maire déléguée ».",
    phone: "Indiquez un numéro de téléphone français à 10 chiffres, par exemple 04 66 32 00 00.",
    message: "Le message est obligatoire.",
  });
  assert.deepEqual(errors(fileClaimSchema.safeParse(claim({ phone: "" }))), { phone: "Indiquez un numéro de téléphone où la fédération peut vous rappeler." });
});

test("a transfer needs the explicit check; a refusal needs its reason", () => {
  const base = { federationId: "fecop", claimId: "3", version: "1" };
  assert.match(errors(transferClaimSchema.safeParse(base)).checked, /Cochez cette case/);
  assert.equal(transferClaimSchema.parse({ ...base, checked: "on" }).checked, true);
  assert.equal(errors(rejectClaimSchema.safeParse({ ...base, reason: " " })).reason, "Le motif est obligatoire.");
});
