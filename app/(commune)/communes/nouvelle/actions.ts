"use server";

import { redirect } from "next/navigation";
import { createWorkspace } from "@/db/workspaces";
import { allowWorkspaceCreation, workspaceCreated } from "@/db/trust";
import { formAction } from "@/lib/actions/action";
import { requireAccount } from "@/lib/auth/guards";
import { createWorkspaceSchema } from "@/lib/validation/workspace";

/**
 * Any signed-in person may open a commune's workspace (there is one per commune) and becomes its maire:
 * 3 a day per account at most, one not yet verified at a time.
 */
export const createWorkspaceAction = formAction({
  schema: createWorkspaceSchema,
  authorize: () => requireAccount("workspace.create"),
  run: async (input, { data }) => {
    await allowWorkspaceCreation(data);
    const { commune } = createWorkspace(data, { communeCode: input.communeCode, mandateStart: input.mandateStart });
    await workspaceCreated(data);
    redirect(`/communes/${commune.code}?bienvenue=1`);
  },
});
