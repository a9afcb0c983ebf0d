import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { calendarContentType, foldCalendar, foldLine, meetingCalendar, partstatOf, unfoldCalendar, type MeetingCalendarInput } from "./calendar";
import { cancellationMail, invitationCalendar, invitationMail, updateMail, type MeetingForMail } from "./meetings/messages";
import { parisToInstant } from "./meetings/schedule";

const at = (day: string, time: string) => {
  const r = parisToInstant(day, time);
  if (!r.ok) throw new Error("bad time");
  return r.instant;
};

const base: MeetingCalendarInput = {
  method: "REQUEST",
  uid: "6f1c-42@boussole",
  sequence: 0,
  title: "Première rencontre — Marvejols",
  startsAt: at("2026-12-03", "18:30"),
  durationMinutes: 90,
  place: "Salle du conseil, mairie; 1er étage",
  description: "Horaire : heure de Paris (Europe/Paris).\nOrdre du jour : 1. Introduction",
  organizer: { name: "Thomas Rouquette", email: "referent@demo.boussole.fr" },
  attendee: { name: "Dr Anne Martin", email: "anne.martin@exemple.fr" },
  url: "https://boussole.exemple.fr/reponse/abc",
  stamp: new Date("2026-11-24T12:00:00Z"),
};

/** The value of a property (first occurrence), parameters included, from the unfolded lines. */
function prop(ics: string, name: string): string | undefined {
  return unfoldCalendar(ics).find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
}

describe("the calendar file of an invitation", () => {
  const ics = meetingCalendar(base);

  test("is an iTIP REQUEST with one event, CRLF line endings and folded lines", () => {
    assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert.equal(prop(ics, "METHOD"), "METHOD:REQUEST");
    assert.equal(prop(ics, "PRODID"), "PRODID:-//Boussole//Reunions//FR");
    assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 1);
    assert.ok(!/[^\r]\n/.test(ics), "every line ends with CRLF");
    for (const line of ics.split("\r\n")) assert.ok(Buffer.byteLength(line, "utf8") <= 75, line);
  });

  test("Paris 18:30 in December is written 17:30 UTC, the end 90 minutes later", () => {
    assert.equal(prop(ics, "DTSTART"), "DTSTART:20261203T173000Z");
    assert.equal(prop(ics, "DTEND"), "DTEND:20261203T190000Z");
    assert.equal(prop(ics, "DTSTAMP"), "DTSTAMP:20261124T120000Z");
  });

  test("Paris 18:30 in summer is 16:30 UTC", () => {
    const summer = meetingCalendar({ ...base, startsAt: at("2027-06-10", "18:30"), durationMinutes: 60 });
    assert.equal(prop(summer, "DTSTART"), "DTSTART:20270610T163000Z");
    assert.equal(prop(summer, "DTEND"), "DTEND:20270610T173000Z");
  });

  test("the day after the spring change keeps the wall-clock time", () => {
    const ics2 = meetingCalendar({ ...base, startsAt: at("2027-03-28", "18:30") });
    assert.equal(prop(ics2, "DTSTART"), "DTSTART:20270328T163000Z");
  });

  test("UID, SEQUENCE, organiser, attendee, status and the personal link", () => {
    assert.equal(prop(ics, "UID"), "UID:6f1c-42@boussole");
    assert.equal(prop(ics, "SEQUENCE"), "SEQUENCE:0");
    assert.equal(prop(ics, "STATUS"), "STATUS:CONFIRMED");
    assert.match(prop(ics, "ORGANIZER")!, /CN="Thomas Rouquette":MAILTO:referent@demo\.boussole\.fr$/);
    assert.match(prop(ics, "ATTENDEE")!, /CN="Dr Anne Martin":mailto:anne\.martin@exemple\.fr$/);
    assert.match(prop(ics, "ATTENDEE")!, /RSVP=FALSE/);
    assert.match(prop(ics, "ATTENDEE")!, /;ROLE=REQ-PARTICIPANT;/);
    assert.equal(prop(ics, "URL"), "URL:https://boussole.exemple.fr/reponse/abc");
  });

  test("text values are escaped (commas, semicolons, new lines)", () => {
    assert.equal(prop(ics, "LOCATION"), "LOCATION:Salle du conseil\\, mairie\\; 1er étage");
    assert.equal(prop(ics, "DESCRIPTION"), "DESCRIPTION:Horaire : heure de Paris (Europe/Paris).\\nOrdre du jour : 1. Introduction");
  });

  test("the attachment's MIME type repeats the method", () => {
    assert.equal(calendarContentType("REQUEST"), "text/calendar; method=REQUEST; charset=utf-8");
    assert.equal(calendarContentType("CANCEL"), "text/calendar; method=CANCEL; charset=utf-8");
  });
});

/** The physical lines of a file (CRLF removed), and their sizes in octets. */
const physicalLines = (ics: string) => ics.split("\r\n").filter(Boolean);
const bytes = (s: string) => Buffer.byteLength(s, "utf8");

describe("folding at 75 octets (RFC 5545 §3.1)", () => {
  const accented = "DESCRIPTION:Réunion à l'hôtel de ville — élus\\, fédération\\, infirmier·ères\\, kinésithérapeutes\\, sages-femmes : échanges ouverts sur l'accès aux soins 🩺 à Saint-Étienne-du-Grès";

  test("a long line of accented text: every physical line at most 75 octets, continuations start with one space", () => {
    assert.ok(bytes(accented) > 150 && [...accented].length < bytes(accented));
    const lines = foldLine(accented).split("\r\n");
    assert.ok(lines.length >= 3);
    for (const l of lines) assert.ok(bytes(l) <= 75, `${bytes(l)} octets: ${l}`);
    for (const l of lines.slice(1)) assert.match(l, /^ [^ ]?/);
    // As full as allowed: a cut only when the next character would not fit.
    for (const [i, l] of lines.slice(0, -1).entries()) {
      const next = [...lines[i + 1].slice(1)][0];
      assert.ok(bytes(l) + bytes(next) > 75, `line ${i} could have held « ${next} »`);
    }
  });

  test("no character is split: every physical line is valid UTF-8 on its own", () => {
    for (const l of foldLine(accented).split("\r\n")) {
      const raw = Buffer.from(l, "utf8");
      assert.equal(new TextDecoder("utf-8", { fatal: true }).decode(raw), l);
      assert.ok(!l.includes("\uFFFD"));
    }
  });

  test("unfolding gives the original line back", () => {
    assert.deepEqual(unfoldCalendar(`${foldLine(accented)}\r\n`), [accented]);
  });

  test("a line of exactly 75 octets is left alone; 76 octets fold", () => {
    const exact = `SUMMARY:${"é".repeat(33)}a`; // 8 + 66 + 1 = 75 octets
    assert.equal(bytes(exact), 75);
    assert.equal(foldLine(exact), exact);
    const over = `${exact}b`;
    assert.deepEqual(foldLine(over).split("\r\n"), [exact, " b"]);
  });

  test("a two-octet character that would straddle octet 75 goes whole to the next line", () => {
    const line = `SUMMARY:${"a".repeat(66)}é`; // 74 ASCII octets, then "é" (2 octets) would end at 76
    assert.deepEqual(foldLine(line).split("\r\n"), [`SUMMARY:${"a".repeat(66)}`, " é"]);
  });

  test("the package's character-based folding is replaced: the file, accents included, fits in 75 octets a line", () => {
    const ics = meetingCalendar({ ...base, title: `Première rencontre — ${Array(4).fill("Saint-Étienne-de-Lugdarès").join(" ")}`, place: "Salle polyvalente, derrière l'église, à côté de l'école élémentaire « Les Écureuils »" });
    for (const l of physicalLines(ics)) assert.ok(bytes(l) <= 75, `${bytes(l)} octets: ${l}`);
    assert.ok(!/\r\n\t/.test(ics), "continuations start with a space");
    assert.ok(ics.endsWith("END:VCALENDAR\r\n"));
    assert.equal(prop(ics, "SUMMARY"), `SUMMARY:Première rencontre — ${Array(4).fill("Saint-Étienne-de-Lugdarès").join(" ")}`);
  });

  test("refolding a folded file changes nothing", () => {
    const ics = meetingCalendar(base);
    assert.equal(foldCalendar(ics), ics);
  });
});

describe("the invitee's participation status (PARTSTAT)", () => {
  const attendeeLine = (answer: "oui" | "non" | "peut_etre" | null | undefined) => prop(meetingCalendar({ ...base, attendee: { ...base.attendee, answer } }), "ATTENDEE")!;

  test("each answer, as the calendar's status", () => {
    assert.match(attendeeLine("oui"), /;PARTSTAT=ACCEPTED[;:]/);
    assert.match(attendeeLine("non"), /;PARTSTAT=DECLINED[;:]/);
    assert.match(attendeeLine("peut_etre"), /;PARTSTAT=TENTATIVE[;:]/);
  });

  test("no answer yet: NEEDS-ACTION", () => {
    assert.match(attendeeLine(null), /;PARTSTAT=NEEDS-ACTION[;:]/);
    assert.match(attendeeLine(undefined), /;PARTSTAT=NEEDS-ACTION[;:]/);
    assert.equal(partstatOf(null), "NEEDS-ACTION");
  });

  test("one PARTSTAT, on the attendee's line only", () => {
    const ics = unfoldCalendar(meetingCalendar({ ...base, attendee: { ...base.attendee, answer: "oui" } }));
    assert.deepEqual(
      ics.filter((l) => l.includes("PARTSTAT=")).map((l) => l.split(/[;:]/)[0]),
      ["ATTENDEE"],
    );
  });
});

describe("updates and cancellation of the same meeting", () => {
  const meeting: MeetingForMail = {
    title: "Première rencontre avec les professionnels de santé",
    kind: "premiere",
    startsAt: at("2026-12-03", "18:30"),
    durationMinutes: 90,
    place: "Salle du conseil municipal",
    icsUid: "6f1c-42@boussole",
    icsSequence: 0,
    communeName: "Marvejols",
    federationName: "Fécop",
    organizer: { name: "Thomas Rouquette", email: "referent@demo.boussole.fr" },
    agenda: [
      { title: "Introduction", durationMinutes: 10, leader: "Maire" },
      { title: "Tour de table des professionnels", durationMinutes: 25, leader: "Professionnels" },
    ],
  };
  const to = { name: "Dr Anne Martin", email: "anne.martin@exemple.fr", answer: "oui" as const };
  const p = { baseUrl: "https://boussole.exemple.fr", token: "T".repeat(43) };

  const invitation = invitationMail(meeting, to, { ...p, inviter: "Thomas Rouquette" }).attachments[0];
  const moved = { ...meeting, startsAt: at("2026-12-10", "19:00"), place: "Salle des fêtes", icsSequence: 1 };
  const update = updateMail(moved, to, { ...p, editor: "Inès Benali", before: meeting }).attachments[0];
  const cancel = cancellationMail({ ...moved, icsSequence: 2 }, to, { canceller: "Claire Fabre", reason: null }).attachments[0];

  test("the invitation's file: REQUEST, the personal link, the Paris time in the description", () => {
    assert.equal(invitation.contentType, "text/calendar; method=REQUEST; charset=utf-8");
    assert.equal(invitation.filename, "reunion.ics");
    const desc = prop(invitation.content, "DESCRIPTION")!;
    assert.match(desc, /jeudi 3 décembre 2026\\, de 18 h 30 à 20 h 00\\, heure de Paris \(Europe\/Paris\)/);
    assert.match(desc, /https:\/\/boussole\.exemple\.fr\/reponse\/T{43}/);
    assert.match(desc, /1\. Introduction — 10 min \(Maire\)/);
  });

  test("the UID is stable across the update and the cancellation; SEQUENCE grows", () => {
    for (const a of [invitation, update, cancel]) assert.equal(prop(a.content, "UID"), "UID:6f1c-42@boussole");
    assert.deepEqual(
      [invitation, update, cancel].map((a) => prop(a.content, "SEQUENCE")),
      ["SEQUENCE:0", "SEQUENCE:1", "SEQUENCE:2"],
    );
  });

  test("the invitee's answer travels with their file: ACCEPTED for « oui », NEEDS-ACTION without an answer", () => {
    assert.match(prop(update.content, "ATTENDEE")!, /;PARTSTAT=ACCEPTED;/);
    assert.match(prop(cancel.content, "ATTENDEE")!, /;PARTSTAT=ACCEPTED;/);
    const unanswered = invitationMail(meeting, { ...to, answer: null }, { ...p, inviter: "Thomas Rouquette" }).attachments[0];
    assert.match(prop(unanswered.content, "ATTENDEE")!, /;PARTSTAT=NEEDS-ACTION;/);
    assert.match(prop(invitationCalendar(meeting, { ...to, answer: "peut_etre" }, "https://boussole.exemple.fr/reponse/x").content, "ATTENDEE")!, /;PARTSTAT=TENTATIVE;/);
  });

  test("the update carries the new time and place", () => {
    assert.equal(prop(update.content, "METHOD"), "METHOD:REQUEST");
    assert.equal(prop(update.content, "DTSTART"), "DTSTART:20261210T180000Z");
    assert.equal(prop(update.content, "LOCATION"), "LOCATION:Salle des fêtes");
  });

  test("the cancellation is METHOD:CANCEL, STATUS:CANCELLED, without the personal link", () => {
    assert.equal(cancel.contentType, "text/calendar; method=CANCEL; charset=utf-8");
    assert.equal(cancel.filename, "annulation-reunion.ics");
    assert.equal(prop(cancel.content, "METHOD"), "METHOD:CANCEL");
    assert.equal(prop(cancel.content, "STATUS"), "STATUS:CANCELLED");
    assert.equal(prop(cancel.content, "URL"), undefined);
    assert.doesNotMatch(cancel.content, /reponse\//);
  });

  test("the e-mails say who sends them and why", () => {
    const inv = invitationMail(meeting, to, { ...p, inviter: "Thomas Rouquette" }).content;
    assert.match(inv.subject, /^Invitation : Première rencontre avec les professionnels de santé — Marvejols, jeudi 3 décembre à 18 h 30$/);
    assert.match(inv.intro, /^Thomas Rouquette vous invite, pour la commune de Marvejols et la Fécop/);
    assert.equal(inv.action?.url, `https://boussole.exemple.fr/reponse/${"T".repeat(43)}`);
    const upd = updateMail(moved, to, { ...p, editor: "Inès Benali", before: meeting }).content;
    assert.equal(
      upd.paragraphs![0],
      "Nouvel horaire : jeudi 10 décembre 2026, de 19 h 00 à 20 h 30, heure de Paris\n(au lieu de : jeudi 3 décembre 2026, de 18 h 30 à 20 h 00)\n\nNouveau lieu : Salle des fêtes\n(au lieu de : Salle du conseil municipal)",
    );
    assert.match(upd.paragraphs![1], /Votre réponse actuelle : « Oui »/);
  });
});
