/**
 * Where a meeting stands, from its stored status and the clock: the one rule for when it can be edited,
 * answered, reminded, marked as held and synthesised. Pages and data functions ask it; they do not compare
 * statuses and dates themselves (the stored status is read here only).
 */
import type { MeetingStatus } from "@/lib/domain/enums";
import { formatDateTime } from "@/lib/dates";
import { meetingEnd } from "./schedule";

/**
 * - `brouillon`: prepared, nobody invited yet, not started;
 * - `invitations_ouvertes`: invitations sent, not started: invitees answer, organisers remind;
 * - `commencee`: between its start and its end, attendance not recorded (invited or not);
 * - `a_marquer`: over, attendance not recorded yet;
 * - `tenue`: attendance recorded (whatever the clock says);
 * - `annulee`: cancelled (whatever the clock says).
 */
export const MEETING_PHASES = ["brouillon", "invitations_ouvertes", "commencee", "a_marquer", "tenue", "annulee"] as const;
export type MeetingPhase = (typeof MEETING_PHASES)[number];

export type PhaseFacts = { status: MeetingStatus; startsAt: Date; durationMinutes: number };

export function meetingPhase(m: PhaseFacts, now: Date): MeetingPhase {
  if (m.status === "annulee") return "annulee";
  if (m.status === "tenue") return "tenue";
  if (now.getTime() >= meetingEnd(m).getTime()) return "a_marquer";
  if (now.getTime() >= m.startsAt.getTime()) return "commencee";
  return m.status === "brouillon" ? "brouillon" : "invitations_ouvertes";
}

/** Nobody has been invited yet: a draft, even once its date has passed. */
export function isDraft(m: Pick<PhaseFacts, "status">): boolean {
  return m.status === "brouillon";
}

/** The invitations went out and the meeting still stands (neither held nor cancelled): invitees hold live links. */
export function invitationsOut(m: Pick<PhaseFacts, "status">): boolean {
  return m.status === "invitations_envoyees";
}

/** Its time, place, agenda and invitees can change until it starts. */
export function canEdit(m: PhaseFacts, now: Date): boolean {
  const phase = meetingPhase(m, now);
  return phase === "brouillon" || phase === "invitations_ouvertes";
}

/** The invitations can go out: a draft whose start is still to come. */
export function canSend(m: PhaseFacts, now: Date): boolean {
  return meetingPhase(m, now) === "brouillon";
}

/** Invitees answer (or change their answer) until the meeting starts. */
export function canAnswer(m: PhaseFacts, now: Date): boolean {
  return meetingPhase(m, now) === "invitations_ouvertes";
}

/** Reminders and new links make sense only while answers are open. */
export function canRemind(m: PhaseFacts, now: Date): boolean {
  return canAnswer(m, now);
}

/** Attendance is recorded from the start on, and can be corrected once the meeting is held. */
export function canMarkAttendance(m: PhaseFacts, now: Date): boolean {
  const phase = meetingPhase(m, now);
  return phase === "commencee" || phase === "a_marquer" || phase === "tenue";
}

/** Started or over, and nobody has said yet who came. */
export function awaitsAttendance(m: PhaseFacts, now: Date): boolean {
  const phase = meetingPhase(m, now);
  return phase === "commencee" || phase === "a_marquer";
}

/** A meeting can be cancelled until it is held. */
export function canCancel(m: PhaseFacts, now: Date): boolean {
  const phase = meetingPhase(m, now);
  return phase !== "tenue" && phase !== "annulee";
}

/** Still to come: not started, not cancelled (a draft or a meeting whose invitations are out). */
export function isAhead(m: PhaseFacts, now: Date): boolean {
  const phase = meetingPhase(m, now);
  return phase === "brouillon" || phase === "invitations_ouvertes";
}

/**
 * Warnings about the answers — too few professions among the "oui", invitations not delivered — call for
 * reminders, new links or more invitees: shown only while answers are open. Once the meeting has started,
 * is held or is cancelled, they would ask for what can no longer be done.
 */
export function showsAnswerWarnings(m: PhaseFacts, now: Date): boolean {
  return meetingPhase(m, now) === "invitations_ouvertes";
}

/** Where a meeting goes in the commune's list: still to come or under way ("upcoming"), or over, held or cancelled ("past"). */
export type ListSection = "upcoming" | "past";

export function listSection(m: PhaseFacts, now: Date): ListSection {
  switch (meetingPhase(m, now)) {
    case "brouillon":
    case "invitations_ouvertes":
    case "commencee":
      return "upcoming";
    case "a_marquer":
    case "tenue":
    case "annulee":
      return "past";
  }
}

/** The synthesis is written once the meeting is held. */
export function canSynthesise(m: PhaseFacts, now: Date): boolean {
  return meetingPhase(m, now) === "tenue";
}

/** Why a meeting can no longer be changed, or null while it can. */
export function frozenReason(m: PhaseFacts, now: Date): string | null {
  switch (meetingPhase(m, now)) {
    case "annulee":
      return "Cette réunion est annulée : elle ne peut plus être modifiée.";
    case "tenue":
      return "Cette réunion a eu lieu : elle ne peut plus être modifiée.";
    case "commencee":
    case "a_marquer":
      return "La réunion a commencé : son horaire, son lieu et son ordre du jour ne peuvent plus être modifiés.";
    default:
      return null;
  }
}

/** Why invitees can no longer be reminded or sent a new link (`verb`: "relancer"…), or null while they can. */
export function answersClosedReason(m: PhaseFacts, now: Date, verb: string): string | null {
  switch (meetingPhase(m, now)) {
    case "invitations_ouvertes":
      return null;
    case "annulee":
      return "Cette réunion est annulée.";
    case "tenue":
      return "Cette réunion a eu lieu.";
    case "brouillon":
      return "Les invitations n'ont pas encore été envoyées.";
    default:
      return isDraft(m) ? "Les invitations n'ont pas encore été envoyées." : `La réunion a commencé : il n'y a plus lieu de ${verb}.`;
  }
}

/** Why attendance cannot be recorded yet (or at all), or null when it can. */
export function attendanceRefusal(m: PhaseFacts, now: Date): string | null {
  if (canMarkAttendance(m, now)) return null;
  if (meetingPhase(m, now) === "annulee") return "Cette réunion est annulée.";
  return `La réunion n'a pas encore commencé : vous pourrez noter les présences à partir du ${formatDateTime(m.startsAt)}.`;
}

/** What an invitee's personal link shows. */
export type LinkState = "open" | "started" | "over" | "cancelled";

/** The invitee's view of the phase; null for a draft, whose invitees hold no link yet. */
export function linkState(m: PhaseFacts, now: Date): LinkState | null {
  if (isDraft(m)) return null;
  switch (meetingPhase(m, now)) {
    case "invitations_ouvertes":
      return "open";
    case "commencee":
      return "started";
    case "a_marquer":
    case "tenue":
      return "over";
    case "annulee":
      return "cancelled";
    case "brouillon":
      return null;
  }
}
