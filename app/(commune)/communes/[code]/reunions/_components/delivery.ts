/**
 * The meetings' e-mails go to the outbox in the transaction of the change that causes them (`withMails`): a
 * change refused or rolled back writes no mail, and no request waits on SMTP. The worker records each outcome
 * on its invitee ("envoi en cours", then "remis" or "non remis — renvoyer"); the messages here never claim one.
 */
import "server-only";
import { write, within, type DataContext, type Tx } from "@/db/context";
import { mailContext, meetingTeam, type Issued, type Meeting } from "@/db/meetings";
import { displayName } from "@/db/users";
import { ok, type ActionState } from "@/lib/actions/state";
import type { CommuneContext } from "@/lib/auth/guards";
import { sendMeetingInvitation, sendMeetingTeamNotice } from "@/lib/mail/meeting-messages";
import type { MeetingForMail } from "@/lib/meetings/messages";
import type { Queue, Queued } from "@/lib/mail/send";
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

/** Runs a data function and writes its e-mails in one IMMEDIATE transaction (the data function's becomes a savepoint). */
export function withMails<T>(ctx: CommuneContext, fn: (data: DataContext, tx: Tx) => T): T {
  return write(ctx.data, (tx) => fn(within(ctx.data, tx), tx));
}

/** Puts one e-mail per issued link in the outbox, each followed by its invitee's delivery badge. */
export function deliver(tx: Tx, issued: Issued[], send: (i: Issued, q: Queue) => Queued): number {
  for (const i of issued) send(i, { db: tx, concerns: { kind: "invite_reunion", id: i.invitee.id } });
  return issued.length;
}

/** The municipal team and the facilitators take part too: they get the calendar file. */
export function notifyTeam(ctx: CommuneContext, data: DataContext, tx: Tx, m: Meeting, mail: MeetingForMail, what: "sent" | "updated" | "cancelled", invitedCount: number) {
  for (const member of meetingTeam(data)) {
    sendMeetingTeamNotice({ name: member.name, email: member.email }, mail, { actor: displayName(ctx.user), what, meetingPath: meetingPath(ctx.commune.code, m.id), invitedCount }, { db: tx });
  }
}

/** Says what left for the outbox; the list of invitees says, for each, whether it was delivered. */
export function queuedMessage(done: string): ActionState {
  return ok(`${done} L'état de chaque e-mail (envoi en cours, remis, non remis) s'affiche dans la liste des invité·es.`);
}

/** The invitations of invitees added once the invitations were out (inside the transaction that added them). */
export function mailNewInvitees(ctx: CommuneContext, data: DataContext, tx: Tx, issued: Issued[], meeting: Meeting): number {
  if (issued.length === 0) return 0;
  const mail = mailContext(data, { meeting });
  const inviter = inviterOf(ctx);
  return deliver(tx, issued, ({ invitee, token }, q) => sendMeetingInvitation(invitee, mail, { inviter, token }, q));
}

export function addedMessage(done: { added: { name: string }[]; duplicates: string[]; issued: Issued[] }): ActionState {
  const parts = [`${plural(done.added.length, "invité·e ajouté·e", "invité·es ajouté·es")}`];
  if (done.duplicates.length) parts.push(`${plural(done.duplicates.length, "adresse déjà invitée ou en double ignorée", "adresses déjà invitées ou en double ignorées")} (${done.duplicates.join(", ")})`);
  if (done.issued.length) parts.push(`${plural(done.issued.length, "invitation en cours d'envoi", "invitations en cours d'envoi")}`);
  return done.issued.length ? queuedMessage(`${parts.join(" ; ")}.`) : ok(`${parts.join(" ; ")}.`);
}
