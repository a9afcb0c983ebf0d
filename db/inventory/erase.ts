/**
 * The maire erases a professional's line (RGPD right to erasure): the line and its invitations, the person's
 * name, address and phone wherever the workspace copied them (history summaries, meeting invitees, next steps'
 * owners), their reading and answer links, and the stored mails addressed to them. One transaction; the
 * history event it records names nobody.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { write, within, type DataContext } from "../context";
import { historyEvents, invitations, mails, meetingInvitees, meetings, nextSteps, reminders, synthesisLinks, users } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { FormError } from "@/lib/domain/errors";
import { ERASED_PROFESSIONAL, erasureTerms, scrubText } from "@/lib/inventory/erasure";
import { removeLine } from "./lines";
import { revokeAnswerLinks } from "../meetings/links";
import { findLine } from "./shared";

export type ErasureResult = { historyScrubbed: number; mailsDeleted: number; inviteesAnonymised: number; accessRemoved: boolean };

/** Null when the line is not in this workspace; a FormError when it changed since `version` (nothing written). */
export function eraseProfessional(ctx: DataContext, input: { id: number; version: number }): ErasureResult | null {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const line = findLine(within(ctx, tx), input.id);
    if (!line) return null;
    if (line.version !== input.version) {
      throw new FormError("Cette fiche a été modifiée depuis que vous l'avez ouverte : rechargez la page et relisez-la avant de l'effacer.");
    }

    // Every address, name and phone the workspace holds for this person.
    const invitationEmails = tx
      .select({ email: invitations.email })
      .from(invitations)
      .where(and(eq(invitations.professionalId, line.id), eq(invitations.workspaceId, workspace.id)))
      .all()
      .map((r) => r.email);
    const invitees = tx
      .select({ id: meetingInvitees.id, name: meetingInvitees.name, email: meetingInvitees.email })
      .from(meetingInvitees)
      .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
      .where(and(eq(meetingInvitees.professionalId, line.id), eq(meetings.workspaceId, workspace.id)))
      .all();
    const account = line.userId ? tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, line.userId)).get() : undefined;
    const emails = [...new Set([line.email, account?.email, ...invitationEmails, ...invitees.map((i) => i.email)].filter((e): e is string => !!e).map((e) => e.toLowerCase()))];
    const terms = erasureTerms([...emails, line.phone, line.name, account?.name, ...invitees.map((i) => i.name)]);

    const accessRemoved = removeLine(tx, workspace.id, line);

    // The meetings keep the answer and the attendance (counts by profession), not the person.
    const inviteeIds = invitees.map((i) => i.id);
    if (inviteeIds.length) {
      tx.delete(synthesisLinks).where(inArray(synthesisLinks.inviteeId, inviteeIds)).run();
      // Ended, not deleted: for a month the link's page still says whom to turn to (then the purge takes it).
      revokeAnswerLinks(tx, inviteeIds, now);
      tx.update(nextSteps)
        .set({ ownerInviteeId: null, ownerLabel: ERASED_PROFESSIONAL })
        .where(and(eq(nextSteps.workspaceId, workspace.id), inArray(nextSteps.ownerInviteeId, inviteeIds)))
        .run();
      for (const id of inviteeIds) {
        tx.update(meetingInvitees)
          .set({
            name: ERASED_PROFESSIONAL,
            email: `efface-${id}@efface.invalid`,
            tokenHash: null,
            comment: null,
            situation: null,
            conditions: null,
            difficulties: null,
            expectations: null,
          })
          .where(eq(meetingInvitees.id, id))
          .run();
      }
    }
    // A next step given to the line itself (its foreign key was set to null by the delete) keeps the label only.
    if (terms.length) {
      const steps = tx.select({ id: nextSteps.id, ownerLabel: nextSteps.ownerLabel }).from(nextSteps).where(eq(nextSteps.workspaceId, workspace.id)).all();
      for (const s of steps) {
        const scrubbed = scrubText(s.ownerLabel, terms);
        if (scrubbed !== s.ownerLabel) tx.update(nextSteps).set({ ownerLabel: scrubbed }).where(eq(nextSteps.id, s.id)).run();
      }
    }

    let historyScrubbed = 0;
    if (terms.length) {
      const events = tx.select({ id: historyEvents.id, summary: historyEvents.summary }).from(historyEvents).where(eq(historyEvents.workspaceId, workspace.id)).all();
      for (const e of events) {
        const scrubbed = scrubText(e.summary, terms);
        if (scrubbed === e.summary) continue;
        tx.update(historyEvents).set({ summary: scrubbed }).where(eq(historyEvents.id, e.id)).run();
        historyScrubbed++;
      }
    }

    let mailsDeleted = 0;
    if (emails.length) {
      tx.delete(reminders).where(and(eq(reminders.workspaceId, workspace.id), inArray(sql`lower(${reminders.recipient})`, emails))).run();
      mailsDeleted = tx.delete(mails).where(inArray(sql`lower(${mails.to})`, emails)).run().changes;
    }

    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "inventory.professional_erased",
      summary: `${displayName(actor)} a effacé la fiche d'un·e professionnel·le de l'état des lieux, avec ses mentions dans l'historique (${historyScrubbed}) et les e-mails conservés qui lui étaient adressés (${mailsDeleted})${accessRemoved ? " ; son accès à l'espace est retiré" : ""}.`,
      createdAt: now,
    });
    return { historyScrubbed, mailsDeleted, inviteesAnonymised: inviteeIds.length, accessRemoved };
  });
}
