/**
 * A meeting's time: typed as a Paris date and time, stored as an instant, shown back in Paris time
 * whatever the server's or the reader's time zone. Plain `Intl` with formatters built once: the meeting
 * form runs `parisToInstant` in the browser, where date-fns would add its formatter and English locale.
 */
import { TIME_ZONE, parisDayTime, parts } from "@/lib/dates";
import type { MeetingKind } from "@/lib/domain/enums";
import { KIT_TOTAL_RANGE, formatMinutes } from "./agenda";

export const MAX_MEETING_MINUTES = 240;
export const MIN_MEETING_MINUTES = 15;

export type ParisTime =
  | { ok: true; instant: Date }
  | { ok: false; reason: "invalid" | "nonexistent" };

/**
 * The instant of a wall-clock time in Paris. A time skipped by the change to summer time (e.g. 02:30 on the
 * last Sunday of March) does not exist: refused rather than silently moved. A time that happens twice
 * (autumn) is the second one, in winter time.
 */
export function parisToInstant(day: string, time: string): ParisTime {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return { ok: false, reason: "invalid" };
  const [y, m, dd] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [h, mi] = [Number(t[1]), Number(t[2])];
  if (m < 1 || m > 12 || dd < 1 || dd > 31 || h > 23 || mi > 59) return { ok: false, reason: "invalid" };
  const wall = Date.UTC(y, m - 1, dd, h, mi);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== dd) return { ok: false, reason: "invalid" };
  // The offsets in force a day before and a day after: the same one, or both sides of a change of time.
  // The wall-clock time is the instant that each gives, if Paris shows it back: none in the skipped hour of
  // spring, two in the repeated hour of autumn (the later one, in winter time, is kept).
  const fits = [wall - parisOffset(wall - DAY_MS), wall - parisOffset(wall + DAY_MS)].filter((at) => {
    const p = parisDayTime(new Date(at));
    return p.day === day && p.time === time;
  });
  if (!fits.length) return { ok: false, reason: "nonexistent" };
  return { ok: true, instant: new Date(Math.max(...fits)) };
}

const DAY_MS = 86_400_000;

/** How far Paris's wall clock is ahead of UTC at an instant, in milliseconds (whole minutes). */
function parisOffset(at: number): number {
  const p = parisDayTime(new Date(at));
  const [y, m, d] = p.day.split("-").map(Number);
  const [h, mi] = p.time.split(":").map(Number);
  return Date.UTC(y, m - 1, d, h, mi) - Math.floor(at / 60_000) * 60_000;
}

/** The Paris date ("YYYY-MM-DD") and time ("HH:MM") of an instant, to fill the form back. */
export function instantToParis(instant: Date): { day: string; time: string } {
  return parisDayTime(instant);
}

/** When the meeting ends; where it stands at a given instant is `meetingPhase` (./phase.ts). */
export function meetingEnd(m: { startsAt: Date; durationMinutes: number }): Date {
  return new Date(m.startsAt.getTime() + m.durationMinutes * 60_000);
}

// Built once (see lib/dates.ts): "jeudi 3 décembre 2026 à 18:30" in parts.
const PARIS_WHEN = new Intl.DateTimeFormat("fr-FR", {
  timeZone: TIME_ZONE,
  weekday: "long",
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h23",
});

function when(d: Date) {
  const p = parts(PARIS_WHEN, d);
  return { weekday: p.weekday, day: `${Number(p.day)} ${p.month}`, year: p.year, hm: `${Number(p.hour)} h ${p.minute.padStart(2, "0")}` };
}

/** "jeudi 3 décembre 2026, de 18 h 30 à 20 h 00 (heure de Paris)". */
export function formatMeetingWhen(m: { startsAt: Date; durationMinutes: number }, { zone = true } = {}): string {
  const end = meetingEnd(m);
  const sameDay = parisDayTime(m.startsAt).day === parisDayTime(end).day;
  const s = when(m.startsAt);
  const e = when(end);
  const day = `${s.weekday} ${s.day} ${s.year}`;
  const tail = zone ? " (heure de Paris)" : "";
  return sameDay ? `${day}, de ${s.hm} à ${e.hm}${tail}` : `${day} à ${s.hm}, jusqu'au ${e.day} à ${e.hm}${tail}`;
}

/** "jeudi 3 décembre à 18 h 30", for subjects. */
export function formatMeetingShort(startsAt: Date): string {
  const s = when(startsAt);
  return `${s.weekday} ${s.day} à ${s.hm}`;
}

export function formatDuration(minutes: number): string {
  return formatMinutes(minutes);
}

export type LengthWarning = { kind: "shorter_than_kit" | "longer_than_kit"; minutes: number };

/**
 * The planned length of a first meeting against the kit's "1 h à 1 h 30": a warning, never a refusal (the
 * agenda's total has its own, `agendaWarnings`). The kit says nothing of follow-up meetings' length; a
 * length the form refuses anyway (outside 15 min–4 h, or not a number) gets its error, not this warning.
 */
export function meetingLengthWarning(minutes: unknown, kind: MeetingKind | string | null | undefined): LengthWarning | null {
  const m = Number(minutes);
  if (kind !== "premiere" || !Number.isInteger(m) || m < MIN_MEETING_MINUTES || m > MAX_MEETING_MINUTES) return null;
  if (m < KIT_TOTAL_RANGE.min) return { kind: "shorter_than_kit", minutes: m };
  if (m > KIT_TOTAL_RANGE.max) return { kind: "longer_than_kit", minutes: m };
  return null;
}

export function lengthWarningText(w: LengthWarning): string {
  return w.kind === "shorter_than_kit"
    ? `La durée prévue (${formatMinutes(w.minutes)}) est plus courte que celle que conseille le kit pour une première rencontre : 1 h à 1 h 30. Le tour de table et les échanges ouverts demandent du temps.`
    : `La durée prévue (${formatMinutes(w.minutes)}) dépasse celle que conseille le kit pour une première rencontre : 1 h à 1 h 30.`;
}

/**
 * The video link in a place ("Visio : https://…"), if any: shown as a link beside the text. Only an https
 * address becomes a link; anything else (http, another scheme) stays plain text, for the invitee to judge.
 */
export function placeUrl(place: string): string | null {
  const m = /https:\/\/[^\s<>"]+/i.exec(place);
  if (!m) return null;
  const url = m[0].replace(/[.,;)]+$/, "");
  try {
    return new URL(url).protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
