/**
 * Meetings with the professionals (journey 3): preparation, invitations with a personal link, answers,
 * reminders, changes, cancellation, attendance. Every data function is `fn(ctx, input)`: a `DataContext`
 * for the team's acts, a `BaseContext` for the personal link's pages. When a meeting can be edited, answered
 * or marked is `lib/meetings/phase.ts`'s rule.
 */
export { getMeeting, listMeetings, mailContext, meetingTeam } from "./queries";
export { invitableProfessionals, PICKER_SEARCH_MAX, PICKER_SIZE } from "./picker";
export type { InvitablePage, InvitableProfessional } from "./picker";
export type { AgendaItem, Invitee, Issued, Meeting, MeetingDetail, MeetingListRow, TeamMember, WorkspaceReader } from "./queries";
export { cancelMeeting, createMeeting, updateMeeting } from "./meetings";
export type { MeetingFields, MeetingUpdate, ScheduleChange } from "./meetings";
export { addInvitees, addInviteesFromInventory, removeInvitee } from "./invitees";
export type { InviteesAdded, NewInvitee } from "./invitees";
export { remindInvitees, resendInvitation, sendInvitations } from "./sending";
export { recordAttendance } from "./attendance";
export type { AttendanceInput } from "./attendance";
export { answerInvitation, findEndedLink, findInvitationByToken } from "./answers";
export type { AnswerInput, AnswerResult, InvitationView } from "./answers";
