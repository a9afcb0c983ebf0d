/**
 * The regular meeting place the commune offers the professionals (checklist item "lieu_de_rencontre"):
 * recording it ticks the item. The time it was set is its version: a form loaded before someone else
 * changed it gets the conflict view, nothing written. The workspace's own `version` is left alone: it
 * guards the referent's designation, which this has nothing to do with.
 */
import { and, desc, eq, isNull } from "drizzle-orm";
import { write, type DataContext, type Queryable } from "../context";
import { historyEvents, users, workspaces } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { ConflictError, FieldError, NotFoundError } from "@/lib/domain/errors";
import { formatDateTime } from "@/lib/dates";
import { MEETING_PLACE_MAX, MEETING_PLACE_MIN, MEETING_PLACE_TOO_LONG, MEETING_PLACE_TOO_SHORT } from "@/lib/validation/checklist";
import { cleanSingleLine } from "@/lib/validation/text";

export type MeetingPlace = { place: string | null; setAt: Date | null };

/** The workspace's meeting place, and when it was set. */
export function meetingPlaceOf(ctx: Pick<DataContext, "db" | "workspace">): MeetingPlace {
  const w = ctx.db.select({ place: workspaces.meetingPlace, setAt: workspaces.meetingPlaceSetAt }).from(workspaces).where(eq(workspaces.id, ctx.workspace.id)).get();
  if (!w) throw new NotFoundError();
  return { place: w.place, setAt: w.setAt };
}

/** Who set the place last, from the history (read only when a save is refused). */
function lastSetBy(db: Queryable, workspaceId: number): string {
  const who = db
    .select({ name: users.name, email: users.email })
    .from(historyEvents)
    .innerJoin(users, eq(users.id, historyEvents.actorId))
    .where(and(eq(historyEvents.workspaceId, workspaceId), eq(historyEvents.action, "workspace.meeting_place_set")))
    .orderBy(desc(historyEvents.createdAt), desc(historyEvents.id))
    .get();
  return who ? displayName(who) : "Quelqu'un";
}

/**
 * Records or changes the meeting place. `seen` is the version the form was loaded with: the time the place
 * was last set, in milliseconds, or 0 when none was. An unchanged place writes nothing.
 */
export function setMeetingPlace(ctx: DataContext, input: { place: string; seen: number }): { place: string; changed: boolean } {
  const { workspace, actor, now } = ctx;
  const place = cleanSingleLine(input.place);
  if (place.length < MEETING_PLACE_MIN) throw new FieldError("meetingPlace", MEETING_PLACE_TOO_SHORT);
  if (place.length > MEETING_PLACE_MAX) throw new FieldError("meetingPlace", MEETING_PLACE_TOO_LONG);
  return write(ctx, (tx) => {
    const current = meetingPlaceOf({ db: tx, workspace });
    const stamp = current.setAt?.getTime() ?? 0;
    const conflict = () =>
      new ConflictError({ theirs: { meetingPlace: current.place ?? "" }, updatedBy: lastSetBy(tx, workspace.id), updatedAt: current.setAt ? formatDateTime(current.setAt) : "", version: stamp });
    if (stamp !== input.seen) throw conflict();
    if (current.place === place) return { place, changed: false };
    const res = tx
      .update(workspaces)
      .set({ meetingPlace: place, meetingPlaceSetAt: now })
      .where(and(eq(workspaces.id, workspace.id), current.setAt ? eq(workspaces.meetingPlaceSetAt, current.setAt) : isNull(workspaces.meetingPlaceSetAt)))
      .run();
    if (res.changes !== 1) throw conflict();
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "workspace.meeting_place_set",
      summary: current.place
        ? `${displayName(actor)} a changé le lieu de rencontre régulier proposé aux professionnels : « ${place} » (auparavant « ${current.place} »).`
        : `${displayName(actor)} a enregistré le lieu de rencontre régulier proposé aux professionnels : « ${place} ».`,
      createdAt: now,
    });
    return { place, changed: true };
  });
}
