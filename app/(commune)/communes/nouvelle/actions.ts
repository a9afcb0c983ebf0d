"use server";

import { redirect } from "next/navigation";
import { createWorkspace } from "@/db/workspaces";
import { formAction } from "@/lib/actions/action";
import { requireAccount } from "@/lib/auth/guards";
import { createWorkspaceSchema } from "@/lib/validation/workspace";

/** Any signed-in person may open a commune's workspace (there is one per commune) and becomes its maire. */
export const createWorkspaceAction = formAction({
  schema: createWorkspaceSchema,
  authorize: () => requireAccount("workspace.create"),
  run: async (input, { data }) => {
    const { commune } = createWorkspace(data, { communeCode: input.communeCode, mandateStart: input.mandateStart });
    redirect(`/communes/${commune.code}?bienvenue=1`);
  },
});
