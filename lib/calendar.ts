/**
 * Calendar files (.ics, RFC 5545 / iTIP) for the meetings, around the `ics` package. Times are written in
 * UTC ("…Z"), which every calendar converts to its reader's zone; the description says the Paris time in
 * words. The UID is the meeting's, stable across updates and the cancellation; SEQUENCE grows with each
 * change sent, so that calendars replace the event instead of adding a second one.
 */
import { createEvent, type EventAttributes } from "ics";

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
  attendee: { name: string; email: string };
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
        partstat: "NEEDS-ACTION",
        // Answers go through the personal link, where they are recorded; not through the calendar.
        rsvp: false,
      },
    ],
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`Fichier d'agenda impossible à produire : ${error?.message ?? "inconnu"}`);
  return value;
}

/** The unfolded lines of a calendar file (continuation lines joined), for reading one property back. */
export function unfoldCalendar(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split(/\r\n/).filter(Boolean);
}
