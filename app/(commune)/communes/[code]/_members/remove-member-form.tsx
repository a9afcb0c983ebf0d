"use client";

import { RemoveConfirm, type RemoveConfirmProps } from "@/components/forms/remove-confirm";
import { removeMemberAction } from "./actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadRemoveMemberSchema = () => import("@/lib/validation/workspace").then((m) => m.removeMemberSchema);

/** The confirmation's form for a member of the workspace (the schema and the action live on the client side). */
export function RemoveMemberForm(props: Omit<RemoveConfirmProps, "loadSchema" | "action">) {
  return <RemoveConfirm loadSchema={loadRemoveMemberSchema} action={removeMemberAction} {...props} />;
}
