/**
 * The history's vocabulary: every code an event may carry. The app and the demo seed write only these;
 * the checklist, the dashboard and the federation's pipeline read them back as facts.
 */
export const HISTORY_ACTIONS = [
  "workspace.created",
  "federation.requested",
  "federation.withdrawn",
  "federation.accepted",
  "federation.declined",
  "federation.admin_named",
  "federation.member_invited",
  "federation.member_resent",
  "federation.member_revoked",
  "federation.member_joined",
  "referent.invited",
  "referent.resent",
  "referent.revoked",
  "referent.accepted",
  "inventory.professional_added",
  "inventory.professional_updated",
  "inventory.professional_confirmed",
  "inventory.professional_deleted",
  "inventory.professional_invited",
  "inventory.professional_invitation_resent",
  "inventory.professional_invitation_revoked",
  "inventory.professional_joined",
  "inventory.note_added",
  "inventory.note_updated",
  "inventory.note_deleted",
  "inventory.imported",
  "meeting.created",
  "meeting.updated",
  "meeting.invitees_added",
  "meeting.invitee_removed",
  "meeting.invitations_sent",
  "meeting.reminded",
  "meeting.resent",
  "meeting.cancelled",
  "meeting.held",
  "meeting.attendance_updated",
  "meeting.answered",
  "synthesis.saved",
  "synthesis.published",
  "synthesis.corrected",
  "synthesis.link_sent",
  "next_step.created",
  "next_step.updated",
  "next_step.status_changed",
  "next_step.deleted",
  "checklist.item_updated",
  "workspace.meeting_place_set",
  "responsibility.updated",
  "partner.created",
  "partner.updated",
  "partner.deleted",
  "workspace.exported",
] as const;

export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export function isHistoryAction(code: string): code is HistoryAction {
  return (HISTORY_ACTIONS as readonly string[]).includes(code);
}
