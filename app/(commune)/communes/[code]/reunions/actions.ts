"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { db } from "@/db/client";
import {
  addInvitees,
  addInviteesFromInventory,
  cancelMeeting,
  createMeeting,
  mailContext,
  markInviteeDelivery,
  meetingTeam,
  recordAttendance,
  remindInvitees,
  removeInvitee,
  resendInvitation,
  sendInvitations,
  updateMeeting,
  type Issued,
  type Meeting,
} from "@/db/meetings";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import type { ActionState } from "@/lib/actions/state";
import { requireCommuneRole, type CommuneContext } from "@/lib/auth/guards";
import {
  sendMeetingCancellation,
  sendMeetingInvitation,
  sendMeetingReminder,
  sendMeetingTeamNotice,
  sendMeetingUpdate,
} from "@/lib/mail/meeting-messages";
import type { MeetingForMail } from "@/lib/meetings/messages";
import type { SendResult } from "@/lib/mail/send";
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

const meetingPath = (code: string, id: number) => `/communes/${code}/reunions/${id}`;

function refresh(ctx: CommuneContext) {
  revalidatePath(`/communes/${ctx.commune.code}/reunions`, "layout");
}

/** E-mails each issued link, one at a time, and records each delivery on its invitee. */
async function deliver(issued: Issued[], send: (i: Issued) => Promise<SendResult>) {
  let failed = 0;
  for (const i of issued) {
    const result = await send(i);
    markInviteeDelivery(db, i.invitee.id, result.ok);
    if (!result.ok) failed += 1;
  }
  return { sent: issued.length - failed, failed };
}

/** The municipal team and the facilitators take part too: they get the calendar file (failures only logged). */
async function notifyTeam(ctx: CommuneContext, m: Meeting, mail: MeetingForMail, what: "sent" | "updated" | "cancelled", invitedCount: number) {
  for (const member of meetingTeam(db, ctx.workspace.id)) {
    await sendMeetingTeamNotice({ name: member.name, email: member.email }, mail, {
      actor: displayName(ctx.user),
      what,
      meetingPath: meetingPath(ctx.commune.code, m.id),
      invitedCount,
    });
  }
}

function plural(n: number, one: string, many: string) {
  return `${n} ${n > 1 ? many : one}`;
}

function deliveryMessage(done: string, r: { sent: number; failed: number }): ActionState {
  if (r.failed === 0) return { status: "success", message: done };
  return {
    status: "error",
    fieldErrors: {},
    values: {},
    formError: `${done.replace(/\.$/, "")}, mais ${plural(r.failed, "e-mail n'a pas pu être remis", "e-mails n'ont pas pu être remis")} : ${r.failed > 1 ? "ces invité·es sont marqué·es" : "l'invité·e est marqué·e"} « E-mail non remis », avec un bouton « Renvoyer ».`,
  };
}

/* ——— Preparation ——— */

export const createMeetingAction = formAction({
  schema: meetingFormDataSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const meeting = createMeeting(db, ctx.workspace.id, input, ctx.user);
    refresh(ctx);
    redirect(`${meetingPath(ctx.commune.code, meeting.id)}?fait=preparee`);
  },
});

export const updateMeetingAction = formAction({
  schema: meetingFormDataSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    if (!input.meetingId || !input.version) notFound();
    const done = updateMeeting(db, ctx.workspace.id, input.meetingId, input.version, input, ctx.user);
    if (!done) notFound();
    if (done.issued.length > 0) {
      const mail = mailContext(db, done.meeting);
      const editor = displayName(ctx.user);
      await deliver(done.issued, ({ invitee, token }) => sendMeetingUpdate(invitee, mail, { editor, token, before: done.before }));
      await notifyTeam(ctx, done.meeting, mail, "updated", done.issued.length);
    }
    refresh(ctx);
    redirect(`${meetingPath(ctx.commune.code, done.meeting.id)}?fait=${done.issued.length > 0 ? "mise-a-jour-envoyee" : "modifiee"}`);
  },
});

/* ——— Invitees ——— */

async function mailNewInvitees(ctx: CommuneContext, issued: Issued[], meeting: Meeting) {
  if (issued.length === 0) return { sent: 0, failed: 0 };
  const mail = mailContext(db, meeting);
  const inviter = displayName(ctx.user);
  return deliver(issued, ({ invitee, token }) => sendMeetingInvitation(invitee, mail, { inviter, token }));
}

function addedMessage(done: { added: { name: string }[]; duplicates: string[]; issued: Issued[] }, r: { sent: number; failed: number }): ActionState {
  const parts = [`${plural(done.added.length, "invité·e ajouté·e", "invité·es ajouté·es")}`];
  if (done.duplicates.length) parts.push(`${plural(done.duplicates.length, "adresse déjà invitée ou en double ignorée", "adresses déjà invitées ou en double ignorées")} (${done.duplicates.join(", ")})`);
  if (done.issued.length) parts.push(`${plural(r.sent, "invitation envoyée", "invitations envoyées")}`);
  return deliveryMessage(`${parts.join(" ; ")}.`, r);
}

export const addTypedInviteeAction = formAction({
  schema: typedInviteeSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const profession = input.profession === "autre" ? input.professionOther : input.profession;
    const done = addInvitees(db, ctx.workspace.id, input.meetingId, [{ name: input.name, profession, email: input.email }], ctx.user, { duplicateField: "email" });
    if (!done) notFound();
    const r = await mailNewInvitees(ctx, done.issued, done.meeting);
    refresh(ctx);
    return addedMessage(done, r);
  },
});

export const addPastedInviteesAction = formAction({
  schema: pastedInviteesSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const done = addInvitees(
      db,
      ctx.workspace.id,
      input.meetingId,
      input.list.people.map((p) => ({ name: p.name ?? p.email, profession: input.profession, email: p.email })),
      ctx.user,
      { duplicateField: "emails" },
    );
    if (!done) notFound();
    const r = await mailNewInvitees(ctx, done.issued, done.meeting);
    refresh(ctx);
    return addedMessage({ ...done, duplicates: [...new Set([...input.list.duplicates, ...done.duplicates])] }, r);
  },
});

export const addInventoryInviteesAction = formAction({
  schema: inventoryInviteesSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const done = addInviteesFromInventory(db, ctx.workspace.id, input.meetingId, input.professionalIds, ctx.user);
    if (!done) notFound();
    const r = await mailNewInvitees(ctx, done.issued, done.meeting);
    refresh(ctx);
    return addedMessage(done, r);
  },
});

export const removeInviteeAction = formAction({
  schema: inviteeActionSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const removed = removeInvitee(db, ctx.workspace.id, input.meetingId, input.inviteeId, ctx.user);
    if (!removed) notFound();
    refresh(ctx);
    return { status: "success", message: `${removed.name} ne fait plus partie des invité·es.` };
  },
});

/* ——— Sending, reminding, resending ——— */

export const sendInvitationsAction = formAction({
  schema: meetingActionSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const done = sendInvitations(db, ctx.workspace.id, input.meetingId, input.version, ctx.user);
    if (!done) notFound();
    const mail = mailContext(db, done.meeting);
    const inviter = displayName(ctx.user);
    await deliver(done.issued, ({ invitee, token }) => sendMeetingInvitation(invitee, mail, { inviter, token }));
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
    const done = remindInvitees(db, ctx.workspace.id, input.meetingId, ctx.user);
    if (!done) notFound();
    const mail = mailContext(db, done.meeting);
    const inviter = displayName(ctx.user);
    const r = await deliver(done.issued, ({ invitee, token }) => sendMeetingReminder(invitee, mail, { inviter, token }));
    refresh(ctx);
    return deliveryMessage(`Relance envoyée à ${plural(r.sent, "personne sans réponse", "personnes sans réponse")} : ${done.issued.map((i) => i.invitee.name).join(", ")}.`, r);
  },
});

export const resendInvitationAction = formAction({
  schema: inviteeActionSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const done = resendInvitation(db, ctx.workspace.id, input.meetingId, input.inviteeId, ctx.user);
    if (!done) notFound();
    const mail = mailContext(db, done.meeting);
    const { invitee, token } = done.issued;
    const result = await sendMeetingInvitation(invitee, mail, { inviter: displayName(ctx.user), token });
    markInviteeDelivery(db, invitee.id, result.ok);
    refresh(ctx);
    return result.ok
      ? { status: "success", message: `Invitation renvoyée à ${invitee.email}. Le lien précédent ne fonctionne plus.` }
      : { status: "error", fieldErrors: {}, values: {}, formError: `L'e-mail à ${invitee.email} n'a toujours pas pu être remis. Vérifiez l'adresse : si elle est fausse, retirez cette personne et invitez-la avec la bonne.` };
  },
});

/* ——— Cancelling, attendance ——— */

export const cancelMeetingAction = formAction({
  schema: cancelMeetingSchema,
  authorize: (input) => requireCommuneRole(input.code, "meeting.prepare"),
  run: async (input, ctx) => {
    const done = cancelMeeting(db, ctx.workspace.id, input.meetingId, input.version, input.reason, ctx.user);
    if (!done) notFound();
    if (done.wasSent) {
      const mail = mailContext(db, done.meeting);
      const canceller = displayName(ctx.user);
      for (const invitee of done.recipients) {
        const result = await sendMeetingCancellation(invitee, mail, { canceller, reason: input.reason || null });
        markInviteeDelivery(db, invitee.id, result.ok);
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
    const done = recordAttendance(db, ctx.workspace.id, input.meetingId, input, ctx.user);
    if (!done) notFound();
    refresh(ctx);
    return { status: "success", message: `Présences enregistrées : ${plural(done.present, "professionnel·le présent·e", "professionnel·les présent·es")}. La réunion est notée comme tenue.` };
  },
});
