import "server-only";
import { sendMail, type Queue } from "./send";

const ASK = "Si vous pensez qu'il s'agit d'une erreur, adressez-vous directement à la personne qui vous a retiré·e : elle seule peut vous inviter à nouveau.";

/** To someone the maire removed from the commune's workspace (or replaced as referent). */
export function sendRemovedFromWorkspace(to: string, p: { remover: string; communeName: string; role: string; successors?: string }, q: Queue = {}) {
  return sendMail(to, {
    subject: `Votre accès à l'espace de ${p.communeName} sur Boussole est retiré`,
    intro: `${p.remover}, maire de ${p.communeName}, vous a retiré·e de l'espace de la commune sur Boussole, où vous étiez ${p.role}.`,
    paragraphs: [
      ...(p.successors ? [`${p.successors} ${p.successors.includes(" et ") ? "sont désigné·es" : "est désigné·e"} référent·e santé à votre place.`] : []),
      "Votre accès a pris fin immédiatement : les pages de la commune ne s'ouvrent plus pour vous. Votre compte Boussole reste, ainsi que vos autres espaces s'il y en a ; ce que vous avez écrit dans l'espace de la commune y reste aussi.",
    ],
    note: ASK,
  }, q);
}

/** To someone a federation's admin removed from the federation. */
export function sendRemovedFromFederation(to: string, p: { remover: string; federationName: string; role: string; communes: string[] }, q: Queue = {}) {
  return sendMail(to, {
    subject: `Votre accès à l'espace de la ${p.federationName} sur Boussole est retiré`,
    intro: `${p.remover}, admin de la ${p.federationName}, vous a retiré·e de la fédération sur Boussole, où vous étiez ${p.role}.`,
    paragraphs: [
      ...(p.communes.length ? [`Vous n'accompagnez plus, pour la fédération, ${p.communes.length > 1 ? "les communes de" : "la commune de"} ${p.communes.join(", ")} : leurs espaces ne s'ouvrent plus pour vous.`] : []),
      "Votre accès a pris fin immédiatement. Votre compte Boussole reste, ainsi que vos autres espaces s'il y en a.",
    ],
    note: ASK,
  }, q);
}

/** To a facilitator whose accompaniment of one commune the federation ended. */
export function sendFacilitatorUnassigned(to: string, p: { remover: string; federationName: string; communeName: string }, q: Queue = {}) {
  return sendMail(to, {
    subject: `Vous n'accompagnez plus ${p.communeName}`,
    intro: `${p.remover}, admin de la ${p.federationName}, vous a retiré·e de l'accompagnement de la commune de ${p.communeName} sur Boussole.`,
    paragraphs: ["Votre accès à l'espace de la commune a pris fin immédiatement. Vous restez membre de la fédération, et les autres communes que vous accompagnez ne changent pas."],
    note: ASK,
  }, q);
}
