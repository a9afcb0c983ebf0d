import "server-only";
import { appUrl } from "@/lib/config";
import { nextStepAssignedMail, nextStepsPath, type NextStepForMail } from "@/lib/next-steps/messages";
import { sendMail, type Queue } from "./send";

/** Tells the owner, who has an account, that a next step is theirs. */
export function sendNextStepAssigned(to: { email: string }, step: NextStepForMail, p: { code: string }, q: Queue = {}) {
  return sendMail(to.email, nextStepAssignedMail(step, { listUrl: `${appUrl()}${nextStepsPath(p.code)}` }), q);
}
