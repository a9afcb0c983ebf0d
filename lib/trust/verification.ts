/**
 * The verified mandate: a new workspace is "à vérifier" until a federation admin (on accepting its request,
 * after calling the town hall) or the operator (`npm run workspace:verify`) vouches that its maire is the mayor.
 * Until then, what leaves the platform is capped to the federation request and the referent designation.
 */
import { FormError } from "@/lib/domain/errors";
import type { WorkspaceVerificationMethod } from "@/lib/domain/enums";

export type Verification = { verifiedAt: Date | null; verifiedVia?: WorkspaceVerificationMethod | null };

export function isVerified(ws: Verification): boolean {
  return ws.verifiedAt !== null;
}

/** The e-mails an unverified workspace may not send, each with what the refusal says. */
export const CAPPED_MAILS = {
  professional_invitation: "inviter des professionnel·les à confirmer leur fiche",
  meeting_mail: "envoyer des invitations, relances ou modifications de rencontre",
  synthesis_mail: "envoyer la synthèse par e-mail",
} as const;
export type CappedMail = keyof typeof CAPPED_MAILS;

/** What the banner says: what is capped, and how the verification happens. */
export const UNVERIFIED_BANNER = {
  title: "Espace à vérifier",
  capped:
    "Tant que personne n'a confirmé que vous êtes bien le maire de la commune, Boussole n'envoie que la demande d'accompagnement à la fédération et la désignation du référent santé : pas d'invitations aux professionnel·les, pas d'invitations ni de relances de rencontre, pas de synthèse par e-mail.",
  how: "La fédération de votre région vérifie votre mandat auprès de la mairie quand elle accepte votre demande d'accompagnement ; l'équipe de Boussole peut aussi le faire sur demande.",
};

export function unverifiedRefusal(what: CappedMail): string {
  return `Cet espace n'est pas encore vérifié : il ne peut pas ${CAPPED_MAILS[what]}. La fédération confirme le mandat du maire en acceptant la demande d'accompagnement ; ensuite, ces envois sont ouverts.`;
}

/** The domain rule, asked by the data functions that prepare an e-mail to someone outside the team. */
export function assertMayMail(ws: Verification, what: CappedMail): void {
  if (!isVerified(ws)) throw new FormError(unverifiedRefusal(what));
}

/** The message when an account already holds an unverified workspace. */
export function secondUnverifiedRefusal(communeName: string): string {
  return `Vous avez déjà ouvert l'espace de ${communeName}, qui n'est pas encore vérifié. Un compte ne peut tenir qu'un espace à vérifier à la fois : attendez que la fédération ait confirmé votre mandat à ${communeName}.`;
}

/** How the history tells the verification. */
export function verificationSummary(input: { communeName: string; by: string | null; via: WorkspaceVerificationMethod; how?: string | null }): string {
  const how = input.how?.trim() ? ` (${input.how.trim()})` : "";
  return input.via === "federation"
    ? `${input.by} a vérifié auprès de la mairie que le maire de l'espace est bien maire de ${input.communeName}${how}.`
    : `L'équipe de Boussole a vérifié le mandat du maire de ${input.communeName}${how}.`;
}

/**
 * Who sends an invitation, as the e-mail names them so that the recipient can judge it: « Claire Fabre
 * (maire de Marvejols) », « Inès Benali (facilitateur·rice pour Marvejols) ».
 */
export function senderLabel(name: string, roleLabels: string[], communeName: string): string {
  const roles = roleLabels.map((r) => r.toLowerCase()).join(" et ");
  return roles ? `${name} (${roles}, ${communeName})` : `${name} (${communeName})`;
}
