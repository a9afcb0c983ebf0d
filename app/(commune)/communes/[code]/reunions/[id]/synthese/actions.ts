"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { communeNameOf, markReadingLinkDelivery, READING_LINK_DAYS, resendReadingLink, saveSynthesis, workspaceReaders, type IssuedReading } from "@/db/syntheses";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { formError, ok } from "@/lib/actions/state";
import { requireCommuneRole, type CommuneContext } from "@/lib/auth/guards";
import { sendSynthesisToInvitee, sendSynthesisToMember } from "@/lib/mail/synthesis-messages";
import type { SynthesisForMail } from "@/lib/synthesis/messages";
import { readingLinkSchema, synthesisContentOf, synthesisFormDataSchema } from "@/lib/validation/synthesis";
import type { Meeting } from "@/db/meetings";

const synthesisPath = (code: string, meetingId: number) => `/communes/${code}/reunions/${meetingId}/synthese`;

function forMail(ctx: CommuneContext, meeting: Meeting, leads: string[]): SynthesisForMail {
  return { meetingTitle: meeting.title, startsAt: meeting.startsAt, communeName: communeNameOf(ctx.data, { workspaceId: ctx.data.workspace.id }), author: displayName(ctx.user), leads };
}

/** E-mails each reading link, one at a time, and records each delivery on its link. */
async function mailReadingLinks(ctx: CommuneContext, issued: IssuedReading[], mail: SynthesisForMail) {
  let failed = 0;
  const expiresAt = new Date(ctx.data.now.getTime() + READING_LINK_DAYS * 24 * 60 * 60 * 1000);
  for (const i of issued) {
    const r = await sendSynthesisToInvitee(i.invitee, mail, { token: i.token, expiresAt });
    markReadingLinkDelivery(ctx.data, { linkIds: [i.linkId], ok: r.ok });
    if (!r.ok) failed += 1;
  }
  return failed;
}

export const saveSynthesisAction = formAction({
  schema: synthesisFormDataSchema,
  authorize: (input) => requireCommuneRole(input.code, "synthesis.write"),
  run: async (input, ctx) => {
    const content = synthesisContentOf(input);
    const done = saveSynthesis(ctx.data, { meetingId: input.meetingId, version: input.version, content, publish: input.intent === "publier" });
    const path = synthesisPath(ctx.commune.code, done.meeting.id);
    let failed = 0;
    if (done.published === "first" || done.issued.length > 0) {
      const mail = forMail(ctx, done.meeting, content.leads);
      failed = await mailReadingLinks(ctx, done.issued, mail);
      if (done.published === "first") {
        for (const member of workspaceReaders(ctx.data)) {
          if (member.userId === ctx.user.id) continue;
          await sendSynthesisToMember(member, mail, { path });
        }
      }
    }
    revalidatePath(path);
    const fait = done.published === "first" ? "publiee" : done.published === "correction" ? "corrigee" : "enregistree";
    redirect(`${path}?fait=${fait}${failed ? `&non-remis=${failed}` : ""}`);
  },
});

export const resendReadingLinkAction = formAction({
  schema: readingLinkSchema,
  authorize: (input) => requireCommuneRole(input.code, "synthesis.write"),
  run: async (input, ctx) => {
    const issued = resendReadingLink(ctx.data, { meetingId: input.meetingId, inviteeId: input.inviteeId });
    const failed = await mailReadingLinks(ctx, [issued], forMail(ctx, issued.meeting, issued.leads));
    revalidatePath(synthesisPath(ctx.commune.code, input.meetingId));
    return failed ? formError(`L'e-mail à ${issued.invitee.name} n'a pas pu être remis : vérifiez son adresse.`) : ok(`Un nouveau lien de lecture a été envoyé à ${issued.invitee.name}. L'ancien fonctionne toujours.`);
  },
});
