/**
 * Who publishes and hosts the service, and whom to write to about personal data: read from the environment
 * (documented in the README). Nothing is invented: a missing value is shown as a placeholder saying which
 * variable fills it.
 */
export type PublisherInfo = {
  /** BOUSSOLE_EDITEUR: the publisher's legal name (association, company, public body). */
  publisher: string | null;
  /** BOUSSOLE_EDITEUR_ADRESSE: its postal address. */
  publisherAddress: string | null;
  /** BOUSSOLE_DIRECTEUR_PUBLICATION: the director of publication. */
  director: string | null;
  /** BOUSSOLE_HEBERGEUR: the host's name, address and telephone. */
  host: string | null;
  /** BOUSSOLE_CONTACT_EMAIL: the operator's contact for personal data and accessibility. */
  contactEmail: string | null;
};

const read = (env: Record<string, string | undefined>, key: string) => env[key]?.trim() || null;

export function publisherInfo(env: Record<string, string | undefined> = process.env): PublisherInfo {
  return {
    publisher: read(env, "BOUSSOLE_EDITEUR"),
    publisherAddress: read(env, "BOUSSOLE_EDITEUR_ADRESSE"),
    director: read(env, "BOUSSOLE_DIRECTEUR_PUBLICATION"),
    host: read(env, "BOUSSOLE_HEBERGEUR"),
    contactEmail: read(env, "BOUSSOLE_CONTACT_EMAIL"),
  };
}

/** What the page shows when a value is not configured: which variable the operator must set. */
export const notConfigured = (variable: string) => `non renseigné par l'exploitant (variable ${variable})`;
