"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { formAction } from "@/lib/actions/action";
import { requireCommuneRole } from "@/lib/auth/guards";
import { removeWorkspaceMemberAndTell } from "@/lib/mail/removal-changes";
import { removeMemberSchema } from "@/lib/validation/workspace";

/**
 * The maire removes someone from the workspace (the person chosen with `?retirer=`): the access ends, and the
 * e-mail telling the person is written, in one transaction. Back to the page it came from, which says it was done;
 * a maire who removed themself (a co-maire leaving) goes to their spaces.
 */
export const removeMemberAction = formAction({
  schema: removeMemberSchema,
  authorize: (input) => requireCommuneRole(input.code, "members.remove"),
  run: async (input, ctx) => {
    const removed = removeWorkspaceMemberAndTell(ctx.data, { memberId: input.memberId, communeName: ctx.commune.name });
    if (!removed) notFound();
    const base = `/communes/${ctx.commune.code}`;
    revalidatePath(base, "layout");
    if (removed.userId === ctx.user.id) redirect("/espace");
    redirect(input.from === "referent" ? `${base}/referent?retrait=ok#referents` : `${base}/equipe?retrait=ok#membres`);
  },
});
