import "server-only";
import { appUrl } from "@/lib/config";
import {
  cancellationMail,
  invitationMail,
  reminderMail,
  teamNoticeMail,
  updateMail,
  type BuiltMail,
  type MeetingForMail,
  type Recipient,
  type ScheduleBefore,
} from "@/lib/meetings/messages";
import { sendMail, type Queue } from "./send";

/** `sensitive`: the mail carries the recipient's personal answer link (its calendar file too). */
function send(to: Recipient, mail: BuiltMail, opts: { sensitive: boolean }, q: Queue) {
  return sendMail(to.email, mail.content, { attachments: mail.attachments, sensitive: opts.sensitive, ...q });
}

/** The invitation, with the personal link and the calendar file (METHOD:REQUEST). */
export function sendMeetingInvitation(to: Recipient, m: MeetingForMail, p: { inviter: string; token: string }, q: Queue = {}) {
  return send(to, invitationMail(m, to, { ...p, baseUrl: appUrl() }), { sensitive: true }, q);
}

export function sendMeetingReminder(to: Recipient, m: MeetingForMail, p: { inviter: string; token: string }, q: Queue = {}) {
  return send(to, reminderMail(m, to, { ...p, baseUrl: appUrl() }), { sensitive: true }, q);
}

/** A change of date, time or place: the updated calendar file keeps the UID, with the next SEQUENCE. */
export function sendMeetingUpdate(to: Recipient, m: MeetingForMail, p: { editor: string; token: string; before: ScheduleBefore }, q: Queue = {}) {
  return send(to, updateMail(m, to, { ...p, baseUrl: appUrl() }), { sensitive: true }, q);
}

/** The cancellation, with a calendar file METHOD:CANCEL that removes the event. */
export function sendMeetingCancellation(to: Recipient, m: MeetingForMail, p: { canceller: string; reason: string | null }, q: Queue = {}) {
  return send(to, cancellationMail(m, to, p), { sensitive: false }, q);
}

export function sendMeetingTeamNotice(
  to: Recipient,
  m: MeetingForMail,
  p: { actor: string; what: "sent" | "updated" | "cancelled"; meetingPath: string; invitedCount: number },
  q: Queue = {},
) {
  return send(to, teamNoticeMail(m, to, { actor: p.actor, what: p.what, invitedCount: p.invitedCount, meetingUrl: `${appUrl()}${p.meetingPath}` }), { sensitive: false }, q);
}
