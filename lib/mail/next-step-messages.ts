import "server-only";
import { appUrl } from "@/lib/config";
import { nextStepAssignedMail, nextStepsPath, type NextStepForMail } from "@/lib/next-steps/messages";
import { sendMail } from "./send";

/** Tells the owner, who has an account, that a next step is theirs. Never throws (see sendMail). */
export function sendNextStepAssigned(to: { email: string }, step: NextStepForMail, p: { code: string }) {
  return sendMail(to.email, nextStepAssignedMail(step, { listUrl: `${appUrl()}${nextStepsPath(p.code)}` }));
}
