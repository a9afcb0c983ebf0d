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

/** How a workspace's mayor was vouched for: by a federation admin on accepting the request, or by the operator. */
export const WORKSPACE_VERIFICATION_METHODS = ["federation", "operateur"] as const;
export type WorkspaceVerificationMethod = (typeof WORKSPACE_VERIFICATION_METHODS)[number];

/** A claim to be a commune's mayor: waiting, granted (the maire role moved), or refused. */
export const COMMUNE_CLAIM_STATUSES = ["pending", "transferred", "rejected"] as const;
export type CommuneClaimStatus = (typeof COMMUNE_CLAIM_STATUSES)[number];

/** What an invitation, sent by e-mail with a personal link, grants once accepted. */
export const INVITATION_KINDS = ["referent", "federation_member", "professionnel", "federation_founder"] as const;
export type InvitationKind = (typeof INVITATION_KINDS)[number];

/**
 * An e-mail's place in the outbox (db/mail/outbox.ts): written "en_attente" with the change that causes it,
 * "envoi" while the worker hands it to the relay, then "remis" (the relay accepted it), "non_remis" (refused,
 * or every attempt failed) or "conserve" (demo without SMTP: kept for the development mailbox only).
 */
export const MAIL_STATUSES = ["en_attente", "envoi", "remis", "non_remis", "conserve"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
export const MAIL_STATE_LABELS: Record<MailStatus, string> = {
  en_attente: "Envoi en cours",
  envoi: "Envoi en cours",
  remis: "Remis (SMTP)",
  non_remis: "Non remis",
  conserve: "Gardé",
};
/** What a mail's outcome is recorded on, besides the mail itself (the "E-mail non remis — Renvoyer" badges). */
export const MAIL_CONCERNS = ["invite_reunion", "invitation", "lien_synthese"] as const;
export type MailConcern = (typeof MAIL_CONCERNS)[number];

/* ——— Inventory (état des lieux) ——— */

export const PROFESSIONS = [
  "medecin_generaliste",
  "medecin_specialiste",
  "chirurgien_dentiste",
  "sage_femme",
  "pharmacien",
  "infirmier",
  "infirmier_pratique_avancee",
  "masseur_kinesitherapeute",
  "orthophoniste",
  "orthoptiste",
  "ergotherapeute",
  "psychomotricien",
  "dieteticien",
  "pedicure_podologue",
  "psychologue",
  "assistant_medical",
  "autre",
] as const;
export type Profession = (typeof PROFESSIONS)[number];
/** Written for both genders (median point, as elsewhere in the app); the CSV import also reads the older masculine labels. */
export const PROFESSION_LABELS: Record<Profession, string> = {
  medecin_generaliste: "Médecin généraliste",
  medecin_specialiste: "Médecin spécialiste",
  chirurgien_dentiste: "Chirurgien·ne-dentiste",
  sage_femme: "Sage-femme",
  pharmacien: "Pharmacien·ne",
  infirmier: "Infirmier·ère",
  infirmier_pratique_avancee: "Infirmier·ère en pratique avancée",
  masseur_kinesitherapeute: "Masseur·se-kinésithérapeute",
  orthophoniste: "Orthophoniste",
  orthoptiste: "Orthoptiste",
  ergotherapeute: "Ergothérapeute",
  psychomotricien: "Psychomotricien·ne",
  dieteticien: "Diététicien·ne",
  pedicure_podologue: "Pédicure-podologue",
  psychologue: "Psychologue",
  assistant_medical: "Assistant·e médical·e",
  autre: "Autre profession",
};

export const PRACTICE_LOCATIONS = ["commune", "proximite"] as const;
export type PracticeLocation = (typeof PRACTICE_LOCATIONS)[number];
export const PRACTICE_LOCATION_LABELS: Record<PracticeLocation, string> = {
  commune: "Dans la commune",
  proximite: "Dans une commune proche",
};

export const PRACTICE_FORMS = ["isole", "cabinet_groupe", "msp", "centre_sante"] as const;
export type PracticeForm = (typeof PRACTICE_FORMS)[number];
export const PRACTICE_FORM_LABELS: Record<PracticeForm, string> = {
  isole: "Exercice isolé",
  cabinet_groupe: "Cabinet de groupe",
  msp: "Maison de santé (MSP)",
  centre_sante: "Centre de santé",
};

export const AGE_BRACKETS = ["moins_40", "40_54", "55_61", "62_plus", "inconnu"] as const;
export type AgeBracket = (typeof AGE_BRACKETS)[number];
export const AGE_BRACKET_LABELS: Record<AgeBracket, string> = {
  moins_40: "Moins de 40 ans",
  "40_54": "40 à 54 ans",
  "55_61": "55 à 61 ans",
  "62_plus": "62 ans et plus",
  inconnu: "Âge inconnu",
};

export const DEPARTURE_HORIZONS = ["moins_2_ans", "2_5_ans", "aucun", "inconnu"] as const;
export type DepartureHorizon = (typeof DEPARTURE_HORIZONS)[number];
export const DEPARTURE_HORIZON_LABELS: Record<DepartureHorizon, string> = {
  moins_2_ans: "Départ prévu d'ici 2 ans",
  "2_5_ans": "Départ prévu dans 2 à 5 ans",
  aucun: "Pas de départ connu",
  inconnu: "Inconnu",
};

export const INTEREST_LEVELS = ["oui", "peut_etre", "non", "non_sollicite"] as const;
export type InterestLevel = (typeof INTEREST_LEVELS)[number];
export const INTEREST_LABELS: Record<InterestLevel, string> = {
  oui: "Oui",
  peut_etre: "Peut-être",
  non: "Non",
  non_sollicite: "Pas encore sollicité·e",
};

export const LINE_SOURCES = ["commune", "federation", "professionnel"] as const;
export type LineSource = (typeof LINE_SOURCES)[number];
export const LINE_SOURCE_LABELS: Record<LineSource, string> = {
  commune: "Saisi par la commune",
  federation: "Saisi par la fédération",
  professionnel: "Confirmé par le professionnel",
};

export const NOTE_THEMES = ["besoins", "opportunites", "dynamiques", "offres"] as const;
export type NoteTheme = (typeof NOTE_THEMES)[number];

/* ——— Meetings ——— */

export const MEETING_KINDS = ["premiere", "suivi"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  premiere: "Première rencontre avec les professionnels",
  suivi: "Réunion de suivi",
};

export const MEETING_STATUSES = ["brouillon", "invitations_envoyees", "tenue", "annulee"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  brouillon: "Brouillon",
  invitations_envoyees: "Invitations envoyées",
  tenue: "Tenue",
  annulee: "Annulée",
};

export const RSVP_ANSWERS = ["oui", "non", "peut_etre"] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];
export const RSVP_LABELS: Record<RsvpAnswer | "sans_reponse", string> = {
  oui: "Oui",
  non: "Non",
  peut_etre: "Peut-être",
  sans_reponse: "Sans réponse",
};

/* ——— Synthesis and next steps (journey 4) ——— */

/** Who owns a next step: a member with an account, an invitee or an inventory line without one, or an actor. */
export const NEXT_STEP_OWNER_KINDS = ["membre", "invite", "professionnel", "acteur"] as const;
export type NextStepOwnerKind = (typeof NEXT_STEP_OWNER_KINDS)[number];

/** The actors a next step can be given to as a whole (the kit's "qui fait quoi"). */
export const ACTORS = ["commune", "professionnels", "federation", "ars", "cpam", "msa", "intercommunalite", "ccas", "cpts", "cls", "acteurs_sociaux", "autre_partenaire"] as const;
export type Actor = (typeof ACTORS)[number];
export const ACTOR_LABELS: Record<Actor, string> = {
  commune: "La commune",
  professionnels: "Les professionnel·les de santé",
  federation: "La fédération régionale",
  ars: "L'ARS",
  cpam: "La CPAM",
  msa: "La MSA",
  intercommunalite: "L'intercommunalité",
  ccas: "Le CCAS",
  cpts: "La CPTS",
  cls: "Le contrat local de santé (CLS)",
  acteurs_sociaux: "Les acteurs sociaux",
  autre_partenaire: "Un autre partenaire",
};

export const NEXT_STEP_STATUSES = ["a_faire", "en_cours", "fait", "abandonne"] as const;
export type NextStepStatus = (typeof NEXT_STEP_STATUSES)[number];
export const NEXT_STEP_STATUS_LABELS: Record<NextStepStatus, string> = {
  a_faire: "À faire",
  en_cours: "En cours",
  fait: "Fait",
  abandonne: "Abandonné",
};

/** A checklist item's state: ticked by hand, or by the facts (lib/checklist/rules.ts). */
export const CHECKLIST_STATUSES = ["a_faire", "en_cours", "fait", "sans_objet"] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];
export const CHECKLIST_STATUS_LABELS: Record<ChecklistStatus, string> = {
  a_faire: "À faire",
  en_cours: "En cours",
  fait: "Fait",
  sans_objet: "Sans objet",
};

/** The partners of "Qui fait quoi" beyond the commune, the professionals and the federation. */
export const PARTNERS = ["ars", "cpam", "msa", "intercommunalite", "ccas", "cpts", "cls", "acteurs_sociaux", "autre_partenaire"] as const satisfies readonly Actor[];
export type Partner = (typeof PARTNERS)[number];

/** What the daily job reminds, one kind per audience. */
export const REMINDER_KINDS = ["checklist", "prochaine_etape", "federation"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
