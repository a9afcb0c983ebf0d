/**
 * The themes of the kit's inventory grid ("État des lieux sur l'offre en santé de votre commune") beyond the
 * professionals, and the short list of tags each note can carry. Tags are stored as codes (JSON array in
 * `inventory_note.tags`); the labels are shown.
 */
import type { NoteTheme } from "@/lib/domain/enums";

export type ThemeInfo = {
  title: string;
  /** The kit's key questions for the theme, shown as a prompt. */
  questions: string;
  /** The placeholder-like hint under the note's text field. */
  hint: string;
  tags: Readonly<Record<string, string>>;
};

export const THEMES: Readonly<Record<NoteTheme, ThemeInfo>> = {
  besoins: {
    title: "Besoins des habitants",
    questions: "Difficultés remontées ? Publics en tension ?",
    hint: "Par exemple : délais de rendez-vous, nouveaux arrivants sans médecin traitant, renoncement aux soins signalé par le CCAS.",
    tags: {
      personnes_agees: "Personnes âgées",
      enfants: "Enfants et familles",
      jeunes: "Adolescents et jeunes",
      precarite: "Précarité",
      sante_mentale: "Santé mentale",
      maladies_chroniques: "Maladies chroniques",
      handicap: "Handicap",
      sans_medecin_traitant: "Sans médecin traitant",
      delais: "Délais de rendez-vous",
      soins_non_programmes: "Soins non programmés",
      mobilite: "Mobilité, accès aux soins",
      renoncement: "Renoncement aux soins",
    },
  },
  opportunites: {
    title: "Opportunités",
    questions: "Professionnels motivés ? Dynamiques émergentes ?",
    hint: "Par exemple : des professionnels qui se réunissent déjà, un jeune médecin qui souhaite s'installer, des locaux disponibles.",
    tags: {
      professionnels_motives: "Professionnels motivés",
      dynamique_emergente: "Dynamique émergente",
      installation: "Projet d'installation",
      accueil_etudiants: "Accueil d'étudiants ou d'internes",
      locaux: "Locaux disponibles",
      habitants: "Habitants mobilisés",
      partenaires: "Partenaires prêts à s'engager",
    },
  },
  dynamiques: {
    title: "Dynamiques existantes",
    questions: "Coopérations entre professionnels ? Projets en cours ?",
    hint: "Par exemple : une CPTS sur le territoire, un contrat local de santé, des réunions entre infirmier·ères et pharmacie.",
    tags: {
      cooperation: "Coopération entre professionnels",
      cpts: "CPTS",
      cls: "Contrat local de santé (CLS)",
      esp: "Équipe de soins primaires (ESP)",
      dac: "DAC",
      projet_en_cours: "Projet en cours",
      intercommunalite: "Intercommunalité",
    },
  },
  offres: {
    title: "Offres de santé existantes",
    questions: "Quels lieux et services de santé, sociaux et médico-sociaux ?",
    hint: "Par exemple : pharmacie, hôpital de référence, EHPAD, SSIAD, CCAS, transport solidaire.",
    tags: {
      pharmacie: "Pharmacie",
      hopital: "Hôpital",
      urgences: "Urgences",
      ehpad: "EHPAD",
      ssiad: "SSIAD",
      ccas: "CCAS",
      pmi: "PMI",
      sante_mentale: "Santé mentale (CMP)",
      laboratoire: "Laboratoire, imagerie",
      transport: "Transport",
    },
  },
};

export const MAX_TAGS = 8;

export function isTagOf(theme: NoteTheme, tag: string): boolean {
  return Object.hasOwn(THEMES[theme].tags, tag);
}

export function tagLabel(theme: NoteTheme, tag: string): string {
  return isTagOf(theme, tag) ? THEMES[theme].tags[tag] : tag;
}

/** The tags of a theme in their display order, keeping only known ones (unknown ones from old data are dropped). */
export function knownTags(theme: NoteTheme, tags: readonly string[]): string[] {
  const set = new Set(tags);
  return Object.keys(THEMES[theme].tags).filter((t) => set.has(t));
}
