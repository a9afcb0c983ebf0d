/**
 * The synthesis of a held meeting (journey 4): the organisers' versioned draft, its publication, and the
 * invitees' personal reading links. Every data function is `fn(ctx, input)`; who writes is
 * `lib/synthesis/writers.ts`'s rule, who reads is `lib/synthesis/readers.ts`'s.
 */
export { communeNameOf, followUpBasis, publishedSynthesis, synthesisEditor, synthesisStatus, workspaceReaders } from "./queries";
export type { Attendance, Reader, RoundTableQuestion, SynthesisEditor, SynthesisPublication } from "./queries";
export { READING_LINK_DAYS, resendReadingLink, saveSynthesis } from "./write";
export type { IssuedReading, SaveSynthesisInput, SaveSynthesisResult } from "./write";
export { findSynthesisByReadingToken, meetingNextSteps, publishedSynthesisForInvitee } from "./links";
export type { ReadingView } from "./links";
export { memberMeetings, publishedSyntheses } from "./member";
export type { MemberMeeting } from "./member";
