/**
 * A meeting as its form holds it (strings and lists), and back: the edit form's starting values, what a
 * conflict shows of the stored version (`Conflict.theirs`, form-shaped strings), and the form's values once
 * the user takes that version back. Pure: the data functions and the form both use it.
 */
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from "@/lib/domain/enums";
import type { MeetingValues } from "@/lib/validation/meetings";
import { nestDottedKeys } from "@/lib/forms/nest";
import { formatMinutes } from "./agenda";
import { instantToParis } from "./schedule";

export type StoredMeeting = {
  meeting: { title: string; kind: MeetingKind; startsAt: Date; durationMinutes: number; place: string };
  agenda: readonly { title: string; durationMinutes: number; leader: string; questions: string }[];
  preparerIds: readonly string[];
};

/** The meeting's own fields, as the form holds them (without its code, id and version). */
export type MeetingFormFields = Omit<MeetingValues, "code" | "meetingId" | "version">;

/**
 * Who is ticked as preparing a new meeting: the whole team — the municipal team (maire, référent·e) and the
 * federation's facilitators — whoever creates it, since the kit has the federation and the municipal team
 * prepare it together. The team is the workspace's members who may prepare meetings (`meetingTeam`); the
 * person creating it is one of them, and comes first.
 */
export function defaultPreparerIds(team: readonly { userId: string }[], creatorId: string): string[] {
  const ids = team.map((t) => t.userId);
  return ids.includes(creatorId) ? [creatorId, ...ids.filter((id) => id !== creatorId)] : ids;
}

/** The stored meeting as the form's values: Paris date and time, numbers as text. */
export function meetingFormValues({ meeting, agenda, preparerIds }: StoredMeeting): MeetingFormFields {
  const { day, time } = instantToParis(meeting.startsAt);
  return {
    title: meeting.title,
    kind: meeting.kind,
    date: day,
    time,
    durationMinutes: String(meeting.durationMinutes),
    place: meeting.place,
    preparerIds: [...preparerIds],
    agenda: agenda.map((a) => ({ title: a.title, durationMinutes: String(a.durationMinutes), leader: a.leader, questions: a.questions })),
  };
}

const agendaSummary = (items: readonly { title?: unknown; durationMinutes?: unknown }[]) =>
  items.map((a) => `${String(a.title ?? "")} (${formatMinutes(Number(a.durationMinutes) || 0)})`).join(" · ");

/** The stored version as a conflict carries it: every value a string, the agenda summarised and in full (JSON). */
export function meetingConflictTheirs(stored: StoredMeeting): Record<string, string> {
  const v = meetingFormValues(stored);
  return {
    title: v.title,
    date: v.date,
    time: v.time,
    durationMinutes: String(v.durationMinutes),
    place: v.place,
    agenda: agendaSummary(stored.agenda),
    kind: v.kind,
    agendaItems: JSON.stringify(v.agenda),
    preparerIds: stored.preparerIds.join("\n"),
  };
}

/** The form's fields once the stored version is taken back from a conflict. */
export function meetingValuesFromTheirs(theirs: Record<string, string>): MeetingFormFields {
  const kind = (MEETING_KINDS as readonly string[]).includes(theirs.kind) ? (theirs.kind as MeetingKind) : "premiere";
  let agenda: MeetingFormFields["agenda"] = [];
  try {
    const parsed: unknown = JSON.parse(theirs.agendaItems || "[]");
    if (Array.isArray(parsed)) agenda = parsed;
  } catch {
    agenda = [];
  }
  return {
    title: theirs.title ?? "",
    kind,
    date: theirs.date ?? "",
    time: theirs.time ?? "",
    durationMinutes: theirs.durationMinutes ?? "",
    place: theirs.place ?? "",
    preparerIds: theirs.preparerIds ? theirs.preparerIds.split("\n") : [],
    agenda,
  };
}

export type ComparedField = { key: string; label: string; mine: string; theirs: string };

/** The fields compared side by side: what the user sent (FormData's flat keys) and what is stored. */
export function meetingConflictRows(theirs: Record<string, string>, mine: Record<string, string>): ComparedField[] {
  const nested = nestDottedKeys(mine) as Record<string, unknown>;
  const agenda = (Array.isArray(nested.agenda) ? nested.agenda : []) as { title?: unknown; durationMinutes?: unknown }[];
  const kind = (k: string | undefined) => MEETING_KIND_LABELS[k as MeetingKind] ?? "";
  return [
    { key: "title", label: "Titre", mine: mine.title ?? "", theirs: theirs.title },
    { key: "kind", label: "Type de réunion", mine: kind(mine.kind), theirs: kind(theirs.kind) },
    { key: "date", label: "Date", mine: mine.date ?? "", theirs: theirs.date },
    { key: "time", label: "Heure de début", mine: mine.time ?? "", theirs: theirs.time },
    { key: "durationMinutes", label: "Durée (minutes)", mine: mine.durationMinutes ?? "", theirs: theirs.durationMinutes },
    { key: "place", label: "Lieu", mine: mine.place ?? "", theirs: theirs.place },
    { key: "agenda", label: "Ordre du jour", mine: agendaSummary(agenda), theirs: theirs.agenda },
  ];
}
