"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import {
  addInvitees,
  addInviteesFromInventory,
  cancelMeeting,
  createMeeting,
  mailContext,
  markInviteeDelivery,
  recordAttendance,
  remindInvitees,
  removeInvitee,
  resendInvitation,
  sendInvitations,
  updateMeeting,
} from "@/db/meetings";
import { displayName } from "@/db/users";
import { invitationAllowance, invitationsSent } from "@/db/trust";
import { formAction } from "@/lib/actions/action";
import { formError, ok } from "@/lib/actions/state";
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
import { addedMessage, deliver, deliveryMessage, inviterOf, mailNewInvitees, meetingPath, notifyTeam, plural } from "./_components/delivery";

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
    const done = updateMeeting(ctx.data, { ...input, meetingId: input.meetingId, version: input.version });
    if (!done) notFound();
    if (done.issued.length > 0) {
      const mail = mailContext(ctx.data, { meeting: done.meeting });
      const editor = displayName(ctx.user);
      await deliver(ctx, done.issued, ({ invitee, token }) => sendMeetingUpdate(invitee, mail, { editor, token, before: done.before }));
      await notifyTeam(ctx, done.meeting, mail, "updated", done.issued.length);
    }
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
    const done = addInvitees(ctx.data, {
      meetingId: input.meetingId,
      people: [{ name: input.name, profession, email: input.email }],
      duplicateField: "email",
      allowance: await invitationAllowance(ctx.data),
    });
    if (!done) notFound();
    await invitationsSent(ctx.data, done.issued.length);
    const r = await mailNewInvitees(ctx, done.issued, done.meeting);
    refresh(ctx);
    return addedMessage(done, r);
  },
});

export const addPastedInviteesAction = formAction({
  schema: pastedInviteesSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const done = addInvitees(ctx.data, {
      meetingId: input.meetingId,
      people: input.list.people.map((p) => ({ name: p.name ?? p.email, profession: input.profession, email: p.email })),
      duplicateField: "emails",
      allowance: await invitationAllowance(ctx.data),
    });
    if (!done) notFound();
    await invitationsSent(ctx.data, done.issued.length);
    const r = await mailNewInvitees(ctx, done.issued, done.meeting);
    refresh(ctx);
    return addedMessage({ ...done, duplicates: [...new Set([...input.list.duplicates, ...done.duplicates])] }, r);
  },
});

export const addInventoryInviteesAction = formAction({
  schema: inventoryInviteesSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const done = addInviteesFromInventory(ctx.data, { meetingId: input.meetingId, professionalIds: input.professionalIds, allowance: await invitationAllowance(ctx.data) });
    if (!done) notFound();
    await invitationsSent(ctx.data, done.issued.length);
    const r = await mailNewInvitees(ctx, done.issued, done.meeting);
    refresh(ctx);
    return addedMessage(done, r);
  },
});

export const removeInviteeAction = formAction({
  schema: inviteeActionSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const removed = removeInvitee(ctx.data, { meetingId: input.meetingId, inviteeId: input.inviteeId });
    if (!removed) notFound();
    refresh(ctx);
    return ok(`${removed.name} ne fait plus partie des invité·es.`);
  },
});

/* ——— Sending, reminding, resending ——— */

export const sendInvitationsAction = formAction({
  schema: meetingActionSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const done = sendInvitations(ctx.data, { meetingId: input.meetingId, version: input.version, allowance: await invitationAllowance(ctx.data) });
    if (!done) notFound();
    await invitationsSent(ctx.data, done.issued.length);
    const mail = mailContext(ctx.data, { meeting: done.meeting });
    const inviter = inviterOf(ctx);
    await deliver(ctx, done.issued, ({ invitee, token }) => sendMeetingInvitation(invitee, mail, { inviter, token }));
    await notifyTeam(ctx, done.meeting, mail, "sent", done.issued.length);
    refresh(ctx);
    // The page changes (no more draft): the outcome is shown there, failed deliveries included.
    redirect(`${meetingPath(ctx.commune.code, done.meeting.id)}?fait=invitations-envoyees`);
  },
});

export const remindInviteesAction = formAction({
  schema: meetingRefSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const done = remindInvitees(ctx.data, { meetingId: input.meetingId, allowance: await invitationAllowance(ctx.data) });
    if (!done) notFound();
    await invitationsSent(ctx.data, done.issued.length);
    const mail = mailContext(ctx.data, { meeting: done.meeting });
    const inviter = inviterOf(ctx);
    const r = await deliver(ctx, done.issued, ({ invitee, token }) => sendMeetingReminder(invitee, mail, { inviter, token }));
    refresh(ctx);
    return deliveryMessage(`Relance envoyée à ${plural(r.sent, "personne sans réponse", "personnes sans réponse")} : ${done.issued.map((i) => i.invitee.name).join(", ")}.`, r);
  },
});

export const resendInvitationAction = formAction({
  schema: inviteeActionSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const done = resendInvitation(ctx.data, { meetingId: input.meetingId, inviteeId: input.inviteeId, allowance: await invitationAllowance(ctx.data) });
    if (!done) notFound();
    await invitationsSent(ctx.data, 1);
    const mail = mailContext(ctx.data, { meeting: done.meeting });
    const { invitee, token } = done.issued;
    const result = await sendMeetingInvitation(invitee, mail, { inviter: inviterOf(ctx), token });
    markInviteeDelivery(ctx.data, { inviteeId: invitee.id, ok: result.ok });
    refresh(ctx);
    return result.ok
      ? ok(`Invitation renvoyée à ${invitee.email}. Le lien précédent ne fonctionne plus.`)
      : formError(`L'e-mail à ${invitee.email} n'a toujours pas pu être remis. Vérifiez l'adresse : si elle est fausse, retirez cette personne et invitez-la avec la bonne.`);
  },
});

/* ——— Cancelling, attendance ——— */

export const cancelMeetingAction = formAction({
  schema: cancelMeetingSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const done = cancelMeeting(ctx.data, { meetingId: input.meetingId, version: input.version, reason: input.reason });
    if (!done) notFound();
    if (done.wasSent) {
      const mail = mailContext(ctx.data, { meeting: done.meeting });
      const canceller = displayName(ctx.user);
      for (const invitee of done.recipients) {
        const result = await sendMeetingCancellation(invitee, mail, { canceller, reason: input.reason || null });
        markInviteeDelivery(ctx.data, { inviteeId: invitee.id, ok: result.ok });
      }
      await notifyTeam(ctx, done.meeting, mail, "cancelled", done.recipients.length);
    }
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
