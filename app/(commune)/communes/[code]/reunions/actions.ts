"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import {
  addInvitees,
  addInviteesFromInventory,
  cancelMeeting,
  createMeeting,
  mailContext,
  recordAttendance,
  remindInvitees,
  removeInvitee,
  resendInvitation,
  sendInvitations,
  updateMeeting,
  type Meeting,
} from "@/db/meetings";
import type { DataContext } from "@/db/context";
import { displayName } from "@/db/users";
import { invitationAllowance, invitationsSent } from "@/db/trust";
import { formAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/state";
import { requireCommuneRole, type CommuneContext } from "@/lib/auth/guards";
import { sendMeetingCancellation, sendMeetingInvitation, sendMeetingReminder, sendMeetingUpdate } from "@/lib/mail/meeting-messages";
import {
  attendanceSchema,
  cancelMeetingSchema,
  inventoryInviteesSchema,
  inviteeActionSchema,
  meetingActionSchema,
  meetingFormDataSchema,
  meetingRefSchema,
  pastedInviteesSchema,
  typedInviteeSchema,
} from "@/lib/validation/meetings";
import { addedMessage, deliver, inviterOf, mailNewInvitees, meetingPath, notifyTeam, plural, queuedMessage, withMails } from "./_components/delivery";

const mail = (data: DataContext, meeting: Meeting) => mailContext(data, { meeting });

function refresh(ctx: CommuneContext) {
  revalidatePath(`/communes/${ctx.commune.code}/reunions`, "layout");
}

/* ——— Preparation ——— */

export const createMeetingAction = formAction({
  schema: meetingFormDataSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const meeting = createMeeting(ctx.data, input);
    refresh(ctx);
    redirect(`${meetingPath(ctx.commune.code, meeting.id)}?fait=preparee`);
  },
});

export const updateMeetingAction = formAction({
  schema: meetingFormDataSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    if (!input.meetingId || !input.version) notFound();
    const { meetingId, version } = input;
    const done = withMails(ctx, (data, tx) => {
      const done = updateMeeting(data, { ...input, meetingId, version });
      if (done && done.issued.length > 0) {
        const mail = mailContext(data, { meeting: done.meeting });
        const editor = displayName(ctx.user);
        deliver(tx, done.issued, ({ invitee, token }, q) => sendMeetingUpdate(invitee, mail, { editor, token, before: done.before }, q));
        notifyTeam(ctx, data, tx, done.meeting, mail, "updated", done.issued.length);
      }
      return done;
    });
    if (!done) notFound();
    refresh(ctx);
    redirect(`${meetingPath(ctx.commune.code, done.meeting.id)}?fait=${done.issued.length > 0 ? "mise-a-jour-envoyee" : "modifiee"}`);
  },
});

/* ——— Invitees ——— */

export const addTypedInviteeAction = formAction({
  schema: typedInviteeSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const profession = input.profession === "autre" ? input.professionOther : input.profession;
    const allowance = await invitationAllowance(ctx.data);
    const done = withMails(ctx, (data, tx) => {
      const done = addInvitees(data, { meetingId: input.meetingId, people: [{ name: input.name, profession, email: input.email }], duplicateField: "email", allowance });
      if (done) mailNewInvitees(ctx, data, tx, done.issued, done.meeting);
      return done;
    });
    if (!done) notFound();
    await invitationsSent(ctx.data, done.issued.length);
    refresh(ctx);
    return addedMessage(done);
  },
});

export const addPastedInviteesAction = formAction({
  schema: pastedInviteesSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const allowance = await invitationAllowance(ctx.data);
    const people = input.list.people.map((p) => ({ name: p.name ?? p.email, profession: input.profession, email: p.email }));
    const done = withMails(ctx, (data, tx) => {
      const done = addInvitees(data, { meetingId: input.meetingId, people, duplicateField: "emails", allowance });
      if (done) mailNewInvitees(ctx, data, tx, done.issued, done.meeting);
      return done;
    });
    if (!done) notFound();
    await invitationsSent(ctx.data, done.issued.length);
    refresh(ctx);
    return addedMessage({ ...done, duplicates: [...new Set([...input.list.duplicates, ...done.duplicates])] });
  },
});

export const addInventoryInviteesAction = formAction({
  schema: inventoryInviteesSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const allowance = await invitationAllowance(ctx.data);
    const done = withMails(ctx, (data, tx) => {
      const done = addInviteesFromInventory(data, { meetingId: input.meetingId, professionalIds: input.professionalIds, allowance });
      if (done) mailNewInvitees(ctx, data, tx, done.issued, done.meeting);
      return done;
    });
    if (!done) notFound();
    await invitationsSent(ctx.data, done.issued.length);
    refresh(ctx);
    return addedMessage(done);
  },
});

export const removeInviteeAction = formAction({
  schema: inviteeActionSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const removed = removeInvitee(ctx.data, { meetingId: input.meetingId, inviteeId: input.inviteeId });
    if (!removed) notFound();
    refresh(ctx);
    // The page the removal was made on selects this invitee (`?invite=`): back to the list, which no longer has them.
    redirect(`${meetingPath(ctx.commune.code, input.meetingId)}?fait=invite-retire`);
  },
});

/* ——— Sending, reminding, resending ——— */

export const sendInvitationsAction = formAction({
  schema: meetingActionSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const allowance = await invitationAllowance(ctx.data);
    const inviter = inviterOf(ctx);
    const done = withMails(ctx, (data, tx) => {
      const done = sendInvitations(data, { meetingId: input.meetingId, version: input.version, allowance });
      if (!done) return null;
      const mail = mailContext(data, { meeting: done.meeting });
      deliver(tx, done.issued, ({ invitee, token }, q) => sendMeetingInvitation(invitee, mail, { inviter, token }, q));
      notifyTeam(ctx, data, tx, done.meeting, mail, "sent", done.issued.length);
      return done;
    });
    if (!done) notFound();
    await invitationsSent(ctx.data, done.issued.length);
    refresh(ctx);
    // The page changes (no more draft): each invitee's delivery is shown there as the worker settles it.
    redirect(`${meetingPath(ctx.commune.code, done.meeting.id)}?fait=invitations-envoyees`);
  },
});

export const remindInviteesAction = formAction({
  schema: meetingRefSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const allowance = await invitationAllowance(ctx.data);
    const inviter = inviterOf(ctx);
    const done = withMails(ctx, (data, tx) => {
      const done = remindInvitees(data, { meetingId: input.meetingId, allowance });
      if (done) deliver(tx, done.issued, ({ invitee, token }, q) => sendMeetingReminder(invitee, mail(data, done.meeting), { inviter, token }, q));
      return done;
    });
    if (!done) notFound();
    await invitationsSent(ctx.data, done.issued.length);
    refresh(ctx);
    return queuedMessage(`Relance en cours d'envoi à ${plural(done.issued.length, "personne sans réponse", "personnes sans réponse")} : ${done.issued.map((i) => i.invitee.name).join(", ")}.`);
  },
});

export const resendInvitationAction = formAction({
  schema: inviteeActionSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const allowance = await invitationAllowance(ctx.data);
    const inviter = inviterOf(ctx);
    const done = withMails(ctx, (data, tx) => {
      const done = resendInvitation(data, { meetingId: input.meetingId, inviteeId: input.inviteeId, allowance });
      if (done) deliver(tx, [done.issued], ({ invitee, token }, q) => sendMeetingInvitation(invitee, mail(data, done.meeting), { inviter, token }, q));
      return done;
    });
    if (!done) notFound();
    await invitationsSent(ctx.data, 1);
    refresh(ctx);
    // Whether it arrives shows on the invitee's line: if it is "non remis" again, the address is probably wrong.
    return ok(`Invitation renvoyée à ${done.issued.invitee.email} : envoi en cours. Le lien précédent ne fonctionne plus.`);
  },
});

/* ——— Cancelling, attendance ——— */

export const cancelMeetingAction = formAction({
  schema: cancelMeetingSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const canceller = displayName(ctx.user);
    const done = withMails(ctx, (data, tx) => {
      const done = cancelMeeting(data, { meetingId: input.meetingId, version: input.version, reason: input.reason });
      if (done?.wasSent) {
        const m = mail(data, done.meeting);
        for (const invitee of done.recipients) {
          sendMeetingCancellation(invitee, m, { canceller, reason: input.reason || null }, { db: tx, concerns: { kind: "invite_reunion", id: invitee.id } });
        }
        notifyTeam(ctx, data, tx, done.meeting, m, "cancelled", done.recipients.length);
      }
      return done;
    });
    if (!done) notFound();
    refresh(ctx);
    redirect(`${meetingPath(ctx.commune.code, done.meeting.id)}?fait=${done.wasSent ? "annulee" : "brouillon-annule"}`);
  },
});

export const recordAttendanceAction = formAction({
  schema: attendanceSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.markHeld"),
  run: async (input, ctx) => {
    const done = recordAttendance(ctx.data, { meetingId: input.meetingId, version: input.version, inviteeIds: input.inviteeIds, teamUserIds: input.teamUserIds });
    if (!done) notFound();
    refresh(ctx);
    return ok(`Présences enregistrées : ${plural(done.present, "professionnel·le présent·e", "professionnel·les présent·es")}. La réunion est notée comme tenue.`);
  },
});
