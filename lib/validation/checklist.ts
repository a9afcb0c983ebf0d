/**
 * The checklist page's forms, one schema for browser and server: an item's status, owner and note, and the
 * regular meeting place. The hidden references (the item, the version) are refused with a message for the
 * whole form, since nobody can correct a hidden field; the owner is checked against the team on the server.
 */
import * as z from "zod/mini";
import { CHECKLIST_ITEMS } from "@/lib/checklist/items";
import { CHECKLIST_STATUSES } from "@/lib/domain/enums";
import { communeCodeField, orEmpty } from "./common";
import { cleanLine, cleanText } from "./text";
import { CHECKLIST_NOTE_MAX, MEETING_PLACE_MAX, MEETING_PLACE_MIN } from "./limits";

export { MEETING_PLACE_MAX, MEETING_PLACE_MIN };
export const NOTE_MAX = CHECKLIST_NOTE_MAX;

export const ITEM_NOT_FOUND = "Cet élément de la check-list des 100 jours n'existe pas : rechargez la page.";
export const STATUS_UNKNOWN = "Choisissez un statut dans la liste : à faire, en cours, fait ou sans objet.";
export const VERSION_MISSING = "Rechargez la page : la version enregistrée de cet élément manque.";
export const MEETING_PLACE_TOO_SHORT = "Indiquez le lieu, et si possible le rythme : « Salle du conseil municipal, le premier mardi du mois ».";
export const MEETING_PLACE_TOO_LONG = `Le lieu ne peut pas dépasser ${MEETING_PLACE_MAX} caractères.`;

const VERSION = /^\d{1,15}$/;
const hiddenText = orEmpty(z.string());
const ALWAYS = { when: () => true };
const isItem = (code: string) => CHECKLIST_ITEMS.some((i) => i.code === code);
/**
 * The checks below run even when a field failed (`ALWAYS`), so they read the raw value: a hand-made post may
 * send a field twice (an array) or not as text, which must be a form error, never a TypeError (a 500).
 */
const text = (x: unknown) => (typeof x === "string" ? x.trim() : "");

export const checklistItemSchema = z.pipe(
  z
    .object({
      code: communeCodeField,
      item: hiddenText,
      version: hiddenText,
      status: z.enum(CHECKLIST_STATUSES, { error: STATUS_UNKNOWN }),
      /** A member of the team's account id; empty: nobody yet. */
      owner: orEmpty(z.string().check(z.trim(), z.maxLength(100, "Choisissez qui s'en charge dans la liste."))),
      note: orEmpty(cleanText().check(z.maxLength(NOTE_MAX, `La note ne peut pas dépasser ${NOTE_MAX.toLocaleString("fr-FR")} caractères.`))),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (!isItem(text(v.item))) ctx.addIssue({ code: "custom", path: [], message: ITEM_NOT_FOUND });
        else if (!VERSION.test(text(v.version))) ctx.addIssue({ code: "custom", path: [], message: VERSION_MISSING });
      }, ALWAYS),
    ),
  z.transform((v) => ({ code: v.code, item: v.item.trim(), version: Number(v.version.trim()), status: v.status, ownerId: v.owner || null, note: v.note })),
);
export type ChecklistItemFormInput = z.output<typeof checklistItemSchema>;

/** The item form's values, as the browser holds them. */
export type ChecklistItemFormValues = { code: string; item: string; version: string; status: string; owner: string; note: string };

/** The place's text, cleaned, as stored. */
export const meetingPlaceField = cleanLine(MEETING_PLACE_TOO_SHORT).check(
  z.minLength(MEETING_PLACE_MIN, MEETING_PLACE_TOO_SHORT),
  z.maxLength(MEETING_PLACE_MAX, MEETING_PLACE_TOO_LONG),
);

export const meetingPlaceSchema = z.pipe(
  z.object({ code: communeCodeField, version: hiddenText, meetingPlace: meetingPlaceField }).check(
    z.superRefine((v, ctx) => {
      if (!VERSION.test(text(v.version))) ctx.addIssue({ code: "custom", path: [], message: "Rechargez la page : la version enregistrée du lieu manque." });
    }, ALWAYS),
  ),
  z.transform((v) => ({ code: v.code, place: v.meetingPlace, seen: Number(v.version.trim()) })),
);
export type MeetingPlaceFormValues = { code: string; version: string; meetingPlace: string };
