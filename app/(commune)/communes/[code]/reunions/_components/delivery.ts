/**
 * The meetings' actions e-mail once their data function has written: each delivery is recorded on its
 * invitee, and the outcome said to the organiser (failed deliveries included).
 */
import "server-only";
import { mailContext, markInviteeDelivery, meetingTeam, type Issued, type Meeting } from "@/db/meetings";
import { displayName } from "@/db/users";
import { formError, ok, type ActionState } from "@/lib/actions/state";
import type { CommuneContext } from "@/lib/auth/guards";
import { sendMeetingInvitation, sendMeetingTeamNotice } from "@/lib/mail/meeting-messages";
import type { MeetingForMail } from "@/lib/meetings/messages";
import type { SendResult } from "@/lib/mail/send";
import { COMMUNE_ROLE_LABELS } from "@/lib/domain/enums";
import { senderLabel } from "@/lib/trust/verification";

/** The invitation's sender as the e-mail names them: name, role, commune (the recipient can judge it). */
export function inviterOf(ctx: CommuneContext): string {
  return senderLabel(displayName(ctx.user), ctx.roles.filter((r) => r !== "professionnel").map((r) => COMMUNE_ROLE_LABELS[r]), ctx.commune.name);
}

export const meetingPath = (code: string, id: number) => `/communes/${code}/reunions/${id}`;

export function plural(n: number, one: string, many: string) {
  return `${n} ${n > 1 ? many : one}`;
}

/** E-mails each issued link, one at a time, and records each delivery on its invitee. */
export async function deliver(ctx: CommuneContext, issued: Issued[], send: (i: Issued) => Promise<SendResult>) {
  let failed = 0;
  for (const i of issued) {
    const result = await send(i);
    markInviteeDelivery(ctx.data, { inviteeId: i.invitee.id, ok: result.ok });
    if (!result.ok) failed += 1;
  }
  return { sent: issued.length - failed, failed };
}

/** The municipal team and the facilitators take part too: they get the calendar file (failures only logged). */
export async function notifyTeam(ctx: CommuneContext, m: Meeting, mail: MeetingForMail, what: "sent" | "updated" | "cancelled", invitedCount: number) {
  for (const member of meetingTeam(ctx.data)) {
    await sendMeetingTeamNotice({ name: member.name, email: member.email }, mail, {
      actor: displayName(ctx.user),
      what,
      meetingPath: meetingPath(ctx.commune.code, m.id),
      invitedCount,
    });
  }
}

export function deliveryMessage(done: string, r: { sent: number; failed: number }): ActionState {
  if (r.failed === 0) return ok(done);
  return formError(
    `${done.replace(/\.$/, "")}, mais ${plural(r.failed, "e-mail n'a pas pu être remis", "e-mails n'ont pas pu être remis")} : ${r.failed > 1 ? "ces invité·es sont marqué·es" : "l'invité·e est marqué·e"} « E-mail non remis », avec un bouton « Renvoyer ».`,
  );
}

/** The invitations of invitees added once the invitations were out. */
export async function mailNewInvitees(ctx: CommuneContext, issued: Issued[], meeting: Meeting) {
  if (issued.length === 0) return { sent: 0, failed: 0 };
  const mail = mailContext(ctx.data, { meeting });
  const inviter = inviterOf(ctx);
  return deliver(ctx, issued, ({ invitee, token }) => sendMeetingInvitation(invitee, mail, { inviter, token }));
}

export function addedMessage(done: { added: { name: string }[]; duplicates: string[]; issued: Issued[] }, r: { sent: number; failed: number }): ActionState {
  const parts = [`${plural(done.added.length, "invité·e ajouté·e", "invité·es ajouté·es")}`];
  if (done.duplicates.length) parts.push(`${plural(done.duplicates.length, "adresse déjà invitée ou en double ignorée", "adresses déjà invitées ou en double ignorées")} (${done.duplicates.join(", ")})`);
  if (done.issued.length) parts.push(`${plural(r.sent, "invitation envoyée", "invitations envoyées")}`);
  return deliveryMessage(`${parts.join(" ; ")}.`, r);
}
