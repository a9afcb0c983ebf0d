/**
 * Calendar files (.ics, RFC 5545 / iTIP) for the meetings, around the `ics` package. Times are written in
 * UTC ("…Z"), which every calendar converts to its reader's zone; the description says the Paris time in
 * words. The UID is the meeting's, stable across updates and the cancellation; SEQUENCE grows with each
 * change sent, so that calendars replace the event instead of adding a second one. Lines are folded at 75
 * octets of UTF-8 (RFC 5545 §3.1) by `foldCalendar`, never inside a character: the package counts characters,
 * which lets a line of accented text grow past the limit.
 */
import { createEvent, type EventAttributes } from "ics";
import type { RsvpAnswer } from "@/lib/domain/enums";

export type CalendarMethod = "REQUEST" | "CANCEL";

export type MeetingCalendarInput = {
  method: CalendarMethod;
  uid: string;
  sequence: number;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  place: string;
  description: string;
  organizer: { name: string; email: string };
  /** The invitee; their answer, once given, is their PARTSTAT (none yet: NEEDS-ACTION). */
  attendee: { name: string; email: string; answer?: RsvpAnswer | null };
  /** The invitee's personal page. */
  url?: string;
  /** DTSTAMP: when the file was made (now by default). */
  stamp?: Date;
};

export const PRODUCT_ID = "-//Boussole//Reunions//FR";

/** The MIME type of the attachment: iTIP's method repeated, as mail programs expect. */
export function calendarContentType(method: CalendarMethod): string {
  return `text/calendar; method=${method}; charset=utf-8`;
}

export function calendarFilename(method: CalendarMethod): string {
  return method === "CANCEL" ? "annulation-reunion.ics" : "reunion.ics";
}

/** Each answer as the calendar's participation status (RFC 5545 §3.2.12); no answer yet is NEEDS-ACTION. */
export const PARTSTAT_OF_ANSWER = { oui: "ACCEPTED", non: "DECLINED", peut_etre: "TENTATIVE" } as const satisfies Record<RsvpAnswer, string>;
export type ParticipationStatus = (typeof PARTSTAT_OF_ANSWER)[RsvpAnswer] | "NEEDS-ACTION";

export function partstatOf(answer: RsvpAnswer | null | undefined): ParticipationStatus {
  return answer ? PARTSTAT_OF_ANSWER[answer] : "NEEDS-ACTION";
}

/** The longest physical line, in octets, CRLF excluded (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * Folds one content line into physical lines of at most 75 octets: each continuation starts with a space
 * (which counts), and a cut falls between characters, never inside a character's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    // The first physical line holds 75 octets; the next ones 74 after their leading space.
    const room = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (size + n > room) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/**
 * The package quotes every parameter value; the enumerated ones (ROLE, PARTSTAT, CUTYPE) are tokens in
 * RFC 5545's grammar (§3.2.3, §3.2.12, §3.2.16), written bare as calendar programs expect them.
 */
function unquoteEnumeratedParameters(line: string): string {
  return line.replace(/;(ROLE|PARTSTAT|CUTYPE)="([A-Z-]+)"(?=[;:])/g, ";$1=$2");
}

/** A whole calendar file folded at 75 octets: whatever folding it had is undone first. */
export function foldCalendar(ics: string): string {
  const lines = unfoldCalendar(ics);
  return `${lines.map((l) => foldLine(unquoteEnumeratedParameters(l))).join("\r\n")}\r\n`;
}

export function meetingCalendar(input: MeetingCalendarInput): string {
  const start = input.startsAt.getTime();
  const attributes: EventAttributes & { timestamp: number } = {
    productId: PRODUCT_ID,
    method: input.method,
    uid: input.uid,
    sequence: input.sequence,
    timestamp: (input.stamp ?? new Date()).getTime(),
    start,
    startInputType: "utc",
    startOutputType: "utc",
    end: start + input.durationMinutes * 60_000,
    endInputType: "utc",
    endOutputType: "utc",
    title: input.title,
    description: input.description,
    location: input.place,
    ...(input.url ? { url: input.url } : {}),
    status: input.method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    busyStatus: "BUSY",
    organizer: { name: input.organizer.name, email: input.organizer.email },
    attendees: [
      {
        name: input.attendee.name,
        email: input.attendee.email,
        role: "REQ-PARTICIPANT",
        partstat: partstatOf(input.attendee.answer),
        // Answers go through the personal link, where they are recorded; not through the calendar.
        rsvp: false,
      },
    ],
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`Fichier d'agenda impossible à produire : ${error?.message ?? "inconnu"}`);
  return foldCalendar(value);
}

/** The unfolded lines of a calendar file (continuation lines joined), for reading one property back. */
export function unfoldCalendar(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split(/\r\n/).filter(Boolean);
}
