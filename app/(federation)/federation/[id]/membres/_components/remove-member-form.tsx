"use client";

import { RemoveConfirm, type RemoveConfirmProps } from "@/components/forms/remove-confirm";
import { removeFederationMemberAction } from "../removal-actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadRemoveFederationMemberSchema = () => import("@/lib/validation/federation").then((m) => m.removeFederationMemberSchema);

/** The confirmation's form for a member of the federation (the schema and the action live on the client side). */
export function RemoveFederationMemberForm(props: Omit<RemoveConfirmProps, "loadSchema" | "action">) {
  return <RemoveConfirm loadSchema={loadRemoveFederationMemberSchema} action={removeFederationMemberAction} {...props} />;
}
