import "server-only";
import { appUrl } from "@/lib/config";
import { readingPath, synthesisInviteeMail, synthesisMemberMail, type SynthesisForMail } from "@/lib/synthesis/messages";
import { sendMail, type Queue } from "./send";

/** The invitee's reading link: a secret, so the stored copy of the mail keeps no body outside the demo. */
export function sendSynthesisToInvitee(to: { email: string }, s: SynthesisForMail, p: { token: string; expiresAt: Date }, q: Queue = {}) {
  return sendMail(to.email, synthesisInviteeMail(s, { url: `${appUrl()}${readingPath(p.token)}`, expiresAt: p.expiresAt }), { sensitive: true, ...q });
}

export function sendSynthesisToMember(to: { email: string }, s: SynthesisForMail, p: { path: string }, q: Queue = {}) {
  return sendMail(to.email, synthesisMemberMail(s, { url: `${appUrl()}${p.path}` }), q);
}
