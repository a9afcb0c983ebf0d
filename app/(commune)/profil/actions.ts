"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { deleteOwnAccount, endAllSessions, setOwnName } from "@/db/account";
import { formAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/state";
import { NAME_STEP_PATH, requireAccount } from "@/lib/auth/guards";
import { sessionCookieName } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/urls";
import { deleteAccountSchema, ownNameSchema, signOutEverywhereSchema } from "@/lib/validation/profile";

/** « Prénom et nom » at first sign-in: the name, then where the person was going. */
export const giveNameAction = formAction({
  schema: ownNameSchema,
  authorize: () => requireAccount("profile.edit", NAME_STEP_PATH, { nameless: true }),
  run: async (input, { data }) => {
    setOwnName(data, { name: input.name });
    // The header (in the layout the client keeps between pages) shows the name from now on.
    revalidatePath("/", "layout");
    redirect(safeReturnPath(input.retour));
  },
});

/** The profile page's name form: the new name shows at once everywhere. */
export const changeNameAction = formAction({
  schema: ownNameSchema,
  authorize: () => requireAccount("profile.edit", "/profil"),
  run: async (input, { data }) => {
    setOwnName(data, { name: input.name });
    revalidatePath("/", "layout");
    return ok(`Votre nom est maintenant « ${input.name} ».`);
  },
});

async function forgetThisBrowser() {
  (await cookies()).delete(sessionCookieName());
}

/** « Se déconnecter partout » : every session of the account ends; this browser goes to the sign-in page. */
export const signOutEverywhereAction = formAction({
  schema: signOutEverywhereSchema,
  authorize: () => requireAccount("profile.edit", "/profil"),
  run: async (_input, { data }) => {
    endAllSessions(data);
    await forgetThisBrowser();
    redirect("/connexion");
  },
});

/** « Supprimer mon compte » : refused with what to do first, or done in one transaction; then signed out. */
export const deleteAccountAction = formAction({
  schema: deleteAccountSchema,
  authorize: () => requireAccount("profile.edit", "/profil"),
  run: async (_input, { data }) => {
    deleteOwnAccount(data);
    await forgetThisBrowser();
    redirect("/compte-supprime");
  },
});
