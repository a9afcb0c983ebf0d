"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { write, within, type DataContext, type Tx } from "@/db/context";
import { communeNameOf, READING_LINK_DAYS, resendReadingLink, saveSynthesis, workspaceReaders, type IssuedReading } from "@/db/syntheses";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/state";
import { requireCommuneRole, type CommuneContext } from "@/lib/auth/guards";
import { sendSynthesisToInvitee, sendSynthesisToMember } from "@/lib/mail/synthesis-messages";
import type { SynthesisForMail } from "@/lib/synthesis/messages";
import { readingLinkSchema, synthesisContentOf, synthesisFormDataSchema } from "@/lib/validation/synthesis";
import type { Meeting } from "@/db/meetings";

const synthesisPath = (code: string, meetingId: number) => `/communes/${code}/reunions/${meetingId}/synthese`;

function forMail(ctx: CommuneContext, data: DataContext, meeting: Meeting, leads: string[]): SynthesisForMail {
  return { meetingTitle: meeting.title, startsAt: meeting.startsAt, communeName: communeNameOf(data, { workspaceId: data.workspace.id }), author: displayName(ctx.user), leads };
}

/**
 * Puts each reading link's e-mail in the outbox, in the transaction that issued the links; the worker records
 * each outcome on its link ("envoi en cours", "lien remis", "e-mail non remis" in « Qui la reçoit »).
 */
function mailReadingLinks(tx: Tx, now: Date, issued: IssuedReading[], mail: SynthesisForMail) {
  const expiresAt = new Date(now.getTime() + READING_LINK_DAYS * 24 * 60 * 60 * 1000);
  for (const i of issued) sendSynthesisToInvitee(i.invitee, mail, { token: i.token, expiresAt }, { db: tx, concerns: { kind: "lien_synthese", id: i.linkId } });
}

export const saveSynthesisAction = formAction({
  schema: synthesisFormDataSchema,
  authorize: (input) => requireCommuneRole(input.code, "synthesis.write"),
  run: async (input, ctx) => {
    const content = synthesisContentOf(input);
    const done = write(ctx.data, (tx) => {
      const data = within(ctx.data, tx);
      const done = saveSynthesis(data, { meetingId: input.meetingId, version: input.version, content, publish: input.intent === "publier" });
      if (done.published === "first" || done.issued.length > 0) {
        const mail = forMail(ctx, data, done.meeting, content.leads);
        mailReadingLinks(tx, data.now, done.issued, mail);
        if (done.published === "first") {
          const path = synthesisPath(ctx.commune.code, done.meeting.id);
          for (const member of workspaceReaders(data)) {
            if (member.userId !== ctx.user.id) sendSynthesisToMember(member, mail, { path }, { db: tx });
          }
        }
      }
      return done;
    });
    const path = synthesisPath(ctx.commune.code, done.meeting.id);
    revalidatePath(path);
    const fait = done.published === "first" ? "publiee" : done.published === "correction" ? "corrigee" : "enregistree";
    redirect(`${path}?fait=${fait}`);
  },
});

export const resendReadingLinkAction = formAction({
  schema: readingLinkSchema,
  authorize: (input) => requireCommuneRole(input.code, "synthesis.write"),
  run: async (input, ctx) => {
    const issued = write(ctx.data, (tx) => {
      const data = within(ctx.data, tx);
      const issued = resendReadingLink(data, { meetingId: input.meetingId, inviteeId: input.inviteeId });
      mailReadingLinks(tx, data.now, [issued], forMail(ctx, data, issued.meeting, issued.leads));
      return issued;
    });
    revalidatePath(synthesisPath(ctx.commune.code, input.meetingId));
    return ok(`Un nouveau lien de lecture part vers ${issued.invitee.name} (envoi en cours : « Qui la reçoit » dira s'il a été remis). L'ancien fonctionne toujours.`);
  },
});
