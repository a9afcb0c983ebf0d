import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { invitationMail, reminderMail, teamNoticeMail, updateMail, type MeetingForMail } from "@/lib/meetings/messages";
import { referentInvitationMail } from "@/lib/referent/invitation-mail";
import { readingPath, synthesisInviteeMail, synthesisMemberMail } from "@/lib/synthesis/messages";
import { newToken } from "@/lib/tokens";
import { renderMail } from "./render";
import { NOT_KEPT, carriesSecretLink, storedCopy } from "./stored";

const BASE = "https://boussole.example.fr";
const { token } = newToken();
const meeting: MeetingForMail = {
  title: "Première rencontre",
  kind: "premiere_rencontre" as MeetingForMail["kind"],
  startsAt: new Date("2026-11-21T17:30:00Z"),
  durationMinutes: 90,
  place: "Salle du conseil",
  icsUid: "uid@boussole",
  icsSequence: 0,
  communeName: "Marvejols",
  federationName: "Fécop",
  organizer: { name: "Claire Fabre", email: "maire@demo.boussole.fr" },
  agenda: [{ title: "Tour de table", durationMinutes: 20, leader: "" }],
};
const to = { name: "Dr Haddad", email: "k.haddad@example.fr" };
const synthesis = { meetingTitle: "Première rencontre", startsAt: new Date("2026-11-21T17:30:00Z"), communeName: "Marvejols", author: "Inès Benali", leads: [] };

/** Every message built with a personal link: what the mail table would keep of it outside the demo. */
const WITH_LINK: Record<string, { text: string; html: string; attachments?: unknown[] }> = {
  "invitation du référent": renderMail(referentInvitationMail({ inviter: "Claire", communeName: "Marvejols", capacity: "elu" as never, url: `${BASE}/invitation/${token}` })),
  "invitation à une rencontre": { ...renderMail(invitationMail(meeting, to, { inviter: "Claire", baseUrl: BASE, token }).content), attachments: invitationMail(meeting, to, { inviter: "Claire", baseUrl: BASE, token }).attachments },
  "rappel de rencontre": renderMail(reminderMail(meeting, to, { inviter: "Claire", baseUrl: BASE, token }).content),
  "rencontre modifiée": renderMail(updateMail(meeting, to, { editor: "Claire", baseUrl: BASE, token, before: { startsAt: meeting.startsAt, durationMinutes: 60, place: "Mairie" } as never }).content),
  "synthèse pour un invité": renderMail(synthesisInviteeMail(synthesis, { url: `${BASE}${readingPath(token)}`, expiresAt: new Date("2027-11-21T12:00:00Z") })),
  "lien de connexion": renderMail({ subject: "Connexion", intro: "…", action: { label: "Me connecter", url: `${BASE}/connexion/confirmer?token=${"a".repeat(64)}&email=x%40y.fr` } }),
};

describe("mails with a personal link are not kept outside the demo", () => {
  for (const [name, mail] of Object.entries(WITH_LINK)) {
    it(`${name}: the link is recognised, and nothing of it is stored even unflagged`, () => {
      assert.ok(carriesSecretLink(mail.text), "the text carries the link");
      for (const sensitive of [true, false]) {
        const stored = storedCopy(mail, { sensitive, demo: false });
        assert.equal(stored.text, NOT_KEPT);
        assert.equal(stored.html, "");
        assert.equal(stored.attachments, null);
      }
      // The demo keeps everything: its mailbox is how one follows the links.
      assert.ok(storedCopy(mail, { sensitive: true, demo: true }).text.includes("https://"));
    });
  }

  it("a mail whose links open pages behind sign-in is kept whole", () => {
    for (const mail of [
      renderMail(synthesisMemberMail(synthesis, { url: `${BASE}/communes/48092/rencontres/3/synthese` })),
      renderMail(teamNoticeMail(meeting, to, { actor: "Claire", what: "sent", invitedCount: 4, meetingUrl: `${BASE}/communes/48092/rencontres/3` }).content),
    ]) {
      assert.equal(carriesSecretLink(mail.text), false, mail.text);
      assert.equal(storedCopy(mail, { demo: false }).text, mail.text);
    }
  });

  it("every sending function given a token flags its mail sensitive (lib/mail, and the sign-in link)", () => {
    const files = fs.readdirSync("lib/mail").map((f) => path.join("lib/mail", f)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    let checked = 0;
    for (const file of files) {
      const source = fs.readFileSync(file, "utf8");
      // Each exported function up to the next one: its signature names a token, its call must say sensitive.
      for (const [, name, body] of source.matchAll(/export (?:async )?function (\w+)([\s\S]*?)(?=\nexport |\n\/\*\*|$)/g)) {
        const takesToken = /\btoken\b/.test(body.slice(0, body.indexOf("{\n") + 1 || 400));
        if (!takesToken || !/\bsend(Mail)?\(/.test(body)) continue;
        checked++;
        assert.match(body, /sensitive: true/, `${file} ${name} sends a token link without { sensitive: true }`);
      }
    }
    assert.ok(checked >= 7, `only ${checked} sending functions found`);
    // Auth.js's sign-in link.
    const auth = fs.readFileSync("lib/auth/auth.ts", "utf8");
    assert.match(auth.slice(auth.indexOf("sendVerificationRequest")), /^[\s\S]*?sendMail\([\s\S]*?\{ sensitive: true[ ,}]/);
  });
});
