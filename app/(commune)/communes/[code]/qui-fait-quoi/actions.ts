"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createPartnerContact, deletePartnerContact, saveResponsibility, updatePartnerContact } from "@/db/roles";
import { formAction } from "@/lib/actions/action";
import { requireCommuneRole } from "@/lib/auth/guards";
import { contactsPath, rolesPath } from "@/lib/roles/paths";
import { createPartnerContactSchema, deletePartnerContactSchema, responsibilitySchema, updatePartnerContactSchema } from "@/lib/validation/roles";

/** Saves one actor's responsibilities and goes back to its section (the checklist's item may have ticked). */
export const saveResponsibilityAction = formAction({
  schema: responsibilitySchema,
  authorize: (input) => requireCommuneRole(input.code, "responsibilities.edit"),
  run: async (input, ctx) => {
    const { changed } = saveResponsibility(ctx.data, input);
    revalidatePath(rolesPath(ctx.commune.code));
    redirect(`${rolesPath(ctx.commune.code)}?fait=${changed ? "enregistre" : "inchange"}#acteur-${input.actor}`);
  },
});

export const createPartnerContactAction = formAction({
  schema: createPartnerContactSchema,
  authorize: (input) => requireCommuneRole(input.code, "partners.edit"),
  run: async (input, ctx) => {
    const contact = createPartnerContact(ctx.data, input);
    revalidatePath(contactsPath(ctx.commune.code));
    redirect(`${contactsPath(ctx.commune.code)}?fait=ajoute#contact-${contact.id}`);
  },
});

export const updatePartnerContactAction = formAction({
  schema: updatePartnerContactSchema,
  authorize: (input) => requireCommuneRole(input.code, "partners.edit"),
  run: async (input, ctx) => {
    const { contact, changed } = updatePartnerContact(ctx.data, input);
    revalidatePath(contactsPath(ctx.commune.code));
    redirect(`${contactsPath(ctx.commune.code)}?fait=${changed.length ? "modifie" : "inchange"}#contact-${contact.id}`);
  },
});

export const deletePartnerContactAction = formAction({
  schema: deletePartnerContactSchema,
  authorize: (input) => requireCommuneRole(input.code, "partners.edit"),
  run: async (input, ctx) => {
    deletePartnerContact(ctx.data, input);
    revalidatePath(contactsPath(ctx.commune.code));
    redirect(`${contactsPath(ctx.commune.code)}?fait=supprime`);
  },
});
