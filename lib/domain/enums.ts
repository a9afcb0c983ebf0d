/** Every enumeration of the domain, in one place: reused by the schema (`text({ enum })`) and by zod. */

export const COMMUNE_ROLES = ["maire", "referent", "professionnel", "facilitateur"] as const;
export type CommuneRole = (typeof COMMUNE_ROLES)[number];

export const COMMUNE_ROLE_LABELS: Record<CommuneRole, string> = {
  maire: "Maire",
  referent: "Référent·e santé",
  professionnel: "Professionnel·le de santé",
  facilitateur: "Facilitateur·rice",
};

export const FEDERATION_ROLES = ["admin", "facilitateur"] as const;
export type FederationRole = (typeof FEDERATION_ROLES)[number];

export const FEDERATION_ROLE_LABELS: Record<FederationRole, string> = {
  admin: "Admin fédération",
  facilitateur: "Facilitateur·rice",
};

/** Who the health referent is, as the kit's mission sheet puts it: an elected official, an agent, or both. */
export const REFERENT_KINDS = ["elu", "agent", "binome"] as const;
export type ReferentKind = (typeof REFERENT_KINDS)[number];
export const REFERENT_KIND_LABELS: Record<ReferentKind, string> = {
  elu: "Un·e élu·e",
  agent: "Un·e agent·e de la collectivité",
  binome: "Un binôme élu·e / agent·e",
};

export const REFERENT_CAPACITIES = ["elu", "agent"] as const;
export type ReferentCapacity = (typeof REFERENT_CAPACITIES)[number];
export const REFERENT_CAPACITY_LABELS: Record<ReferentCapacity, string> = {
  elu: "élu·e",
  agent: "agent·e",
};

export const FEDERATION_REQUEST_STATUSES = ["pending", "accepted", "declined", "withdrawn"] as const;
export type FederationRequestStatus = (typeof FEDERATION_REQUEST_STATUSES)[number];
export const FEDERATION_REQUEST_STATUS_LABELS: Record<FederationRequestStatus, string> = {
  pending: "En attente de réponse",
  accepted: "Acceptée",
  declined: "Déclinée",
  withdrawn: "Retirée",
};

export const FEDERATION_STATUSES = ["active", "en_construction"] as const;
export type FederationStatus = (typeof FEDERATION_STATUSES)[number];

/** What an invitation, sent by e-mail with a personal link, grants once accepted. */
export const INVITATION_KINDS = ["referent", "federation_member"] as const;
export type InvitationKind = (typeof INVITATION_KINDS)[number];

export const MAIL_STATUSES = ["captured", "sent", "failed"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
