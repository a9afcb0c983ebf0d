import "server-only";
import { appUrl } from "@/lib/config";
import { readingPath, synthesisInviteeMail, synthesisMemberMail, type SynthesisForMail } from "@/lib/synthesis/messages";
import { sendMail } from "./send";

/** The invitee's reading link: a secret, so the stored copy of the mail keeps no body outside the demo. */
export function sendSynthesisToInvitee(to: { email: string }, s: SynthesisForMail, p: { token: string; expiresAt: Date }) {
  return sendMail(to.email, synthesisInviteeMail(s, { url: `${appUrl()}${readingPath(p.token)}`, expiresAt: p.expiresAt }), { sensitive: true });
}

export function sendSynthesisToMember(to: { email: string }, s: SynthesisForMail, p: { path: string }) {
  return sendMail(to.email, synthesisMemberMail(s, { url: `${appUrl()}${p.path}` }));
}
