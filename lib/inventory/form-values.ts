/**
 * Stored inventory records as the forms' string fields: the defaults of an edit form, and "their" side of a
 * conflict (the form shows it beside what the user typed). Pure; db/ reads the records and calls these.
 */
import type { Conflict } from "@/lib/domain/errors";
import type { LineSource, NoteTheme } from "@/lib/domain/enums";
import { formatDateTime } from "@/lib/dates";
import type { ProfessionalInput } from "@/lib/validation/inventory";
import { knownTags } from "./tags";

/** A line as stored (a `professional` row has at least these fields). */
export type StoredLine = ProfessionalInput & { source: LineSource };

/** A note as stored. */
export type StoredNote = { theme: NoteTheme; text: string; tags: readonly string[] };

/** Who saved the stored version, and when: the other half of a conflict. */
export type StoredVersion = { version: number; updatedAt: Date; updatedByName: string | null };

/** A line's fields as the professional form names them; the nearby commune as "Name (code)". */
export function lineFormValues(l: StoredLine, communeName: string | null): Record<string, string> {
  return {
    profession: l.profession,
    professionOther: l.professionOther ?? "",
    anonymous: l.name ? "" : "on",
    name: l.name ?? "",
    practiceLocation: l.practiceLocation,
    practiceCommuneCode: l.practiceCommuneCode ?? "",
    practiceCommuneLabel: l.practiceCommuneCode ? `${communeName ?? l.practiceCommuneCode} (${l.practiceCommuneCode})` : "",
    practiceForm: l.practiceForm,
    ageBracket: l.ageBracket,
    departure: l.departure,
    interest: l.interest,
    email: l.email ?? "",
    phone: l.phone ?? "",
    note: l.note ?? "",
    source: l.source,
  };
}

/** A note's fields as the note form names them: its known tags, one per line. */
export function noteFormValues(n: StoredNote): Record<string, string> {
  return { text: n.text, tags: knownTags(n.theme, n.tags).join("\n") };
}

/** What a ConflictError carries: the stored values, who saved them ("Quelqu'un" when unknown) and when. */
export function conflictWith(theirs: Record<string, string>, stored: StoredVersion): Conflict {
  return {
    theirs,
    updatedBy: stored.updatedByName ?? "Quelqu'un",
    updatedAt: formatDateTime(stored.updatedAt),
    version: stored.version,
  };
}

/** The conflict of a line saved over a newer version. */
export function lineConflict(l: StoredLine, communeName: string | null, stored: StoredVersion): Conflict {
  return conflictWith(lineFormValues(l, communeName), stored);
}

/** The conflict of a note saved over a newer version. */
export function noteConflict(n: StoredNote, stored: StoredVersion): Conflict {
  return conflictWith(noteFormValues(n), stored);
}
