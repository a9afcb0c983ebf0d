/**
 * Who owns a next step, as one string: the owner select's value ("membre:<userId>", "invite:<inviteeId>",
 * "professionnel:<lineId>", "acteur:<actor code>"), the filter's value, and the conflict view's. Pure.
 */
import { ACTORS, ACTOR_LABELS, type Actor as ActorCode, type NextStepOwnerKind } from "@/lib/domain/enums";

export type OwnerRef =
  | { kind: "membre"; userId: string }
  | { kind: "invite"; inviteeId: number }
  | { kind: "professionnel"; professionalId: number }
  | { kind: "acteur"; actor: ActorCode };

/** The owner columns of a stored next step. */
export type StoredOwner = {
  ownerKind: NextStepOwnerKind;
  ownerUserId: string | null;
  ownerInviteeId: number | null;
  ownerProfessionalId: number | null;
  ownerActor: ActorCode | null;
};

const USER_ID = /^[A-Za-z0-9_-]{1,100}$/;
const ROW_ID = /^[1-9]\d{0,11}$/;

/** The owner a value names, or null when it names none (malformed, unknown actor, unknown kind). */
export function parseOwnerValue(value: string): OwnerRef | null {
  const at = value.indexOf(":");
  if (at < 0) return null;
  const kind = value.slice(0, at);
  const id = value.slice(at + 1);
  switch (kind) {
    case "membre":
      return USER_ID.test(id) ? { kind, userId: id } : null;
    case "invite":
      return ROW_ID.test(id) ? { kind, inviteeId: Number(id) } : null;
    case "professionnel":
      return ROW_ID.test(id) ? { kind, professionalId: Number(id) } : null;
    case "acteur":
      return (ACTORS as readonly string[]).includes(id) ? { kind, actor: id as ActorCode } : null;
    default:
      return null;
  }
}

/** The value of an owner. */
export function ownerRefValue(o: OwnerRef): string {
  switch (o.kind) {
    case "membre":
      return `membre:${o.userId}`;
    case "invite":
      return `invite:${o.inviteeId}`;
    case "professionnel":
      return `professionnel:${o.professionalId}`;
    case "acteur":
      return `acteur:${o.actor}`;
  }
}

/** The value of a stored owner; "" when the person's record is gone (the step keeps their name only). */
export function ownerValue(s: StoredOwner): string {
  const ref = storedOwnerRef(s);
  return ref ? ownerRefValue(ref) : "";
}

/** The stored owner as a reference, or null when its record is gone. */
export function storedOwnerRef(s: StoredOwner): OwnerRef | null {
  switch (s.ownerKind) {
    case "membre":
      return s.ownerUserId ? { kind: "membre", userId: s.ownerUserId } : null;
    case "invite":
      return s.ownerInviteeId ? { kind: "invite", inviteeId: s.ownerInviteeId } : null;
    case "professionnel":
      return s.ownerProfessionalId ? { kind: "professionnel", professionalId: s.ownerProfessionalId } : null;
    case "acteur":
      return s.ownerActor ? { kind: "acteur", actor: s.ownerActor } : null;
  }
}

/** The owner columns to store for a reference (the others null). */
export function ownerColumns(o: OwnerRef): StoredOwner {
  return {
    ownerKind: o.kind,
    ownerUserId: o.kind === "membre" ? o.userId : null,
    ownerInviteeId: o.kind === "invite" ? o.inviteeId : null,
    ownerProfessionalId: o.kind === "professionnel" ? o.professionalId : null,
    ownerActor: o.kind === "acteur" ? o.actor : null,
  };
}

/** The actors, as the owner select's last group offers them. */
export const ACTOR_OPTIONS = ACTORS.map((a) => ({ value: `acteur:${a}`, label: ACTOR_LABELS[a] }));

/** One option of the owner select, and the groups it is shown in (`<optgroup>`). */
export type OwnerOption = { value: string; label: string };
export type OwnerGroup = { label: string; options: OwnerOption[] };

/**
 * The groups with the current owner kept selectable: an owner no longer offered (an invitee of another
 * meeting, a line now anonymous) is added first, under "Actuellement", so that editing other fields keeps it.
 */
export function withCurrentOwner(groups: OwnerGroup[], current: { value: string; label: string }): OwnerGroup[] {
  if (!current.value || groups.some((g) => g.options.some((o) => o.value === current.value))) return groups;
  return [{ label: "Actuellement", options: [current] }, ...groups];
}
