"use client";

import { InvitationActions as Actions } from "@/components/forms/invitation-actions";
import { resendInvitationAction, revokeInvitationAction } from "../actions";

export function InvitationActions({ code, invitationId, email }: { code: string; invitationId: number; email: string }) {
  return <Actions scope={{ code }} invitationId={invitationId} email={email} resendAction={resendInvitationAction} revokeAction={revokeInvitationAction} />;
}
