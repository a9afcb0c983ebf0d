import "server-only";
import { appUrl } from "@/lib/config";
import { INVITATION_DAYS } from "@/lib/auth/constants";
import { sendMail, type Queue } from "./send";

/** The professional's invitation to check and confirm their own line of the commune's inventory. */
export function sendProfessionalInvitation(
  to: string,
  p: { name: string | null; inviter: string; inviterRole: string; communeName: string; profession: string; token: string },
  q: Queue = {},
) {
  return sendMail(
    to,
    {
      subject: `${p.inviter} vous invite à vérifier votre fiche de l'état des lieux santé de ${p.communeName}`,
      intro: `${p.inviter} (${p.inviterRole}) prépare avec la fédération régionale des maisons de santé un état des lieux de l'offre de santé de ${p.communeName}, première étape vers une équipe pluriprofessionnelle. Vous y figurez${p.name ? ` (${p.name}, ${p.profession.toLowerCase()})` : ` (${p.profession.toLowerCase()})`} : ${p.inviter} vous invite à vérifier ces informations sur Boussole.`,
      paragraphs: [
        "La fiche indique votre profession, où et comment vous exercez, votre tranche d'âge, vos projets de départ et votre intérêt pour un travail en équipe. Vous pouvez tout corriger, et la fiche sera marquée « confirmée par le professionnel ».",
        "Votre âge et vos projets de départ ne sont visibles que par l'équipe municipale, la fédération régionale et vous-même, jamais par les autres professionnels. Vous pouvez aussi demander la suppression de votre fiche.",
        "En acceptant, votre compte Boussole est créé avec cette adresse e-mail ; vous n'aurez pas de mot de passe à retenir.",
      ],
      action: { label: "Vérifier ma fiche", url: `${appUrl()}/invitation/${p.token}` },
      note: `Ce lien personnel est valable ${INVITATION_DAYS} jours et ne sert qu'une fois. Si vous ne connaissez pas ${p.inviter} ou ne travaillez pas près de ${p.communeName}, ignorez ce message.`,
    },
    { sensitive: true, ...q },
  );
}
