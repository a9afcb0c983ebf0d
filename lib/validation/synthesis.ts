import { z } from "zod";
import { parseLeads, type SynthesisContent } from "@/lib/synthesis/content";
import { communeCodeField, idField, isoDay, longText } from "./common";
import { nestDottedKeys } from "./meetings";
import { cleanLine } from "./text";

/** A checkbox: react-hook-form's boolean, or what a posted form carries ("on", absent). */
const checkbox = z
  .union([z.boolean(), z.string(), z.array(z.string()), z.null(), z.undefined()])
  .transform((v) => v === true || v === "on" || v === "true" || (Array.isArray(v) && v.includes("on")));

const part = (label: string) => longText(label, 10_000, { required: false }).optional().default("");

export const MAX_LEADS = 20;

/**
 * The synthesis editor: a text per agenda item, the kit's structured parts, the proposed follow-up. The same
 * schema in the browser (errors beside the fields) and on the server (`synthesisFormDataSchema`). `intent`
 * says whether the draft is only saved or also published.
 */
export const synthesisSchema = z
  .object({
    code: communeCodeField,
    meetingId: idField,
    version: z.coerce.number({ error: "Rechargez la page." }).int().min(0),
    intent: z.enum(["enregistrer", "publier"]).optional().default("enregistrer"),
    agenda: z
      .array(z.object({ agendaItemId: idField, text: part("Le compte rendu de ce point") }))
      .max(15, "L'ordre du jour compte 15 points au plus.")
      .optional()
      .default([]),
    cooperation: part("Les envies de coopération"),
    needs: part("Les besoins prioritaires"),
    obstacles: part("Les freins et points de vigilance"),
    leads: longText("Les premières pistes", 5_000, { required: false }).optional().default(""),
    followUpMeeting: checkbox,
    followUpDate: z.union([isoDay, z.literal("")]).optional().default(""),
    followUpSupport: checkbox,
    followUpOther: cleanLine().max(500, "L'autre suite proposée ne peut pas dépasser 500 caractères.").optional().default(""),
    keyPoints: part("« À retenir »"),
  })
  .superRefine((v, ctx) => {
    const leads = parseLeads(v.leads);
    if (leads.length > MAX_LEADS) ctx.addIssue({ code: "custom", path: ["leads"], message: `Notez ${MAX_LEADS} pistes au plus, une par ligne.` });
    const long = leads.find((l) => l.length > 300);
    if (long) ctx.addIssue({ code: "custom", path: ["leads"], message: `Une piste tient en 300 caractères au plus : « ${long.slice(0, 40)}… » est trop longue.` });
    if (v.followUpDate && !v.followUpMeeting) {
      ctx.addIssue({ code: "custom", path: ["followUpMeeting"], message: "Cochez « Une nouvelle réunion » pour proposer sa date, ou effacez la date." });
    }
  });
export type SynthesisValues = z.input<typeof synthesisSchema>;
export type SynthesisInput = z.output<typeof synthesisSchema>;

export const synthesisFormDataSchema = z.preprocess(nestDottedKeys, synthesisSchema);

/** The parsed form as the stored content (titles of agenda items are set from the meeting by the data function). */
export function synthesisContentOf(v: SynthesisInput): SynthesisContent {
  return {
    agenda: v.agenda.map((a) => ({ agendaItemId: a.agendaItemId, title: "", text: a.text })),
    cooperation: v.cooperation,
    needs: v.needs,
    obstacles: v.obstacles,
    leads: parseLeads(v.leads),
    followUp: { meeting: v.followUpMeeting, meetingOn: v.followUpMeeting && v.followUpDate ? v.followUpDate : null, support: v.followUpSupport, other: v.followUpOther },
    keyPoints: v.keyPoints,
  };
}

export const readingLinkSchema = z.object({ code: communeCodeField, meetingId: idField, inviteeId: idField });
