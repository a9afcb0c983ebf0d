/**
 * The agenda of a meeting with the professionals, after the kit's "Trame première réunion"
 * (annex, p. 18): an indicative agenda of 1 h to 1 h 30 in five timed sections.
 */

export type AgendaItemInput = { title: string; durationMinutes: number; leader: string; questions: string };

/** The kit gives "1 h à 1 h 30" for the whole meeting. */
export const KIT_TOTAL_RANGE = { min: 60, max: 90 } as const;

/** Who usually leads a section: proposed in the form, free text otherwise. */
export const LEADER_SUGGESTIONS = ["Maire", "Fédération", "Maire et fédération", "Référent santé", "Professionnels", "Tous"] as const;

export type KitSection = AgendaItemInput & { range: readonly [number, number] };

/** The kit's five sections, with their indicative ranges; the default durations sum to 85 min. */
export const KIT_AGENDA: readonly KitSection[] = [
  {
    title: "Introduction",
    range: [5, 10],
    durationMinutes: 10,
    leader: "Maire et fédération",
    questions: [
      "Mot d'accueil du maire",
      "Contexte : enjeux d'accès aux soins sur le territoire",
      "Rappel du rôle de la commune : « Nous souhaitons vous écouter et voir comment la commune peut faciliter les choses. »",
      "Présentation de la fédération régionale et de son rôle",
    ].join("\n"),
  },
  {
    title: "Tour de table des professionnels",
    range: [20, 30],
    durationMinutes: 25,
    leader: "Professionnels",
    questions: ["Votre situation actuelle", "Vos conditions d'exercice", "Les difficultés rencontrées", "Vos éventuelles attentes"].join("\n"),
  },
  {
    title: "Partage d'un premier constat territorial",
    range: [15, 20],
    durationMinutes: 15,
    leader: "Fédération",
    questions: [
      "Accès aux soins sur la commune et à proximité",
      "Organisation actuelle des soins",
      "Dynamiques existantes ou absentes",
      "Besoins identifiés",
    ].join("\n"),
  },
  {
    title: "Échanges ouverts",
    range: [20, 30],
    durationMinutes: 25,
    leader: "Fédération",
    questions: ["Existe-t-il des envies de coopération ?", "Quels seraient les besoins prioritaires ?", "Quels freins ou points de vigilance ?"].join("\n"),
  },
  {
    title: "Conclusion et suites",
    range: [10, 10],
    durationMinutes: 10,
    leader: "Maire et fédération",
    questions: [
      "Synthèse des échanges",
      "Identification de premières pistes (si elles émergent)",
      "Proposition de poursuite des échanges : nouvelle réunion, accompagnement par la fédération régionale",
    ].join("\n"),
  },
];

/** The kit's template as editable items (without the indicative ranges). */
export function kitAgenda(): AgendaItemInput[] {
  return KIT_AGENDA.map(({ title, durationMinutes, leader, questions }) => ({ title, durationMinutes, leader, questions }));
}

/** The indicative range of a kit section with this exact title, to show beside the field. */
export function kitRangeOf(title: string): readonly [number, number] | null {
  return KIT_AGENDA.find((s) => s.title === title.trim())?.range ?? null;
}

/** Sum of the items' durations; anything that is not a positive number counts for nothing. */
export function agendaTotal(items: readonly { durationMinutes: number | string | undefined | null }[]): number {
  return items.reduce((sum, i) => {
    const n = Number(i.durationMinutes);
    return Number.isFinite(n) && n > 0 ? sum + Math.floor(n) : sum;
  }, 0);
}

export type AgendaWarning =
  | { kind: "below_kit"; total: number }
  | { kind: "above_kit"; total: number }
  | { kind: "exceeds_meeting"; total: number; meetingMinutes: number };

/**
 * The agenda total rule: a warning (never a refusal — the range is indicative) when the total leaves the
 * kit's 60–90 minutes, and another when it exceeds the meeting's own duration.
 */
export function agendaWarnings(total: number, meetingMinutes: number | null | undefined): AgendaWarning[] {
  const out: AgendaWarning[] = [];
  if (total < KIT_TOTAL_RANGE.min) out.push({ kind: "below_kit", total });
  if (total > KIT_TOTAL_RANGE.max) out.push({ kind: "above_kit", total });
  const m = Number(meetingMinutes);
  if (Number.isFinite(m) && m > 0 && total > m) out.push({ kind: "exceeds_meeting", total, meetingMinutes: m });
  return out;
}

/** "45 min", "1 h", "1 h 30". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, "0")}`;
}

export function agendaWarningText(w: AgendaWarning): string {
  switch (w.kind) {
    case "below_kit":
      return `Le total (${formatMinutes(w.total)}) est en dessous de la durée conseillée par le kit : 1 h à 1 h 30. Laissez du temps au tour de table et aux échanges.`;
    case "above_kit":
      return `Le total (${formatMinutes(w.total)}) dépasse la durée conseillée par le kit : 1 h à 1 h 30.`;
    case "exceeds_meeting":
      return `Le total (${formatMinutes(w.total)}) dépasse la durée prévue de la réunion (${formatMinutes(w.meetingMinutes)}).`;
  }
}

/** The guiding questions of an item, one per line, blank lines dropped. */
export function questionLines(questions: string): string[] {
  return questions
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Moves the item at `from` to `to` (both clamped), returning a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item);
  return out;
}
