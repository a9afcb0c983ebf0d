import "server-only";
import { appUrl } from "@/lib/config";
import { INVITATION_DAYS } from "@/lib/auth/constants";
import { FEDERATION_ROLE_LABELS, type ReferentCapacity, type FederationRole } from "@/lib/domain/enums";
import { referentInvitationMail } from "@/lib/referent/invitation-mail";
import { sendMail, type Queue } from "./send";

const url = (path: string) => `${appUrl()}${path}`;

export function sendReferentInvitation(to: string, p: { name: string; inviter: string; communeName: string; capacity: ReferentCapacity; token: string }, q: Queue = {}) {
  return sendMail(to, referentInvitationMail({ inviter: p.inviter, communeName: p.communeName, capacity: p.capacity, url: url(`/invitation/${p.token}`) }), { sensitive: true, ...q });
}

export function sendFederationMemberInvitation(to: string, p: { inviter: string; federationName: string; role: FederationRole; token: string }, q: Queue = {}) {
  return sendMail(
    to,
    {
      subject: `${p.inviter} vous invite dans l'espace de la ${p.federationName} sur Boussole`,
      intro: `${p.inviter} vous invite à rejoindre la ${p.federationName} sur Boussole, en tant que ${FEDERATION_ROLE_LABELS[p.role].toLowerCase()}.`,
      paragraphs: ["Boussole est le portail où les communes et la fédération régionale préparent ensemble une équipe pluriprofessionnelle de santé."],
      action: { label: "Voir l'invitation", url: url(`/invitation/${p.token}`) },
      note: `Ce lien personnel est valable ${INVITATION_DAYS} jours et ne sert qu'une fois.`,
    },
    { sensitive: true, ...q },
  );
}

export function sendFederationRequestNotice(to: string, p: { federationId: string; requestId: number; federationName: string; communeName: string; requester: string; message: string }, q: Queue = {}) {
  return sendMail(to, {
    subject: `Demande d'accompagnement : ${p.communeName}`,
    intro: `${p.requester}, maire de ${p.communeName}, demande l'accompagnement de la ${p.federationName} pour construire une équipe pluriprofessionnelle de santé.`,
    paragraphs: [`Son message :\n« ${p.message} »`, "Vous pouvez accepter la demande en désignant un ou deux facilitateurs, ou la décliner en donnant un motif."],
    action: { label: "Répondre à la demande", url: url(`/federation/${p.federationId}?demande=${p.requestId}#demande-choisie`) },
    note: "Vous recevez ce message parce que vous administrez cette fédération sur Boussole, ou parce que cette adresse est celle de la fédération dans l'annuaire du mouvement AVECsanté.",
  }, q);
}

/**
 * The same request, to the directory address of a federation that has no admin on Boussole yet: the only link is
 * the founding one (the federation's page would be a 404 to this address until it has joined).
 */
export function sendFederationFounderNotice(to: string, p: { federationName: string; communeName: string; requester: string; message: string; token: string }, q: Queue = {}) {
  return sendMail(to, {
    subject: `Demande d'accompagnement : ${p.communeName}`,
    intro: `${p.requester}, maire de ${p.communeName}, demande l'accompagnement de la ${p.federationName} pour construire une équipe pluriprofessionnelle de santé.`,
    paragraphs: [
      `Son message :\n« ${p.message} »`,
      `La ${p.federationName} n'a pas encore d'espace sur Boussole, le portail où les communes et leur fédération régionale préparent ensemble une équipe de santé. Ce message est envoyé à l'adresse de la fédération dans l'annuaire du mouvement AVECsanté : le lien ci-dessous fait de ce compte l'admin de la fédération sur Boussole. Vous pourrez alors répondre à la demande, puis inviter vos collègues, chacun à son adresse.`,
    ],
    action: { label: "Rejoindre Boussole et répondre", url: url(`/invitation/${p.token}`) },
    note: `Ce lien est valable ${INVITATION_DAYS} jours et ne sert qu'une fois. Si un·e collègue a déjà rejoint Boussole pour la fédération, il ne sert plus : demandez-lui de vous inviter.`,
  }, { sensitive: true, ...q });
}

export function sendRequestAccepted(to: string, p: { communeCode: string; communeName: string; federationName: string; facilitators: string[] }, q: Queue = {}) {
  return sendMail(to, {
    subject: `La ${p.federationName} accompagne ${p.communeName}`,
    intro: `La ${p.federationName} a accepté d'accompagner la commune de ${p.communeName}.`,
    paragraphs: [`${p.facilitators.length > 1 ? "Vos facilitateurs" : "Votre facilitateur·rice"} : ${p.facilitators.join(" et ")}. Ils ont désormais accès à l'espace de la commune.`],
    action: { label: "Ouvrir l'espace de la commune", url: url(`/communes/${p.communeCode}`) },
  }, q);
}

export function sendFacilitatorAssigned(to: string, p: { communeCode: string; communeName: string; federationName: string; assignedBy: string }, q: Queue = {}) {
  return sendMail(to, {
    subject: `Vous accompagnez ${p.communeName}`,
    intro: `${p.assignedBy} vous a désigné·e, pour la ${p.federationName}, pour accompagner la commune de ${p.communeName}.`,
    action: { label: "Ouvrir l'espace de la commune", url: url(`/communes/${p.communeCode}`) },
  }, q);
}

export function sendRequestDeclined(to: string, p: { communeCode: string; communeName: string; federationName: string; reason: string }, q: Queue = {}) {
  return sendMail(to, {
    subject: `Réponse de la ${p.federationName} à votre demande`,
    intro: `La ${p.federationName} ne peut pas donner suite à la demande d'accompagnement de ${p.communeName}.`,
    paragraphs: [`Motif :\n« ${p.reason} »`, "Vous pouvez adresser une nouvelle demande, à cette fédération ou à une autre de l'annuaire."],
    action: { label: "Ouvrir l'espace de la commune", url: url(`/communes/${p.communeCode}`) },
  }, q);
}
