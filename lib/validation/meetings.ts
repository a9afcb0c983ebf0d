import * as z from "zod/mini";
import { MEETING_KINDS, PROFESSIONS, RSVP_ANSWERS } from "@/lib/domain/enums";
import { MAX_MEETING_MINUTES, MIN_MEETING_MINUTES, parisToInstant } from "@/lib/meetings/schedule";
import { parseEmailList } from "@/lib/meetings/invitees";
import { formatDate } from "@/lib/dates";
import { nestDottedKeys } from "@/lib/forms/nest";
import { communeCodeField, emailField, idField, isoDay, longText, orEmpty, personNameField, todayInParis } from "./common";
import { cleanLine, cleanText } from "./text";

export { nestDottedKeys };

/** One value or several (repeated form keys, checkboxes) as a list without blanks nor repeats. */
const stringList = z.pipe(
  z.union([z.string(), z.array(z.string()), z.literal(false), z.null(), z.undefined()]),
  z.transform((v) => [...new Set((Array.isArray(v) ? v : typeof v === "string" ? [v] : []).map((s) => s.trim()).filter(Boolean))]),
);

const minutes = (what: string) =>
  z.coerce.number({ error: `Indiquez ${what} en minutes.` }).check(z.refine(Number.isInteger, `Indiquez ${what} en minutes entières.`));

export const agendaItemSchema = z.object({
  title: cleanLine("Donnez un intitulé à ce point.").check(
    z.minLength(1, "Donnez un intitulé à ce point."),
    z.maxLength(150, "L'intitulé ne peut pas dépasser 150 caractères."),
  ),
  durationMinutes: z.pipe(
    minutes("la durée de ce point"),
    z.number().check(z.gte(1, "Un point de l'ordre du jour dure au moins 1 minute."), z.lte(MAX_MEETING_MINUTES, "Un point ne peut pas dépasser 4 heures (240 minutes).")),
  ),
  leader: cleanLine("Indiquez qui anime ce point.").check(
    z.minLength(1, "Indiquez qui anime ce point (maire, fédération…)."),
    z.maxLength(80, "80 caractères au plus."),
  ),
  questions: orEmpty(cleanText().check(z.maxLength(2000, "Les questions ne peuvent pas dépasser 2 000 caractères."))),
});
export type AgendaItemValues = z.input<typeof agendaItemSchema>;

/**
 * Preparing or editing a meeting. The date and time are typed in Paris time; the result carries the
 * instant (`startsAt`). The agenda total outside 60–90 min is only a warning (see lib/meetings/agenda.ts).
 */
const meetingFields = z
  .object({
    code: communeCodeField,
    meetingId: z.optional(z.string()),
    version: z.optional(z.string()),
    title: cleanLine("Donnez un titre à la réunion.").check(
      z.minLength(3, "Donnez un titre à la réunion (3 caractères au moins)."),
      z.maxLength(150, "Le titre ne peut pas dépasser 150 caractères."),
    ),
    kind: z.enum(MEETING_KINDS, { error: "Choisissez le type de réunion." }),
    date: isoDay.check(
      z.refine((d: string) => d >= todayInParis(), `Choisissez une date à partir d'aujourd'hui : la réunion ne peut pas avoir lieu dans le passé.`),
    ),
    time: z
      .string({ error: "Indiquez l'heure de début." })
      .check(z.trim(), z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Indiquez l'heure de début, par exemple 18:30.")),
    durationMinutes: z.pipe(
      minutes("la durée"),
      z
        .number()
        .check(
          z.gte(MIN_MEETING_MINUTES, `La réunion dure au moins ${MIN_MEETING_MINUTES} minutes.`),
          z.lte(MAX_MEETING_MINUTES, "La réunion ne peut pas dépasser 4 heures (240 minutes)."),
        ),
    ),
    place: cleanLine("Indiquez le lieu.").check(
      z.minLength(1, "Indiquez le lieu : une salle municipale, une adresse ou un lien de visioconférence."),
      z.maxLength(300, "Le lieu ne peut pas dépasser 300 caractères."),
    ),
    preparerIds: z.pipe(stringList, z.array(z.string()).check(z.minLength(1, "Choisissez au moins une personne qui prépare la réunion."))),
    agenda: z
      .array(agendaItemSchema, { error: "L'ordre du jour doit compter au moins un point." })
      .check(z.minLength(1, "L'ordre du jour doit compter au moins un point."), z.maxLength(15, "L'ordre du jour ne peut pas dépasser 15 points.")),
  })
  .check(z.superRefine((v, ctx) => {
    const at = parisToInstant(v.date, v.time);
    if (!at.ok) {
      ctx.addIssue({
        code: "custom",
        path: ["time"],
        message:
          at.reason === "nonexistent"
            ? `Cette heure n'existe pas le ${formatDate(v.date)} (passage à l'heure d'été) : choisissez-en une autre.`
            : "Indiquez l'heure de début, par exemple 18:30.",
      });
    } else if (v.date === todayInParis() && at.instant.getTime() <= Date.now()) {
      ctx.addIssue({ code: "custom", path: ["time"], message: "Cette heure est déjà passée : choisissez une heure à venir." });
    }
  }));

export const meetingSchema = z.pipe(
  meetingFields,
  z.transform((v: z.output<typeof meetingFields>) => {
    const at = parisToInstant(v.date, v.time);
    return { ...v, startsAt: at.ok ? at.instant : new Date(NaN), meetingId: v.meetingId ? Number(v.meetingId) : null, version: v.version ? Number(v.version) : null };
  }),
);
export type MeetingValues = z.input<typeof meetingSchema>;
export type MeetingInput = z.output<typeof meetingSchema>;

/** The server's side of the meeting form: the same rules, from FormData's flat keys. */
export const meetingFormDataSchema = z.pipe(z.transform(nestDottedKeys), meetingSchema);

const meetingRef = { code: communeCodeField, meetingId: idField };

export const meetingRefSchema = z.object(meetingRef);
export const meetingActionSchema = z.object({ ...meetingRef, version: idField });
export const inviteeActionSchema = z.object({ ...meetingRef, inviteeId: idField });

export const cancelMeetingSchema = z.object({
  ...meetingRef,
  version: idField,
  reason: orEmpty(longText("Le message", 1000, { required: false })),
});

const professionChoice = z.enum(PROFESSIONS, { error: "Choisissez une profession dans la liste." });

export const typedInviteeSchema = z
  .object({
    ...meetingRef,
    name: personNameField,
    // Typed as text in the form (its select starts on "Choisissez…"), checked against the list here.
    profession: z.pipe(z.string({ error: "Choisissez une profession dans la liste." }), professionChoice),
    professionOther: orEmpty(cleanLine().check(z.maxLength(80, "80 caractères au plus."))),
    email: emailField,
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.profession === "autre" && !v.professionOther) ctx.addIssue({ code: "custom", path: ["professionOther"], message: "Précisez la profession." });
    }),
  );
export type TypedInviteeValues = z.input<typeof typedInviteeSchema>;

/** Several addresses pasted at once: each invalid one is reported by itself, nothing is added until all are valid. */
const pastedFields = z
  .object({
    ...meetingRef,
    // Cleaned too: "Prénom Nom <adresse>" gives the invitee's stored name.
    emails: cleanText("Collez au moins une adresse e-mail.").check(z.maxLength(20_000, "La liste est trop longue : 20 000 caractères au plus.")),
    profession: z._default(z.optional(z.union([professionChoice, z.literal("")])), ""),
  })
  .check(z.superRefine((v, ctx) => {
    const list = parseEmailList(v.emails);
    if (list.invalid.length) {
      ctx.addIssue({
        code: "custom",
        path: ["emails"],
        message: [
          list.invalid.length === 1 ? "Cette adresse n'est pas valide :" : `Ces ${list.invalid.length} adresses ne sont pas valides :`,
          ...list.invalid.map((a) => `« ${a} »`),
        ].join("\n"),
      });
    } else if (list.people.length === 0) {
      ctx.addIssue({ code: "custom", path: ["emails"], message: "Collez au moins une adresse e-mail." });
    } else if (list.people.length > 100) {
      ctx.addIssue({ code: "custom", path: ["emails"], message: "100 adresses au plus à la fois." });
    }
  }));

export const pastedInviteesSchema = z.pipe(
  pastedFields,
  z.transform((v: z.output<typeof pastedFields>) => ({ ...v, list: parseEmailList(v.emails) })),
);
export type PastedInviteesValues = z.input<typeof pastedInviteesSchema>;

export const inventoryInviteesSchema = z.object({
  ...meetingRef,
  professionalIds: z.pipe(
    stringList,
    z.array(z.coerce.number<string>().check(z.int(), z.positive())).check(z.minLength(1, "Cochez au moins un·e professionnel·le de l'état des lieux.")),
  ),
});
export type InventoryInviteesValues = z.input<typeof inventoryInviteesSchema>;

export const attendanceSchema = z.object({
  ...meetingRef,
  version: idField,
  inviteeIds: z.pipe(stringList, z.array(z.coerce.number<string>().check(z.int(), z.positive()))),
  teamUserIds: stringList,
});
export type AttendanceValues = z.input<typeof attendanceSchema>;

const roundTable = () => orEmpty(longText("Cette réponse", 2000, { required: false }));

/** The invitee's answer, through their personal link. */
export const rsvpSchema = z.object({
  token: z.string().check(z.maxLength(100)),
  answer: z.enum(RSVP_ANSWERS, { error: "Choisissez Oui, Non ou Peut-être." }),
  comment: orEmpty(longText("Le commentaire", 1000, { required: false })),
  situation: roundTable(),
  conditions: roundTable(),
  difficulties: roundTable(),
  expectations: roundTable(),
});
export type RsvpValues = z.input<typeof rsvpSchema>;
export type RsvpInput = z.output<typeof rsvpSchema>;
