/**
 * A meeting's invitees: typed, pasted or picked from the inventory, merged when the same address comes twice;
 * removed while they never received anything. Once the invitations are out, each new invitee gets a personal
 * link at once (only its hash is stored), to be e-mailed by the caller.
 */
import { and, eq, inArray } from "drizzle-orm";
import { write, within, type DataContext, type Tx } from "../context";
import { meetingInvitees, professionals } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { checkOutgoing } from "../trust/outgoing";
import { FieldError, FormError } from "@/lib/domain/errors";
import type { MailAllowance } from "@/lib/trust/limits";
import { addAnswerLink } from "./links";
import { inviteeProfession, professionLabel } from "@/lib/meetings/invitees";
import { canEdit, invitationsOut, isDraft, meetingPhase } from "@/lib/meetings/phase";
import { inviteeOf, inviteesOf, meetingOf, type Invitee, type Issued, type Meeting } from "./queries";

/**
 * A new personal link for an invitee, added to those already sent (which keep working: ./links.ts); the e-mail
 * is still to be sent.
 */
export function renewToken(tx: Tx, invitee: Invitee, meeting: Pick<Meeting, "startsAt" | "durationMinutes">, now: Date, extra: Partial<Invitee> = {}): Issued {
  const { token, hash } = addAnswerLink(tx, invitee.id, meeting, now);
  const row = tx
    .update(meetingInvitees)
    .set({ tokenHash: hash, deliveryStatus: "pending", ...extra })
    .where(eq(meetingInvitees.id, invitee.id))
    .returning()
    .get();
  return { invitee: row!, token };
}

export type NewInvitee = { name: string; profession: string; email: string; professionalId?: number | null };
export type InviteesAdded = { added: Invitee[]; duplicates: string[]; issued: Issued[]; meeting: Meeting };

/**
 * Adds invitees, merging duplicates (the same address twice, or already invited). When nobody is new,
 * nothing is written and the message goes beside `duplicateField`.
 */
export function addInvitees(ctx: DataContext, input: { meetingId: number; people: NewInvitee[]; duplicateField: string; allowance?: MailAllowance }): InviteesAdded | null {
  return write(ctx, (tx) => {
    const m = meetingOf(within(ctx, tx), input.meetingId);
    if (!m) return null;
    if (!canEdit(m, ctx.now)) {
      throw new FormError(
        meetingPhase(m, ctx.now) === "annulee" ? "Cette réunion est annulée : on ne peut plus y inviter personne." : "La réunion a commencé : on ne peut plus y inviter personne.",
      );
    }
    const existing = new Set(inviteesOf(tx, m.id).map((i) => i.email));
    const duplicates: string[] = [];
    const fresh: NewInvitee[] = [];
    for (const p of input.people) {
      const email = p.email.trim().toLowerCase();
      if (existing.has(email)) {
        if (!duplicates.includes(email)) duplicates.push(email);
        continue;
      }
      existing.add(email);
      fresh.push({ ...p, email });
    }
    if (fresh.length === 0) {
      throw new FieldError(
        input.duplicateField,
        duplicates.length === 1 ? `${duplicates[0]} est déjà invité·e à cette réunion.` : "Toutes ces adresses sont déjà invitées à cette réunion.",
      );
    }
    const sent = invitationsOut(m);
    // Once the invitations are out, each new invitee is e-mailed at once: capped like any invitation.
    if (sent) checkOutgoing(tx, ctx, { what: "meeting_mail", count: fresh.length, allowance: input.allowance });
    const added: Invitee[] = [];
    const issued: Issued[] = [];
    for (const p of fresh) {
      const row = tx
        .insert(meetingInvitees)
        .values({
          meetingId: m.id,
          professionalId: p.professionalId ?? null,
          name: p.name,
          profession: p.profession,
          email: p.email,
          createdAt: ctx.now,
        })
        .returning()
        .get();
      if (!sent) added.push(row);
      else {
        const linked = renewToken(tx, row, m, ctx.now);
        issued.push(linked);
        added.push(linked.invitee);
      }
    }
    recordHistory(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.id,
      action: "meeting.invitees_added",
      summary: `${displayName(ctx.actor)} a invité à « ${m.title} » : ${added.map((a) => `${a.name} (${professionLabel(a.profession)})`).join(", ")}${sent ? " — invitation envoyée" : ""}.`,
      createdAt: ctx.now,
    });
    return { added, duplicates, issued, meeting: m };
  });
}

/** Invitees picked from the inventory: only this workspace's professionals with an e-mail. */
export function addInviteesFromInventory(ctx: DataContext, input: { meetingId: number; professionalIds: number[]; allowance?: MailAllowance }): InviteesAdded | null {
  return write(ctx, (tx) => {
    const picked = tx
      .select()
      .from(professionals)
      .where(and(eq(professionals.workspaceId, ctx.workspace.id), inArray(professionals.id, input.professionalIds)))
      .all()
      .filter((p) => p.email?.trim());
    if (picked.length !== new Set(input.professionalIds).size) {
      throw new FieldError("professionalIds", "Un·e professionnel·le coché·e n'est plus dans l'état des lieux ou n'a plus d'adresse e-mail : rechargez la page.");
    }
    return addInvitees(within(ctx, tx), {
      meetingId: input.meetingId,
      people: picked.map((p) => ({ name: p.name?.trim() || professionLabel(inviteeProfession(p)), profession: inviteeProfession(p), email: p.email!, professionalId: p.id })),
      duplicateField: "professionalIds",
      allowance: input.allowance,
    });
  });
}

/** Removing an invitee: while the meeting is a draft, or when their invitation never arrived. */
export function removeInvitee(ctx: DataContext, input: { meetingId: number; inviteeId: number }): Invitee | null {
  return write(ctx, (tx) => {
    const m = meetingOf(within(ctx, tx), input.meetingId);
    if (!m) return null;
    const inv = inviteeOf(tx, m.id, input.inviteeId);
    if (!inv) return null;
    if (!isDraft(m) && inv.deliveryStatus !== "failed") {
      throw new FormError(`${inv.name} a déjà reçu l'invitation : on ne peut plus la retirer.`);
    }
    tx.delete(meetingInvitees).where(eq(meetingInvitees.id, inv.id)).run();
    recordHistory(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.id,
      action: "meeting.invitee_removed",
      summary: `${displayName(ctx.actor)} a retiré ${inv.name} (${inv.email}) des invité·es de « ${m.title} ».`,
      createdAt: ctx.now,
    });
    return inv;
  });
}
