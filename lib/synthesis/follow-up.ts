/**
 * The follow-up meeting's agenda, drawn from the first one's synthesis: not the kit's first-meeting agenda
 * again, but a look back at what was said, where the next steps stand, the leads to work on, and what comes
 * next. Item texts stay within the agenda's limits (titles 150 characters, questions 2,000).
 */
import type { AgendaItemInput } from "@/lib/meetings/agenda";
import { formatDate } from "@/lib/dates";

export type FollowUpBasis = {
  /** The day of the meeting it follows (YYYY-MM-DD). */
  previousDay: string;
  leads: string[];
  openSteps: { title: string; owner: string; dueOn: string }[];
};

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** At most this many leads get an item of their own; more are discussed together. */
export const LEADS_AS_ITEMS = 3;

export function followUpAgenda(b: FollowUpBasis): AgendaItemInput[] {
  const items: AgendaItemInput[] = [
    {
      title: `Accueil et retour sur la réunion du ${formatDate(b.previousDay)}`,
      durationMinutes: 10,
      leader: "Maire et fédération",
      questions: ["Ce que nous avons retenu ensemble (la synthèse publiée)", "Ce qui a changé depuis"].join("\n"),
    },
  ];
  if (b.openSteps.length > 0) {
    items.push({
      title: "Où en sont les prochaines étapes",
      durationMinutes: 15,
      leader: "Tous",
      questions: clip(b.openSteps.slice(0, 12).map((s) => `${s.title} — ${s.owner} (pour le ${formatDate(s.dueOn)})`).join("\n"), 2000),
    });
  }
  if (b.leads.length > 0 && b.leads.length <= LEADS_AS_ITEMS) {
    const each = b.leads.length === 1 ? 35 : b.leads.length === 2 ? 20 : 15;
    for (const lead of b.leads) {
      items.push({
        title: clip(`Piste : ${lead}`, 150),
        durationMinutes: each,
        leader: "Professionnels",
        questions: ["Qui est partant·e ?", "De quoi aurions-nous besoin ?", "Quelle première action, par qui, pour quand ?"].join("\n"),
      });
    }
  } else if (b.leads.length > LEADS_AS_ITEMS) {
    items.push({
      title: "Approfondir les premières pistes",
      durationMinutes: 35,
      leader: "Professionnels",
      questions: clip(b.leads.join("\n"), 2000),
    });
  } else {
    items.push({
      title: "Échanges ouverts",
      durationMinutes: 30,
      leader: "Fédération",
      questions: ["Quelles envies de coopération se confirment ?", "Quels besoins prioritaires ?"].join("\n"),
    });
  }
  items.push({
    title: "Conclusion et suites",
    durationMinutes: 10,
    leader: "Maire et fédération",
    questions: ["Qui fait quoi, pour quand", "Date de la prochaine rencontre"].join("\n"),
  });
  return items;
}
