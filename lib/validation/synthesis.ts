import * as z from "zod/mini";
import { NOTE_KEYS, noteKey, parseLeads, type NoteKey, type SynthesisContent } from "@/lib/synthesis/content";
import { communeCodeField, idField, isoDay, longText, orEmpty } from "./common";
import { cleanLine } from "./text";

/** A checkbox: react-hook-form's boolean, or what a posted form carries ("on", absent). */
const checkbox = z.pipe(
  z.optional(z.union([z.boolean(), z.string(), z.array(z.string()), z.null()])),
  z.transform((v) => v === true || v === "on" || v === "true" || (Array.isArray(v) && v.includes("on"))),
);

const part = (label: string) => orEmpty(longText(label, 10_000, { required: false }));

export const MAX_LEADS = 20;

/** One note field per agenda item (`note0`…`note14`): top-level, so that the conflict view merges each. */
const noteFields = Object.fromEntries(NOTE_KEYS.map((k) => [k, part("Le compte rendu de ce point")])) as Record<NoteKey, ReturnType<typeof part>>;

/**
 * The synthesis editor: a text per agenda item, the kit's structured parts, the proposed follow-up. The same
 * schema in the browser (errors beside the fields) and on the server (`synthesisFormDataSchema`). `intent`
 * says whether the draft is only saved or also published.
 */
export const synthesisSchema = z
  .object({
    code: communeCodeField,
    meetingId: idField,
    version: z.coerce.number({ error: "Rechargez la page." }).check(z.int(), z.gte(0)),
    intent: z._default(z.optional(z.enum(["enregistrer", "publier"])), "enregistrer"),
    agendaIds: orEmpty(z.string().check(z.trim(), z.regex(/^(\d{1,10}(,\d{1,10}){0,14})?$/, "Rechargez la page : l'ordre du jour n'est pas reconnu."))),
    ...noteFields,
    cooperation: part("Les envies de coopération"),
    needs: part("Les besoins prioritaires"),
    obstacles: part("Les freins et points de vigilance"),
    leads: orEmpty(longText("Les premières pistes", 5_000, { required: false })),
    followUpMeeting: checkbox,
    followUpDate: z._default(z.optional(z.union([isoDay, z.literal("")])), ""),
    followUpSupport: checkbox,
    followUpOther: orEmpty(cleanLine().check(z.maxLength(500, "L'autre suite proposée ne peut pas dépasser 500 caractères."))),
    keyPoints: part("« À retenir »"),
  })
  .check(z.superRefine((v, ctx) => {
    const leads = parseLeads(v.leads);
    if (leads.length > MAX_LEADS) ctx.addIssue({ code: "custom", path: ["leads"], message: `Notez ${MAX_LEADS} pistes au plus, une par ligne.` });
    const long = leads.find((l) => l.length > 300);
    if (long) ctx.addIssue({ code: "custom", path: ["leads"], message: `Une piste tient en 300 caractères au plus : « ${long.slice(0, 40)}… » est trop longue.` });
    if (v.followUpDate && !v.followUpMeeting) {
      ctx.addIssue({ code: "custom", path: ["followUpMeeting"], message: "Cochez « Une nouvelle réunion » pour proposer sa date, ou effacez la date." });
    }
  }));
export type SynthesisValues = z.input<typeof synthesisSchema>;
export type SynthesisInput = z.output<typeof synthesisSchema>;

export const synthesisFormDataSchema = synthesisSchema;

/** The parsed form as the stored content (titles of agenda items are set from the meeting by the data function). */
export function synthesisContentOf(v: SynthesisInput): SynthesisContent {
  return {
    agenda: (v.agendaIds ? v.agendaIds.split(",") : []).map((id, i) => ({ agendaItemId: Number(id), title: "", text: v[noteKey(i)] ?? "" })),
    cooperation: v.cooperation,
    needs: v.needs,
    obstacles: v.obstacles,
    leads: parseLeads(v.leads),
    followUp: { meeting: v.followUpMeeting, meetingOn: v.followUpMeeting && v.followUpDate ? v.followUpDate : null, support: v.followUpSupport, other: v.followUpOther },
    keyPoints: v.keyPoints,
  };
}

export const readingLinkSchema = z.object({ code: communeCodeField, meetingId: idField, inviteeId: idField });
