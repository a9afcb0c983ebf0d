/**
 * Reading next steps: the commune's list (the viewer's own first, then the open ones, then by due date),
 * filtered and paginated on the server in a fixed number of queries; the steps of one meeting for its
 * synthesis; one step for its edit page.
 */
import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { meetings, nextSteps, professionals, users } from "../schema";
import { displayName } from "../users";
import { NEXT_STEP_STATUSES, type NextStepStatus } from "@/lib/domain/enums";
import { todayInParis } from "@/lib/dates";
import { nextStepFormValues } from "@/lib/next-steps/form-values";
import { ownerValue, parseOwnerValue, type OwnerOption } from "@/lib/next-steps/owner";
import { OPEN_STATUSES, isOverdue } from "@/lib/next-steps/rules";
import { findStep, meetingOfWorkspace, type NextStep, type StepMeeting, type StepsReader } from "./shared";
import { literalLimit } from "../prepared";

export const NEXT_STEPS_PAGE_SIZE = 50;

/** The filter's value for "my steps". */
export const MINE = "moi";

export type NextStepRow = {
  id: number;
  title: string;
  details: string;
  lead: string | null;
  ownerLabel: string;
  /** The owner's value ("membre:…", "acteur:ars"…), "" when their record is gone. */
  owner: string;
  dueOn: string;
  status: NextStepStatus;
  version: number;
  doneAt: Date | null;
  meeting: StepMeeting | null;
  /** Given to the viewer: as a member, or through the inventory line linked to their account. */
  mine: boolean;
  overdue: boolean;
};

export type NextStepList = {
  rows: NextStepRow[];
  page: number;
  pages: number;
  /** Steps matching every filter. */
  total: number;
  /** Steps per status, and overdue ones, under the owner filter alone: the labels of the other filters. */
  counts: Record<NextStepStatus, number>;
  overdueCount: number;
  /** Everyone who owns a step of the workspace, for the owner filter. */
  owners: OwnerOption[];
};

/** The condition of the viewer's own steps. */
function mineCondition(ctx: StepsReader, viewerId: string): SQL {
  const lines = ctx.db
    .select({ id: professionals.id })
    .from(professionals)
    .where(and(eq(professionals.workspaceId, ctx.workspace.id), eq(professionals.userId, viewerId)));
  return or(eq(nextSteps.ownerUserId, viewerId), inArray(nextSteps.ownerProfessionalId, lines))!;
}

/** The condition of one owner's steps ("moi" or an owner's value); undefined when the value names nobody. */
function ownerCondition(ctx: StepsReader, viewerId: string, owner: string | undefined): SQL | undefined {
  if (!owner) return undefined;
  if (owner === MINE) return mineCondition(ctx, viewerId);
  const ref = parseOwnerValue(owner);
  if (!ref) return undefined;
  switch (ref.kind) {
    case "membre":
      return and(eq(nextSteps.ownerKind, "membre"), eq(nextSteps.ownerUserId, ref.userId));
    case "invite":
      return and(eq(nextSteps.ownerKind, "invite"), eq(nextSteps.ownerInviteeId, ref.inviteeId));
    case "professionnel":
      return and(eq(nextSteps.ownerKind, "professionnel"), eq(nextSteps.ownerProfessionalId, ref.professionalId));
    case "acteur":
      return and(eq(nextSteps.ownerKind, "acteur"), eq(nextSteps.ownerActor, ref.actor));
  }
}

const open = () => inArray(nextSteps.status, [...OPEN_STATUSES]);

/**
 * The workspace's next steps, 50 a page, in three queries: counts (per status, overdue), one page of rows
 * with their meeting, and the owners present. Order: the viewer's own first, then open before closed, then
 * by due date. Overdue: open and due before today in Paris (`ctx.now`).
 */
export function listNextSteps(
  ctx: StepsReader,
  input: { viewerId: string; owner?: string; status?: NextStepStatus; overdue?: boolean; page?: number },
): NextStepList {
  const ws = eq(nextSteps.workspaceId, ctx.workspace.id);
  const today = todayInParis(ctx.now);
  const late = and(open(), lt(nextSteps.dueOn, today))!;
  const byOwner = ownerCondition(ctx, input.viewerId, input.owner);

  const grouped = ctx.db
    .select({ status: nextSteps.status, n: sql<number>`count(*)`, late: sql<number>`coalesce(sum(case when ${late} then 1 else 0 end), 0)` })
    .from(nextSteps)
    .where(and(ws, byOwner))
    .groupBy(nextSteps.status)
    .all();
  const counts = Object.fromEntries(NEXT_STEP_STATUSES.map((s) => [s, 0])) as Record<NextStepStatus, number>;
  let overdueCount = 0;
  let total = 0;
  for (const g of grouped) {
    counts[g.status] = g.n;
    overdueCount += g.late;
    if (!input.status || input.status === g.status) total += input.overdue ? g.late : g.n;
  }
  const pages = Math.max(1, Math.ceil(total / NEXT_STEPS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(input.page ?? 1) || 1), pages);

  const mine = mineCondition(ctx, input.viewerId);
  const rows = ctx.db
    .select({
      step: nextSteps,
      mine: sql<number>`case when ${mine} then 1 else 0 end`,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
    })
    .from(nextSteps)
    .leftJoin(meetings, and(eq(meetings.id, nextSteps.meetingId), eq(meetings.workspaceId, ctx.workspace.id)))
    .where(and(ws, byOwner, input.status ? eq(nextSteps.status, input.status) : undefined, input.overdue ? late : undefined))
    .orderBy(sql`case when ${mine} then 0 else 1 end`, sql`case when ${open()} then 0 else 1 end`, asc(nextSteps.dueOn), asc(nextSteps.id))
    .limit(literalLimit(NEXT_STEPS_PAGE_SIZE))
    .offset(literalLimit((page - 1) * NEXT_STEPS_PAGE_SIZE))
    .all()
    .map((r): NextStepRow => ({
      ...rowOf(r.step, ctx.now),
      meeting: r.step.meetingId !== null && r.meetingTitle !== null && r.meetingStartsAt !== null ? { id: r.step.meetingId, title: r.meetingTitle, startsAt: r.meetingStartsAt } : null,
      mine: r.mine === 1,
    }));

  const owners = new Map<string, string>();
  const ownerRows = ctx.db
    .select({
      ownerKind: nextSteps.ownerKind,
      ownerUserId: nextSteps.ownerUserId,
      ownerInviteeId: nextSteps.ownerInviteeId,
      ownerProfessionalId: nextSteps.ownerProfessionalId,
      ownerActor: nextSteps.ownerActor,
      ownerLabel: nextSteps.ownerLabel,
    })
    .from(nextSteps)
    .where(ws)
    .orderBy(desc(nextSteps.updatedAt), desc(nextSteps.id))
    .all();
  for (const o of ownerRows) {
    const value = ownerValue(o);
    // The latest name of each owner (a snapshot may have changed since older steps were given).
    if (value && !owners.has(value)) owners.set(value, o.ownerLabel);
  }
  return {
    rows,
    page,
    pages,
    total,
    counts,
    overdueCount,
    owners: [...owners].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, "fr")),
  };
}

function rowOf(step: NextStep, now: Date): Omit<NextStepRow, "meeting" | "mine"> {
  return {
    id: step.id,
    title: step.title,
    details: step.details,
    lead: step.lead,
    ownerLabel: step.ownerLabel,
    owner: ownerValue(step),
    dueOn: step.dueOn,
    status: step.status,
    version: step.version,
    doneAt: step.doneAt,
    overdue: isOverdue(step, now),
  };
}

export type MeetingNextStep = Omit<NextStepRow, "meeting" | "mine" | "owner">;

/** The next steps made from one meeting, by due date: for its synthesis page and its PDF (one query). */
export function nextStepsOfMeeting(ctx: StepsReader, input: { meetingId: number }): MeetingNextStep[] {
  return ctx.db
    .select()
    .from(nextSteps)
    .where(and(eq(nextSteps.workspaceId, ctx.workspace.id), eq(nextSteps.meetingId, input.meetingId)))
    .orderBy(asc(nextSteps.dueOn), asc(nextSteps.id))
    .all()
    .map((s) => {
      const { owner: _owner, ...row } = rowOf(s, ctx.now);
      return row;
    });
}

/** One step for its edit page, with the form's values, its meeting, and who saved it last; null when not this workspace's. */
export function nextStepForEdit(ctx: StepsReader, input: { nextStepId: number }) {
  const step = findStep(ctx, input.nextStepId);
  if (!step) return null;
  const updater = step.updatedBy ? ctx.db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, step.updatedBy)).get() : undefined;
  return {
    ...rowOf(step, ctx.now),
    values: nextStepFormValues(step),
    meeting: step.meetingId === null ? null : meetingOfWorkspace(ctx, step.meetingId),
    updatedAt: step.updatedAt,
    updatedByName: updater ? displayName(updater) : null,
  };
}
export type NextStepForEdit = NonNullable<ReturnType<typeof nextStepForEdit>>;
