/**
 * What a meeting's synthesis holds, as the kit's "Conclusion et suites" frames it: a text per agenda item,
 * then the structured parts (wishes to cooperate, priority needs, obstacles and points of vigilance, first
 * leads, the proposed follow-up, what to remember). The same shape is stored for the draft and the published
 * text; the editor's form is its flat, string-only view (`synthesisFormValues`), which the conflict view
 * compares field by field.
 */

export type SynthesisAgendaNote = { agendaItemId: number; title: string; text: string };

export type SynthesisFollowUp = {
  /** Another meeting is proposed… */
  meeting: boolean;
  /** …on this day (YYYY-MM-DD), when one was proposed. */
  meetingOn: string | null;
  /** Support by the regional federation is proposed. */
  support: boolean;
  /** Any other follow-up, in words. */
  other: string;
};

export type SynthesisContent = {
  agenda: SynthesisAgendaNote[];
  cooperation: string;
  needs: string;
  obstacles: string;
  /** The first leads, one per entry. */
  leads: string[];
  followUp: SynthesisFollowUp;
  keyPoints: string;
};

/** The structured parts, in the order of the kit, with the questions that frame them. */
export const SYNTHESIS_PARTS = [
  { key: "cooperation", title: "Envies de coopération", hint: "Existe-t-il des envies de travailler ensemble ? Entre qui, sur quoi ?" },
  { key: "needs", title: "Besoins prioritaires", hint: "Ce que les professionnel·les et la commune ont identifié comme le plus urgent." },
  { key: "obstacles", title: "Freins et points de vigilance", hint: "Ce qui bloque ou inquiète : temps, locaux, charge de travail, financements…" },
] as const;

export type SynthesisPartKey = (typeof SYNTHESIS_PARTS)[number]["key"];

/** An empty synthesis for a meeting's agenda: one note per agenda item, in order. */
export function emptySynthesis(agenda: { id: number; title: string }[]): SynthesisContent {
  return {
    agenda: agenda.map((a) => ({ agendaItemId: a.id, title: a.title, text: "" })),
    cooperation: "",
    needs: "",
    obstacles: "",
    leads: [],
    followUp: { meeting: false, meetingOn: null, support: false, other: "" },
    keyPoints: "",
  };
}

/**
 * A stored content brought in line with the meeting's agenda (the agenda is frozen once the meeting is held,
 * but a synthesis read from an older shape still shows every item): notes of items no longer on the agenda
 * are kept at the end only when they hold text.
 */
export function alignWithAgenda(content: SynthesisContent, agenda: { id: number; title: string }[]): SynthesisContent {
  const byId = new Map(content.agenda.map((n) => [n.agendaItemId, n]));
  const aligned = agenda.map((a) => ({ agendaItemId: a.id, title: a.title, text: byId.get(a.id)?.text ?? "" }));
  const known = new Set(agenda.map((a) => a.id));
  const orphans = content.agenda.filter((n) => !known.has(n.agendaItemId) && n.text.trim());
  return { ...content, agenda: [...aligned, ...orphans] };
}

/** Whether anything was written: an empty synthesis cannot be published. */
export function isEmptySynthesis(c: SynthesisContent): boolean {
  return (
    c.agenda.every((n) => !n.text.trim()) &&
    !c.cooperation.trim() &&
    !c.needs.trim() &&
    !c.obstacles.trim() &&
    c.leads.length === 0 &&
    !c.followUp.meeting &&
    !c.followUp.support &&
    !c.followUp.other.trim() &&
    !c.keyPoints.trim()
  );
}

/** The leads as typed in the editor: one per line, blanks and repeats dropped. */
export function parseLeads(text: string): string[] {
  const seen = new Set<string>();
  const leads: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const lead = raw.replace(/^\s*(?:[-•*]|\d+[.)])\s*/, "").trim();
    const key = lead.toLocaleLowerCase("fr");
    if (lead && !seen.has(key)) {
      seen.add(key);
      leads.push(lead);
    }
  }
  return leads;
}

/** The agenda holds 15 items at most: the editor has one note field per item, `note0` to `note14`. */
export const NOTE_KEYS = ["note0", "note1", "note2", "note3", "note4", "note5", "note6", "note7", "note8", "note9", "note10", "note11", "note12", "note13", "note14"] as const;
export const MAX_AGENDA_NOTES = NOTE_KEYS.length;
export type NoteKey = (typeof NOTE_KEYS)[number];
export const noteKey = (i: number): NoteKey => NOTE_KEYS[i];

/**
 * The editor's values: every field a top-level string (checkboxes "on" or ""), so that the conflict view
 * merges them one by one — two people writing about two different agenda items never collide. `agendaIds`
 * says which agenda item each note is about ("12,13,14": note0 is item 12's).
 */
export type SynthesisFormValues = {
  agendaIds: string;
  cooperation: string;
  needs: string;
  obstacles: string;
  leads: string;
  followUpMeeting: string;
  followUpDate: string;
  followUpSupport: string;
  followUpOther: string;
  keyPoints: string;
} & Partial<Record<NoteKey, string>>;

export function synthesisFormValues(c: SynthesisContent): SynthesisFormValues {
  const notes: Partial<Record<NoteKey, string>> = {};
  c.agenda.slice(0, MAX_AGENDA_NOTES).forEach((n, i) => (notes[noteKey(i)] = n.text));
  return {
    ...notes,
    agendaIds: c.agenda
      .slice(0, MAX_AGENDA_NOTES)
      .map((n) => n.agendaItemId)
      .join(","),
    cooperation: c.cooperation,
    needs: c.needs,
    obstacles: c.obstacles,
    leads: c.leads.join("\n"),
    followUpMeeting: c.followUp.meeting ? "on" : "",
    followUpDate: c.followUp.meetingOn ?? "",
    followUpSupport: c.followUp.support ? "on" : "",
    followUpOther: c.followUp.other,
    keyPoints: c.keyPoints,
  };
}

/** The stored version as the form's flat values: what the conflict view compares and puts back. */
export function synthesisConflictTheirs(c: SynthesisContent): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(synthesisFormValues(c))) if (typeof v === "string") flat[k] = v;
  return flat;
}
