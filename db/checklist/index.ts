/** The 100-day checklist of a workspace: facts read in batches, hand-set states, the rules of lib/checklist. */
import type { BaseContext, DataContext } from "../context";
import { checklist, type ChecklistEntry } from "@/lib/checklist/rules";
import { todayInParis } from "@/lib/dates";
import { checklistFacts, checklistStates } from "./facts";

export { checklistFacts, checklistStates } from "./facts";
export { checklistOwnerOptions, CHECKLIST_OWNER_ROLES, type ChecklistOwnerOption } from "./owners";
export { updateChecklistItem, checklistItemOf, type ChecklistItemInput, type StoredChecklistItem } from "./update";
export { setMeetingPlace, meetingPlaceOf, type MeetingPlace } from "./meeting-place";
export { checklistPage, type ChecklistPage } from "./page";

/** Each workspace's checklist on the context's day, by workspace id (for lists: a fixed number of queries). */
export function checklists(ctx: BaseContext, input: { workspaceIds: readonly number[] }): Map<number, ChecklistEntry[]> {
  const facts = checklistFacts(ctx, input);
  const states = checklistStates(ctx, { workspaceIds: [...facts.keys()] });
  const today = todayInParis(ctx.now);
  return new Map([...facts].map(([id, f]) => [id, checklist(f, states.get(id) ?? [], today)]));
}

/** The checklist of the context's workspace. */
export function workspaceChecklist(ctx: DataContext): ChecklistEntry[] {
  return checklists(ctx, { workspaceIds: [ctx.workspace.id] }).get(ctx.workspace.id) ?? [];
}
