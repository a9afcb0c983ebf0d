"use client";

import { RemoveConfirm, type RemoveConfirmProps } from "@/components/forms/remove-confirm";
import { removeMemberSchema } from "@/lib/validation/workspace";
import { removeMemberAction } from "./actions";

/** The confirmation's form for a member of the workspace (the schema and the action live on the client side). */
export function RemoveMemberForm(props: Omit<RemoveConfirmProps, "schema" | "action">) {
  return <RemoveConfirm schema={removeMemberSchema} action={removeMemberAction} {...props} />;
}
