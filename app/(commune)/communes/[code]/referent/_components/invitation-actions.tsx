"use client";

import { InvitationActions as Actions } from "@/components/forms/invitation-actions";
import { resendInvitationAction, revokeInvitationAction } from "../actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadInvitationActionSchema = () => import("@/lib/validation/workspace").then((m) => m.invitationActionSchema);

export function InvitationActions({ code, invitationId, email }: { code: string; invitationId: number; email: string }) {
  return <Actions loadSchema={loadInvitationActionSchema} scope={{ code }} invitationId={invitationId} email={email} resendAction={resendInvitationAction} revokeAction={revokeInvitationAction} />;
}
