/**
 * What the mayor is told while a request waits: whether the federation can answer on Boussole at all, and,
 * after two weeks without an answer, the movement's national contact.
 */

/**
 * AVECsanté, the national federation, as printed on the back page of the kit of the 100 first days
 * ("AVECsanté, un mouvement fédéré et associatif"): its site, its e-mail and its phone.
 */
export const NATIONAL_CONTACT = {
  name: "AVECsanté",
  description: "le mouvement national des équipes de soins primaires coordonnées, auquel adhèrent les fédérations régionales",
  website: "https://www.avecsante.fr",
  email: "plaidoyer@avecsante.fr",
  phone: "07 84 89 02 36",
} as const;

/** Days without an answer after which the national contact is proposed. */
export const NATIONAL_CONTACT_AFTER_DAYS = 14;

const DAY = 24 * 60 * 60 * 1000;

export type WaitingHints = {
  /** The federation has no admin on Boussole: it got the request by e-mail only, calling it helps. */
  notOnBoussole: boolean;
  /** Pending for 14 days or more: propose the national contact. */
  suggestNational: boolean;
};

export function requestWaitingHints(request: { status: string; requestedAt: Date }, federationOnBoussole: boolean, now: Date): WaitingHints {
  const pending = request.status === "pending";
  return {
    notOnBoussole: pending && !federationOnBoussole,
    suggestNational: pending && now.getTime() - request.requestedAt.getTime() >= NATIONAL_CONTACT_AFTER_DAYS * DAY,
  };
}
