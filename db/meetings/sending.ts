/**
 * Sending a meeting's invitations, reminding those without an answer, resending one link, and recording how
 * each e-mail went. Each personal link is issued here (only its hash is stored); the caller e-mails it, then
 * records the delivery on the invitee.
 */
import { and, eq } from "drizzle-orm";
import { write, within, type DataContext } from "../context";
import { meetings } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { checkOutgoing } from "../trust/outgoing";
import { FormError } from "@/lib/domain/errors";
import type { MailAllowance } from "@/lib/trust/limits";
import { formatDateTime } from "@/lib/dates";
import { canRemind as isDueForReminder } from "@/lib/meetings/invitees";
import { answersClosedReason, canSend, isDraft, meetingPhase } from "@/lib/meetings/phase";
import { inviteeOf, inviteesOf, meetingOf, type Issued, type Meeting } from "./queries";
import { renewToken } from "./invitees";

/** Sends the invitations over `version`: the draft becomes "invitations envoyées", each invitee gets a personal link. */
export function sendInvitations(ctx: DataContext, input: { meetingId: number; version: number; allowance?: MailAllowance }): { meeting: Meeting; issued: Issued[] } | null {
  return write(ctx, (tx) => {
    const m = meetingOf(within(ctx, tx), input.meetingId);
    if (!m) return null;
    if (!isDraft(m)) throw new FormError(meetingPhase(m, ctx.now) === "annulee" ? "Cette réunion est annulée." : "Les invitations de cette réunion ont déjà été envoyées.");
    if (m.version !== input.version) throw new FormError("La réunion vient d'être modifiée par quelqu'un d'autre : rechargez la page et vérifiez-la avant d'envoyer les invitations.");
    if (!canSend(m, ctx.now)) throw new FormError("La date de la réunion est passée : changez-la avant d'envoyer les invitations.");
    const list = inviteesOf(tx, m.id);
    if (list.length === 0) throw new FormError("Ajoutez au moins un·e invité·e avant d'envoyer les invitations.");
    checkOutgoing(tx, ctx, { what: "meeting_mail", count: list.length, allowance: input.allowance });
    const meeting = tx
      .update(meetings)
      .set({ status: "invitations_envoyees", invitationsSentAt: ctx.now, version: m.version + 1, updatedBy: ctx.actor.id, updatedAt: ctx.now })
      .where(and(eq(meetings.id, m.id), eq(meetings.version, m.version)))
      .returning()
      .get()!;
    const issued = list.map((i) => renewToken(tx, i, meeting, ctx.now));
    recordHistory(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.id,
      action: "meeting.invitations_sent",
      summary: `${displayName(ctx.actor)} a envoyé les invitations à « ${m.title} » du ${formatDateTime(m.startsAt)} à ${issued.length} professionnel·le(s).`,
      createdAt: ctx.now,
    });
    return { meeting, issued };
  });
}

/** Reminds the invitees without an answer whose invitation arrived, at most once a day each; each gets one more link. */
export function remindInvitees(ctx: DataContext, input: { meetingId: number; allowance?: MailAllowance }): { meeting: Meeting; issued: Issued[] } | null {
  return write(ctx, (tx) => {
    const m = meetingOf(within(ctx, tx), input.meetingId);
    if (!m) return null;
    const closed = answersClosedReason(m, ctx.now, "relancer");
    if (closed) throw new FormError(closed);
    const list = inviteesOf(tx, m.id);
    const due = list.filter((i) => isDueForReminder(i, ctx.now));
    if (due.length === 0) {
      const waiting = list.filter((i) => i.answer === null);
      throw new FormError(
        waiting.length === 0
          ? "Tout le monde a répondu : personne à relancer."
          : "Personne à relancer aujourd'hui : les invité·es sans réponse ont déjà été relancé·es il y a moins de 24 heures, ou leur invitation n'a pas été remise (utilisez « Renvoyer »).",
      );
    }
    checkOutgoing(tx, ctx, { what: "meeting_mail", count: due.length, allowance: input.allowance });
    const issued = due.map((i) => renewToken(tx, i, m, ctx.now, { lastReminderAt: ctx.now }));
    recordHistory(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.id,
      action: "meeting.reminded",
      summary: `${displayName(ctx.actor)} a relancé ${issued.length} invité·e(s) sans réponse pour « ${m.title} » : ${issued.map((i) => i.invitee.name).join(", ")}.`,
      createdAt: ctx.now,
    });
    return { meeting: m, issued };
  });
}

/** A new link for one invitee (e.g. after "not delivered"); the links sent before keep working. */
export function resendInvitation(ctx: DataContext, input: { meetingId: number; inviteeId: number; allowance?: MailAllowance }): { meeting: Meeting; issued: Issued } | null {
  return write(ctx, (tx) => {
    const m = meetingOf(within(ctx, tx), input.meetingId);
    if (!m) return null;
    const inv = inviteeOf(tx, m.id, input.inviteeId);
    if (!inv) return null;
    const closed = answersClosedReason(m, ctx.now, "renvoyer l'invitation");
    if (closed) throw new FormError(closed);
    checkOutgoing(tx, ctx, { what: "meeting_mail", count: 1, allowance: input.allowance });
    const issued = renewToken(tx, inv, m, ctx.now);
    recordHistory(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.id,
      action: "meeting.resent",
      summary: `${displayName(ctx.actor)} a renvoyé l'invitation à « ${m.title} » à ${inv.name} (${inv.email}).`,
      createdAt: ctx.now,
    });
    return { meeting: m, issued };
  });
}
