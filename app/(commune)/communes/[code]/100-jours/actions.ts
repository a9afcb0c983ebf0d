"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { setMeetingPlace, updateChecklistItem } from "@/db/checklist";
import { formAction } from "@/lib/actions/action";
import { requireCommuneRole, type CommuneContext } from "@/lib/auth/guards";
import { checklistPath } from "@/lib/checklist/paths";
import { checklistItemSchema, meetingPlaceSchema } from "@/lib/validation/checklist";

/** The checklist, and the dashboard that sums it up. */
function refresh(ctx: CommuneContext) {
  revalidatePath(checklistPath(ctx.commune.code));
  revalidatePath(`/communes/${ctx.commune.code}`);
}

/** Status, owner and note of one item; back to the list, on the item, with what happened. */
export const updateChecklistItemAction = formAction({
  schema: checklistItemSchema,
  authorize: (input) => requireCommuneRole(input.code, "checklist.edit"),
  run: async (input, ctx) => {
    const saved = updateChecklistItem(ctx.data, input);
    refresh(ctx);
    redirect(`${checklistPath(ctx.commune.code)}?fait=${saved.changed.length ? "enregistre" : "inchange"}&de=${input.item}#item-${input.item}`);
  },
});

/** The regular meeting place: recording it ticks "lieu_de_rencontre". */
export const setMeetingPlaceAction = formAction({
  schema: meetingPlaceSchema,
  authorize: (input) => requireCommuneRole(input.code, "checklist.edit"),
  run: async (input, ctx) => {
    const saved = setMeetingPlace(ctx.data, input);
    refresh(ctx);
    redirect(`${checklistPath(ctx.commune.code)}?fait=${saved.changed ? "lieu" : "inchange"}&de=lieu_de_rencontre#item-lieu_de_rencontre`);
  },
});
