import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { todayInParis } from "@/lib/dates";
import { kitAgenda } from "@/lib/meetings/agenda";
import { zodFieldErrors } from "@/lib/actions/core";
import { meetingFormDataSchema, meetingSchema, nestDottedKeys, pastedInviteesSchema, rsvpSchema, typedInviteeSchema } from "./meetings";

const dayFromToday = (n: number) => {
  const [y, m, d] = todayInParis().split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

const valid = () => ({
  code: "48092",
  title: "Première rencontre",
  kind: "premiere",
  date: dayFromToday(10),
  time: "18:30",
  durationMinutes: "90",
  place: "Salle du conseil",
  preparerIds: ["u1"],
  agenda: kitAgenda().map((a) => ({ ...a, durationMinutes: String(a.durationMinutes) })),
});

function errors(input: unknown, schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } } = meetingSchema) {
  const r = schema.safeParse(input);
  assert.equal(r.success, false, "should be refused");
  return zodFieldErrors(r.error as never);
}

describe("the meeting form", () => {
  test("a valid meeting gives the Paris instant and numbers", () => {
    const r = meetingSchema.safeParse(valid());
    assert.ok(r.success, JSON.stringify(r.error?.issues));
    assert.equal(r.data.durationMinutes, 90);
    assert.equal(r.data.agenda[1].durationMinutes, 25);
    assert.equal(r.data.meetingId, null);
    assert.deepEqual(r.data.preparerIds, ["u1"]);
    assert.ok(r.data.startsAt.getTime() > Date.now());
  });

  test("a date before today", () => {
    assert.equal(errors({ ...valid(), date: dayFromToday(-1) }).date, "Choisissez une date à partir d'aujourd'hui : la réunion ne peut pas avoir lieu dans le passé.");
  });

  test("today, at an hour already past", () => {
    const r = meetingSchema.safeParse({ ...valid(), date: todayInParis(), time: "00:00" });
    // Only wrong if it is not exactly midnight in Paris, which is always the case while tests run.
    assert.equal(r.success, false);
    assert.equal(zodFieldErrors(r.error!).time, "Cette heure est déjà passée : choisissez une heure à venir.");
  });

  test("a duration of 0, over 4 hours, or not a number", () => {
    assert.equal(errors({ ...valid(), durationMinutes: "0" }).durationMinutes, "La réunion dure au moins 15 minutes.");
    assert.equal(errors({ ...valid(), durationMinutes: "241" }).durationMinutes, "La réunion ne peut pas dépasser 4 heures (240 minutes).");
    assert.equal(errors({ ...valid(), durationMinutes: "1h30" }).durationMinutes, "Indiquez la durée en minutes.");
    assert.equal(errors({ ...valid(), durationMinutes: "90.5" }).durationMinutes, "Indiquez la durée en minutes entières.");
  });

  test("an empty place", () => {
    assert.equal(errors({ ...valid(), place: "   " }).place, "Indiquez le lieu : une salle municipale, une adresse ou un lien de visioconférence.");
  });

  test("an agenda item of 0 minutes, untitled, or without a leader — reported on that item", () => {
    const agenda = valid().agenda;
    agenda[2] = { ...agenda[2], durationMinutes: "0" };
    agenda[3] = { ...agenda[3], title: " ", leader: "" };
    const e = errors({ ...valid(), agenda });
    assert.equal(e["agenda.2.durationMinutes"], "Un point de l'ordre du jour dure au moins 1 minute.");
    assert.equal(e["agenda.3.title"], "Donnez un intitulé à ce point.");
    assert.equal(e["agenda.3.leader"], "Indiquez qui anime ce point (maire, fédération…).");
  });

  test("an empty agenda, no preparer", () => {
    const e = errors({ ...valid(), agenda: [], preparerIds: [] });
    assert.equal(e.agenda, "L'ordre du jour doit compter au moins un point.");
    assert.equal(e.preparerIds, "Choisissez au moins une personne qui prépare la réunion.");
  });

  test("an hour skipped by the change to summer time", () => {
    // 28 March 2027 is the last Sunday of March.
    if (todayInParis() < "2027-03-28") {
      assert.equal(errors({ ...valid(), date: "2027-03-28", time: "02:30" }).time, "Cette heure n'existe pas le 28 mars 2027 (passage à l'heure d'été) : choisissez-en une autre.");
    }
  });

  test("the agenda total outside 60–90 minutes is a warning, never a refusal", () => {
    const agenda = valid().agenda.map((a) => ({ ...a, durationMinutes: "60" }));
    assert.ok(meetingSchema.safeParse({ ...valid(), agenda }).success);
  });

  test("the server reads the same form from FormData's flat keys", () => {
    const flat: Record<string, string | string[]> = { ...valid(), agenda: [] as never } as never;
    delete flat.agenda;
    valid().agenda.forEach((a, i) => {
      for (const [k, v] of Object.entries(a)) flat[`agenda.${i}.${k}`] = v;
    });
    flat.preparerIds = "u1";
    const r = meetingFormDataSchema.safeParse(flat);
    assert.ok(r.success, JSON.stringify(r.error?.issues));
    assert.deepEqual(r.data.agenda.map((a) => a.title), kitAgenda().map((a) => a.title));
    assert.deepEqual(r.data.preparerIds, ["u1"]);
  });
});

describe("nestDottedKeys", () => {
  test("lists of objects from dotted keys, other keys kept, holes filled", () => {
    assert.deepEqual(nestDottedKeys({ a: "1", "items.1.x": "b", "items.0.x": "a", "items.0.y": ["c", "d"] }), {
      a: "1",
      items: [{ x: "a", y: "c" }, { x: "b" }],
    });
    assert.deepEqual(nestDottedKeys({ "items.2.x": "c" }), { items: [{}, {}, { x: "c" }] });
    assert.equal(nestDottedKeys(null), null);
  });

  test("prototype keys are plain keys", () => {
    const out = nestDottedKeys({ "__proto__.0.x": "1", "constructor.0.x": "2" }) as Record<string, unknown>;
    assert.equal(({} as Record<string, unknown>).x, undefined);
    assert.equal(Object.getPrototypeOf(out), Object.prototype);
  });
});

describe("invitees", () => {
  const ref = { code: "48092", meetingId: "3" };

  test("pasted addresses: each invalid one reported by itself, in one message", () => {
    const e = errors({ ...ref, emails: "a@x.fr, jean.dupont@, b@x.fr; n'importe quoi" }, pastedInviteesSchema);
    assert.equal(e.emails, "Ces 3 adresses ne sont pas valides :\n« jean.dupont@ »\n« n'importe »\n« quoi »");
    assert.equal(errors({ ...ref, emails: "x@" }, pastedInviteesSchema).emails, "Cette adresse n'est pas valide :\n« x@ »");
    assert.equal(errors({ ...ref, emails: " ; " }, pastedInviteesSchema).emails, "Collez au moins une adresse e-mail.");
  });

  test("pasted addresses: duplicates merged", () => {
    const r = pastedInviteesSchema.safeParse({ ...ref, emails: "a@x.fr\nA@x.fr, b@x.fr" });
    assert.ok(r.success);
    assert.deepEqual(r.data.list.people.map((p) => p.email), ["a@x.fr", "b@x.fr"]);
    assert.deepEqual(r.data.list.duplicates, ["a@x.fr"]);
  });

  test("a typed invitee: invalid e-mail, unknown profession, 'autre' without its label", () => {
    const e = errors({ ...ref, name: "A", profession: "sorcier", email: "pas-une-adresse" }, typedInviteeSchema);
    assert.equal(e.name, "Indiquez le prénom et le nom.");
    assert.equal(e.profession, "Choisissez une profession dans la liste.");
    assert.equal(e.email, "Indiquez une adresse e-mail valide, par exemple prenom.nom@mairie.fr.");
    assert.equal(errors({ ...ref, name: "Anne Martin", profession: "autre", email: "a@x.fr" }, typedInviteeSchema).professionOther, "Précisez la profession.");
  });
});

describe("the answer", () => {
  test("Oui, Non or Peut-être is required; round-table answers are optional but bounded", () => {
    assert.equal(errors({ token: "t" }, rsvpSchema).answer, "Choisissez Oui, Non ou Peut-être.");
    assert.equal(errors({ token: "t", answer: "non_merci" }, rsvpSchema).answer, "Choisissez Oui, Non ou Peut-être.");
    assert.match(errors({ token: "t", answer: "oui", difficulties: "x".repeat(2001) }, rsvpSchema).difficulties, /^Cette réponse ne peut pas dépasser 2\s000 caractères\.$/);
    const ok = rsvpSchema.safeParse({ token: "t", answer: "peut_etre" });
    assert.ok(ok.success);
    assert.equal(ok.data.comment, "");
  });
});
