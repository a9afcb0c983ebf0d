"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import {
  applyImport,
  createNote,
  createProfessional,
  deleteNote,
  deleteProfessional,
  eraseProfessional,
  locatedIn,
  inviteProfessional,
  previewImport,
  resendProfessionalInvitation,
  revokeProfessionalInvitation,
  updateNote,
  updateProfessional,
} from "@/db/inventory";
import { write, within, type Tx } from "@/db/context";
import { invitationAllowance, invitationsSent } from "@/db/trust";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { asFormData } from "@/lib/actions/core";
import { FormError } from "@/lib/domain/errors";
import { ok, type ActionState } from "@/lib/actions/state";
import { requireCommuneRole, type CommuneContext } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { COMMUNE_ROLE_LABELS, type CommuneRole } from "@/lib/domain/enums";
import { CSV_MAX_BYTES, checkCsvSize, decodeCsv } from "@/lib/inventory/csv";
import type { ImportState } from "@/lib/inventory/import-state";
import { professionLabel } from "@/lib/inventory/professions";
import { sendProfessionalInvitation } from "@/lib/mail/inventory-messages";
import { communeCodeField } from "@/lib/validation/common";
import {
  createNoteSchema,
  createProfessionalSchema,
  deleteRecordSchema,
  inviteProfessionalSchema,
  professionalInvitationSchema,
  updateNoteSchema,
  updateProfessionalSchema,
} from "@/lib/validation/inventory";

const base = (code: string) => `/communes/${code}/etat-des-lieux`;
const refresh = (code: string) => revalidatePath(`/communes/${code}`, "layout");

/** Who enters a line by default: the federation's facilitators for the federation, the municipal team otherwise. */
function defaultSource(roles: CommuneRole[]): "commune" | "federation" {
  return roles.includes("maire") || roles.includes("referent") ? "commune" : "federation";
}

/* ——— Professionals ——— */

export const createProfessionalAction = formAction({
  schema: createProfessionalSchema,
  authorize: (input) => requireCommuneRole(input.code, "inventory.edit"),
  run: async (input, ctx) => {
    createProfessional(ctx.data, { line: input.line, source: input.source });
    refresh(ctx.commune.code);
    redirect(`${base(ctx.commune.code)}?ok=fiche-ajoutee`);
  },
});

/** The team saves any line; a professional only their own (which confirms it). */
export const updateProfessionalAction = formAction({
  schema: updateProfessionalSchema,
  authorize: (input) => requireCommuneRole(input.code, ["inventory.edit", "inventory.confirmOwnLine"]),
  run: async (input, ctx) => {
    const saved = updateProfessional(ctx.data, { ...input, team: can(ctx.roles, "inventory.edit") });
    if (!saved) notFound();
    refresh(ctx.commune.code);
    redirect(`${base(ctx.commune.code)}?ok=${saved.as === "owner" ? "fiche-confirmee" : saved.changed.length ? "fiche-enregistree" : "fiche-inchangee"}`);
  },
});

export const deleteProfessionalAction = formAction({
  schema: deleteRecordSchema,
  authorize: (input) => requireCommuneRole(input.code, "inventory.edit"),
  run: async (input, ctx) => {
    const deleted = deleteProfessional(ctx.data, input);
    if (!deleted) throw new FormError("Cette fiche a déjà été supprimée.");
    refresh(ctx.commune.code);
    redirect(`${base(ctx.commune.code)}?ok=fiche-supprimee`);
  },
});

/** The maire erases a line with its mentions in the history and the mails stored for the person (RGPD erasure). */
export const eraseProfessionalAction = formAction({
  schema: deleteRecordSchema,
  authorize: (input) => requireCommuneRole(input.code, "members.remove"),
  run: async (input, ctx) => {
    const erased = eraseProfessional(ctx.data, input);
    if (!erased) throw new FormError("Cette fiche a déjà été supprimée.");
    refresh(ctx.commune.code);
    redirect(`${base(ctx.commune.code)}?ok=fiche-effacee`);
  },
});

/* ——— Inviting a professional to confirm their line ——— */

function inviterRole(ctx: CommuneContext): string {
  const role = (["maire", "referent", "facilitateur"] as const).find((r) => ctx.roles.includes(r)) ?? "referent";
  return role === "facilitateur" ? "facilitateur·rice de la fédération régionale" : `${COMMUNE_ROLE_LABELS[role].toLowerCase()} de ${ctx.commune.name}`;
}

/** Puts the invitation's e-mail in the outbox, in the caller's transaction; the worker records its outcome on the invitation. */
function mailInvitation(ctx: CommuneContext, tx: Tx, inv: { id: number; email: string }, token: string, line: { name: string | null; profession: Parameters<typeof professionLabel>[0]; professionOther: string | null }) {
  sendProfessionalInvitation(inv.email, {
    name: line.name,
    inviter: displayName(ctx.user),
    inviterRole: inviterRole(ctx),
    communeName: ctx.commune.name,
    profession: professionLabel(line.profession, line.professionOther),
    token,
  }, { db: tx, concerns: { kind: "invitation", id: inv.id } });
}

export const inviteProfessionalAction = formAction({
  schema: inviteProfessionalSchema,
  authorize: (input) => requireCommuneRole(input.code, "inventory.invite"),
  run: async (input, ctx) => {
    const allowance = await invitationAllowance(ctx.data);
    const created = write(ctx.data, (tx) => {
      const created = inviteProfessional(within(ctx.data, tx), { ...input, allowance });
      if (created) mailInvitation(ctx, tx, created.invitation, created.token, created.line);
      return created;
    });
    if (!created) notFound();
    await invitationsSent(ctx.data, 1);
    refresh(ctx.commune.code);
    return ok(`Invitation en cours d'envoi à ${created.invitation.email}. La fiche sera marquée « confirmée » quand la personne l'aura vérifiée.`);
  },
});

export const resendProfessionalInvitationAction = formAction({
  schema: professionalInvitationSchema,
  authorize: (input) => requireCommuneRole(input.code, "inventory.invite"),
  run: async (input, ctx) => {
    const allowance = await invitationAllowance(ctx.data);
    const renewed = write(ctx.data, (tx) => {
      const renewed = resendProfessionalInvitation(within(ctx.data, tx), { ...input, allowance });
      if (renewed) mailInvitation(ctx, tx, renewed.invitation, renewed.token, renewed.line);
      return renewed;
    });
    if (!renewed) notFound();
    await invitationsSent(ctx.data, 1);
    refresh(ctx.commune.code);
    return ok(`Invitation renvoyée à ${renewed.invitation.email} : envoi en cours. Le lien précédent ne fonctionne plus.`);
  },
});

export const revokeProfessionalInvitationAction = formAction({
  schema: professionalInvitationSchema,
  authorize: (input) => requireCommuneRole(input.code, "inventory.invite"),
  run: async (input, ctx) => {
    const revoked = revokeProfessionalInvitation(ctx.data, input);
    if (!revoked) notFound();
    refresh(ctx.commune.code);
    return ok(`Invitation de ${revoked.email} retirée : son lien ne fonctionne plus.`);
  },
});

/* ——— Notes ——— */

export const createNoteAction = formAction({
  schema: createNoteSchema,
  authorize: (input) => requireCommuneRole(input.code, "inventory.edit"),
  run: async (input, ctx): Promise<ActionState> => {
    createNote(ctx.data, input);
    refresh(ctx.commune.code);
    return ok("Note ajoutée.");
  },
});

export const updateNoteAction = formAction({
  schema: updateNoteSchema,
  authorize: (input) => requireCommuneRole(input.code, "inventory.edit"),
  run: async (input, ctx) => {
    updateNote(ctx.data, input);
    refresh(ctx.commune.code);
    redirect(`${base(ctx.commune.code)}?ok=note-enregistree#${input.theme}`);
  },
});

export const deleteNoteAction = formAction({
  schema: deleteRecordSchema,
  authorize: (input) => requireCommuneRole(input.code, "inventory.edit"),
  run: async (input, ctx) => {
    const deleted = deleteNote(ctx.data, input);
    if (!deleted) throw new FormError("Cette note a déjà été supprimée.");
    refresh(ctx.commune.code);
    redirect(`${base(ctx.commune.code)}?ok=note-supprimee#${deleted.theme}`);
  },
});

/* ——— CSV import ——— */

const safeFileName = (name: string) => name.replace(/[\u0000-\u001f"<>\\/]/g, "").slice(0, 120) || "fichier.csv";

/**
 * Two steps on one action: "preview" reads the uploaded file and says, row by row, what it would do; "confirm"
 * sends the previewed text back and writes it, only if it still has no error.
 */
export async function importProfessionalsAction(_prev: ImportState, sent: FormData): Promise<ImportState> {
  const formData = asFormData(sent);
  const code = communeCodeField.safeParse(formData.get("code"));
  if (!code.success) notFound();
  const ctx = await requireCommuneRole(code.data, "inventory.edit");
  const data = locatedIn(ctx.data, ctx.commune.departementCode);
  const source = defaultSource(ctx.roles);

  if (formData.get("step") === "confirm") {
    const content = formData.get("content");
    const fileName = safeFileName(String(formData.get("fileName") ?? ""));
    if (typeof content !== "string" || !content) return { status: "error", message: "Le contenu du fichier manque : choisissez-le de nouveau." };
    if (content.length > CSV_MAX_BYTES) return { status: "error", message: checkCsvSize(content.length)! };
    let result: ReturnType<typeof applyImport>;
    try {
      result = applyImport(data, { text: content, fileName, defaultSource: source });
    } catch (e) {
      if (e instanceof FormError) return { status: "error", message: e.message };
      throw e;
    }
    if (!result.ok) return { status: "error", message: result.message };
    const { plan, written } = result.value;
    if (!written) {
      return {
        status: "preview",
        fileName,
        content,
        plan,
        message: plan.counts.error
          ? "Rien n'a été enregistré : l'état des lieux a changé depuis l'aperçu et le fichier contient maintenant des erreurs (ci-dessous)."
          : "Rien à enregistrer : toutes les lignes sont identiques à l'état des lieux.",
      };
    }
    refresh(ctx.commune.code);
    redirect(`${base(ctx.commune.code)}?ok=import&ajouts=${plan.counts.create}&modifs=${plan.counts.update}`);
  }

  const file = formData.get("file");
  if (!(file instanceof File) || (file.size === 0 && !file.name)) return { status: "error", message: "Choisissez un fichier CSV à importer." };
  const tooBig = checkCsvSize(file.size);
  if (tooBig) return { status: "error", message: tooBig };
  const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { status: "error", message: decoded.message };
  const preview = previewImport(data, { text: decoded.value, defaultSource: source });
  if (!preview.ok) return { status: "error", message: preview.message };
  return { status: "preview", fileName: safeFileName(file.name), content: decoded.value, plan: preview.value };
}
