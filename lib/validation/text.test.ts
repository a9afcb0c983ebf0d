import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { cleanLine, cleanMultilineText, cleanSingleLine, cleanText } from "./text";
import * as z from "zod/mini";
import { longText, personNameField } from "./common";
import { createNoteSchema, lineSchema } from "./inventory";
import { agendaItemSchema, cancelMeetingSchema, pastedInviteesSchema, typedInviteeSchema } from "./meetings";
import { designateReferentSchema } from "./workspace";
import { inviteMemberSchema } from "./federation";

const NOTE_THEME = "besoins";

describe("cleaning human text", () => {
  test("bidi overrides, isolates and marks are removed", () => {
    assert.equal(cleanSingleLine("Marie\u202Etxt"), "Marietxt");
    assert.equal(cleanSingleLine("\u2066a\u2069\u200Eb\u200F\u061Cc\u202A\u202B\u202C\u202D"), "abc");
  });
  test("control characters are removed", () => {
    assert.equal(cleanSingleLine("a\u0000b"), "ab");
    assert.equal(cleanSingleLine("a\u0007\u001B[31mb\u007F\u0085c\u009F"), "a[31mb c");
    assert.equal(cleanMultilineText("a\u0000b\u000Bc\u000Cd"), "abcd");
  });
  test("NFC: a decomposed letter is stored precomposed", () => {
    assert.equal(cleanSingleLine("e\u0301"), "é");
    assert.equal(cleanSingleLine("Ele\u0301onore"), "Eléonore");
    assert.equal(cleanMultilineText("e\u0000\u0301"), "é");
  });
  test("a single line turns its line breaks into one space", () => {
    assert.equal(cleanSingleLine("Réunion\r\npublique"), "Réunion publique");
    assert.equal(cleanSingleLine("Réunion \r\n\r\n publique"), "Réunion publique");
    assert.equal(cleanSingleLine("a\rb\nc\u2028d\u2029e\u0085f"), "a b c d e f");
    assert.equal(cleanSingleLine("a\tb"), "a b");
  });
  test("multi-line text keeps its line breaks (as \\n), tabs become spaces", () => {
    assert.equal(cleanMultilineText("Ligne 1\r\nLigne 2\rLigne 3\n\nFin"), "Ligne 1\nLigne 2\nLigne 3\n\nFin");
    assert.equal(cleanMultilineText("a\tb"), "a b");
    assert.equal(cleanMultilineText("  \n texte \n "), "texte");
  });
  test("ordinary French text is unchanged", () => {
    const s = "L’Hôpital-Saint-Blaise — « Œuvre » : 100 % ; ça va ? 😀";
    assert.equal(cleanSingleLine(s), s);
    assert.equal(cleanMultilineText(s), s);
  });
  test("the zod helpers clean before counting", () => {
    const required = cleanLine("Indiquez le titre.").check(z.minLength(1, "Le titre est obligatoire."), z.maxLength(3, "Trop long."));
    assert.equal(required.safeParse("   ").error?.issues[0].message, "Le titre est obligatoire.");
    assert.equal(required.safeParse("\u202E\u0000 ").error?.issues[0].message, "Le titre est obligatoire.");
    assert.equal(required.safeParse(3).error?.issues[0].message, "Indiquez le titre.");
    assert.equal(required.parse(" a\u202Ebc "), "abc");
    assert.equal(required.safeParse("abcd").error?.issues[0].message, "Trop long.");
    assert.equal(cleanText().parse("a\r\nb"), "a\nb");
  });
});

describe("the schemas' human text fields are cleaned", () => {
  test("names", () => {
    assert.equal(personNameField.parse("  Marie\u202E Dupont\u0000 "), "Marie Dupont");
    assert.equal(personNameField.safeParse(" \u202E ").error?.issues[0].message, "Indiquez le prénom et le nom.");
    assert.equal(inviteMemberSchema.parse({ federationId: "f", name: "Ane\u0301\r\nLe Gall", email: "a@b.fr", role: "admin" }).name, "Ané Le Gall");
  });
  test("the referent's name as stored (the transform reads the cleaned value)", () => {
    const out = designateReferentSchema.parse({ code: "48092", kind: "elu", eluName: "Jean\u202E Martin\n", eluEmail: "j@m.fr" });
    assert.equal(out.people[0].name, "Jean Martin");
  });
  test("long texts keep their line breaks, and a blank one is still required", () => {
    const message = longText("Le message", 100);
    assert.equal(message.parse("Bonjour,\r\n\r\nMerci\u0000."), "Bonjour,\n\nMerci.");
    assert.equal(message.safeParse(" \u200F\n ").error?.issues[0].message, "Le message est obligatoire.");
    assert.equal(cancelMeetingSchema.parse({ code: "48092", meetingId: "1", version: "1", reason: "Reportée\u202E\r\nDésolé" }).reason, "Reportée\nDésolé");
  });
  test("a meeting's agenda item: single-line title and leader, multi-line questions", () => {
    const item = agendaItemSchema.parse({ title: "Accueil\r\net tour de table", durationMinutes: "10", leader: "Le\u202Emaire", questions: "Qui ?\nQuand ?" });
    assert.equal(item.title, "Accueil et tour de table");
    assert.equal(item.leader, "Lemaire");
    assert.equal(item.questions, "Qui ?\nQuand ?");
  });
  test("an invitee typed or pasted", () => {
    const typed = typedInviteeSchema.parse({ code: "48092", meetingId: "1", name: "Paul\u2066 Durand", profession: "autre", professionOther: "Ostéo\u0000pathe", email: "p@d.fr" });
    assert.equal(typed.name, "Paul Durand");
    assert.equal(typed.professionOther, "Ostéopathe");
    const pasted = pastedInviteesSchema.parse({ code: "48092", meetingId: "1", emails: "Zoé\u202E Roux <z@r.fr>\r\nb@c.fr" });
    assert.deepEqual(pasted.list.people, [{ email: "z@r.fr", name: "Zoé Roux" }, { email: "b@c.fr", name: null }]);
  });
  test("an inventory note keeps its \\n", () => {
    const note = createNoteSchema.parse({ code: "48092", theme: NOTE_THEME, text: "Premier point\r\nSecond\u202E point", tags: [] });
    assert.equal(note.text, "Premier point\nSecond point");
    assert.match(createNoteSchema.safeParse({ code: "48092", theme: NOTE_THEME, text: " \u0000\u202E ", tags: [] }).error?.issues[0].message ?? "", /Écrivez la note/);
  });
  test("a professional's line (the form and the CSV import)", () => {
    const line = lineSchema.parse({
      code: "48092",
      profession: "autre",
      professionOther: "Ostéopathe\u202E",
      anonymous: false,
      name: "Dr Marie\u202Etxt\r\nMartin",
      practiceLocation: "commune",
      practiceCommuneCode: "",
      practiceForm: "isole",
      ageBracket: "inconnu",
      departure: "inconnu",
      interest: "non_sollicite",
      email: "",
      phone: "",
      note: "Ligne 1\r\nLigne\u0000 2",
    });
    assert.equal(line.name, "Dr Marietxt Martin");
    assert.equal(line.professionOther, "Ostéopathe");
    assert.equal(line.note, "Ligne 1\nLigne 2");
  });
});
