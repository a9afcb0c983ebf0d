/** The demo commune and its people (seeded outside production only; "sign in as…" uses this list). */
export const DEMO_COMMUNE_CODE = "48092"; // Marvejols (Lozère, Occitanie): accompanied by the Fécop
export const DEMO_FEDERATION_ID = "fecop";
export const DEMO_MANDATE_START = "2026-03-22";

export const DEMO_ACCOUNTS = [
  { email: "maire@demo.boussole.fr", name: "Claire Fabre", label: "Maire de Marvejols", description: "ouvre l'espace, invite la fédération et le référent", home: `/communes/${DEMO_COMMUNE_CODE}` },
  { email: "referent@demo.boussole.fr", name: "Thomas Rouquette", label: "Référent santé (élu)", description: "fait vivre l'espace au quotidien", home: `/communes/${DEMO_COMMUNE_CODE}` },
  { email: "facilitatrice@demo.boussole.fr", name: "Inès Benali", label: "Facilitatrice de la Fécop", description: "accompagne la commune pour la fédération", home: `/communes/${DEMO_COMMUNE_CODE}` },
  { email: "admin@demo.boussole.fr", name: "Marc Delmas", label: "Admin de la Fécop", description: "répond aux demandes des communes", home: `/federation/${DEMO_FEDERATION_ID}` },
  { email: "k.haddad@cabinet-soubeyran.test", name: "Dr Karim Haddad", label: "Médecin généraliste", description: "confirme sa fiche ; ne voit pas les données personnelles des autres", home: `/communes/${DEMO_COMMUNE_CODE}/etat-des-lieux` },
] as const;

export const DEMO_EMAILS: readonly string[] = DEMO_ACCOUNTS.map((a) => a.email);

/** Whether an address is one of the demo's accounts (the only ones a public demo signs in). */
export function isDemoAccount(email: string | null | undefined): boolean {
  return typeof email === "string" && DEMO_EMAILS.includes(email.trim().toLowerCase());
}

/** What a public demo answers to any other address. */
export const PUBLIC_DEMO_REFUSAL =
  "Cette démonstration publique ne connecte que ses comptes de démonstration : choisissez l'un d'eux sur la page de connexion. Pour utiliser Boussole avec votre adresse, rendez-vous sur le site de production.";
