"use client";

import { RemoveConfirm, type RemoveConfirmProps } from "@/components/forms/remove-confirm";
import { removeFederationMemberSchema } from "@/lib/validation/federation";
import { removeFederationMemberAction } from "../removal-actions";

/** The confirmation's form for a member of the federation (the schema and the action live on the client side). */
export function RemoveFederationMemberForm(props: Omit<RemoveConfirmProps, "schema" | "action">) {
  return <RemoveConfirm schema={removeFederationMemberSchema} action={removeFederationMemberAction} {...props} />;
}
