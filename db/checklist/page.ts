/**
 * What the checklist page reads for one workspace: its entries (facts and hand-set states through the
 * batched readers of facts.ts, so the same fixed number of queries), the day of the mandate, and the
 * meeting place as stored, for its form.
 */
import type { DataContext } from "../context";
import { checklist, mandateDay, type ChecklistEntry, type MandatePhase } from "@/lib/checklist/rules";
import { todayInParis } from "@/lib/dates";
import { checklistFacts, checklistStates } from "./facts";
import { meetingPlaceOf, type MeetingPlace } from "./meeting-place";

export type ChecklistPage = {
  mandateStart: string;
  today: string;
  /** Day 0 is the mandate's first day (shown as "jour 1"). */
  day: number;
  phase: MandatePhase;
  entries: ChecklistEntry[];
  meetingPlace: MeetingPlace;
};

export function checklistPage(ctx: Pick<DataContext, "db" | "workspace" | "now">): ChecklistPage {
  const id = ctx.workspace.id;
  const facts = checklistFacts(ctx, { workspaceIds: [id] }).get(id);
  if (!facts) throw new Error(`workspace ${id} not found`);
  const states = checklistStates(ctx, { workspaceIds: [id] }).get(id) ?? [];
  const today = todayInParis(ctx.now);
  const { day, phase } = mandateDay(facts.mandateStart, today);
  return { mandateStart: facts.mandateStart, today, day, phase, entries: checklist(facts, states, today), meetingPlace: meetingPlaceOf(ctx) };
}
