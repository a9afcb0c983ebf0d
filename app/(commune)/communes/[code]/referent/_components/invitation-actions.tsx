"use client";

import { InvitationActions as Actions } from "@/components/forms/invitation-actions";
import { invitationActionSchema } from "@/lib/validation/workspace";
import { resendInvitationAction, revokeInvitationAction } from "../actions";

export function InvitationActions({ code, invitationId, email }: { code: string; invitationId: number; email: string }) {
  return <Actions schema={invitationActionSchema} scope={{ code }} invitationId={invitationId} email={email} resendAction={resendInvitationAction} revokeAction={revokeInvitationAction} />;
}
