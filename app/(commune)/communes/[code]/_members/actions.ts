"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { memberRoleLabel, removeWorkspaceMember } from "@/db/workspaces";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { requireCommuneRole } from "@/lib/auth/guards";
import { sendRemovedFromWorkspace } from "@/lib/mail/removal-messages";
import { removeMemberSchema } from "@/lib/validation/workspace";

/**
 * The maire removes someone from the workspace (the person chosen with `?retirer=`): the access ends with the
 * transaction, then the person is told by e-mail. Back to the page it came from, which says it was done;
 * a maire who removed themself (a co-maire leaving) goes to their spaces.
 */
export const removeMemberAction = formAction({
  schema: removeMemberSchema,
  authorize: (input) => requireCommuneRole(input.code, "members.remove"),
  run: async (input, ctx) => {
    const removed = removeWorkspaceMember(ctx.data, { memberId: input.memberId });
    if (!removed) notFound();
    // To the outbox: the worker sends it (its outcome is in the mail log), the request does not wait for SMTP.
    sendRemovedFromWorkspace(removed.email, { remover: displayName(ctx.user), communeName: ctx.commune.name, role: memberRoleLabel(removed) });
    const base = `/communes/${ctx.commune.code}`;
    revalidatePath(base, "layout");
    if (removed.userId === ctx.user.id) redirect("/espace");
    redirect(input.from === "referent" ? `${base}/referent?retrait=ok#referents` : `${base}/equipe?retrait=ok#membres`);
  },
});
