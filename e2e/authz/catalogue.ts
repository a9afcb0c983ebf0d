/**
 * Every server action of the application, by its source file and export, with the act of the permission
 * table (lib/auth/permissions.ts) that its guard checks, and a valid input aimed at commune A (Rodez) or at the
 * Fécop: valid, so that the zod parse passes and the call reaches the guard. Acts outside the table are said
 * so: "token" (the e-mailed link is the key) and "public" (sign-in itself). The authorization spec fails on
 * an action of the build that is missing here, and on an entry whose action the build no longer has.
 * Entries run in this order: records are created before the actions that change or delete them.
 */
import type { AccountAct, CommuneAct, FederationAct } from "../../lib/auth/permissions";
import type { Fields } from "./wire";
import { COMMUNE_A, COMMUNE_NEW, FEDERATION } from "./world";
import { lookups as L } from "./lookups";

export type Guard =
  | { kind: "commune"; acts: CommuneAct[] }
  | { kind: "federation"; acts: FederationAct[] }
  | { kind: "account"; acts: AccountAct[] }
  | { kind: "token" }
  | { kind: "public" };

export type Entry = {
  file: string;
  name: string;
  guard: Guard;
  /** The client's arguments: `useActionState` (previous state, form), a plain form action (form), or none. */
  args: "state" | "form" | "none";
  input: () => Fields;
  /** The fields naming records of A: the "ids from another commune" persona sends them under its own commune. */
  ids?: string[];
  /**
   * The act changes the caller (name, sessions, account, a claim in their name): each signed-in call is made by
   * a fresh account standing in for the persona — the table gives these acts to any account, whatever it holds,
   * and the demo's people, whom other specs read, must keep their names and sessions.
   */
  changesCaller?: boolean;
  /** A rule of the workspace narrows the table after the guard (who writes the synthesis, one's own line): nothing written. */
  narrowedFor?: string[];
  /** What an allowed call answers when it is not "passed" (signing out everywhere sends to /connexion). */
  allowedOutcome?: "sign-in";
  /** For an allowed call: what it must have done, checked on the database (null when done). */
  effect?: (callerId: string) => string | null;
};

const C = "app/(commune)/communes/[code]";
const F = "app/(federation)/federation/[id]";
const commune = (...acts: CommuneAct[]): Guard => ({ kind: "commune", acts });
const federation = (...acts: FederationAct[]): Guard => ({ kind: "federation", acts });
const account = (...acts: AccountAct[]): Guard => ({ kind: "account", acts });
const code = { code: COMMUNE_A };

/** A day in the future (the meeting form refuses the past), in Paris's calendar. */
const future = () => new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);

const line = {
  profession: "infirmier",
  name: "Lucie Authz",
  practiceLocation: "commune",
  practiceForm: "cabinet_groupe",
  ageBracket: "40_54",
  departure: "aucun",
  interest: "oui",
};

const meeting = () => ({
  ...code,
  title: "Rencontre des professionnels de Rodez",
  kind: "premiere",
  date: future(),
  time: "18:30",
  durationMinutes: "90",
  place: "Salle du conseil municipal",
  preparerIds: L.maireId(),
  "agenda.0.title": "Tour de table",
  "agenda.0.durationMinutes": "90",
  "agenda.0.leader": "La maire",
});

export const CATALOGUE: Entry[] = [
  // — the inventory —
  { file: `${C}/etat-des-lieux/actions.ts`, name: "createProfessionalAction", guard: commune("inventory.edit"), args: "state", input: () => ({ ...code, ...line, source: "commune" }) },
  { file: `${C}/etat-des-lieux/actions.ts`, name: "updateProfessionalAction", guard: commune("inventory.edit", "inventory.confirmOwnLine"), args: "state", ids: ["id"], narrowedFor: ["professionnel"], input: () => ({ ...code, ...line, ...L.professional(), name: "Lucie Authz-Modifiée", source: "commune" }) },
  { file: `${C}/etat-des-lieux/actions.ts`, name: "inviteProfessionalAction", guard: commune("inventory.invite"), args: "state", ids: ["id"], input: () => ({ ...code, id: L.professional().id, email: `lucie.${Date.now()}@authz.boussole.test` }) },
  { file: `${C}/etat-des-lieux/actions.ts`, name: "resendProfessionalInvitationAction", guard: commune("inventory.invite"), args: "state", ids: ["invitationId"], input: () => ({ ...code, invitationId: L.invitation("professionnel") }) },
  { file: `${C}/etat-des-lieux/actions.ts`, name: "revokeProfessionalInvitationAction", guard: commune("inventory.invite"), args: "state", ids: ["invitationId"], input: () => ({ ...code, invitationId: L.invitation("professionnel") }) },
  { file: `${C}/etat-des-lieux/actions.ts`, name: "importProfessionalsAction", guard: commune("inventory.edit"), args: "state", input: () => ({ ...code, step: "confirm", fileName: "import.csv", content: "profession;nom\nInfirmier;Marc Import\n" }) },
  { file: `${C}/etat-des-lieux/actions.ts`, name: "createNoteAction", guard: commune("inventory.edit"), args: "state", input: () => ({ ...code, theme: "besoins", text: "Une note sur les besoins de Rodez." }) },
  { file: `${C}/etat-des-lieux/actions.ts`, name: "updateNoteAction", guard: commune("inventory.edit"), args: "state", ids: ["id"], input: () => ({ ...code, theme: "besoins", text: "La note sur les besoins, modifiée.", ...L.row("inventory_note") }) },
  { file: `${C}/etat-des-lieux/actions.ts`, name: "deleteNoteAction", guard: commune("inventory.edit"), args: "state", ids: ["id"], input: () => ({ ...code, ...L.row("inventory_note") }) },
  { file: `${C}/etat-des-lieux/actions.ts`, name: "deleteProfessionalAction", guard: commune("inventory.edit"), args: "state", ids: ["id"], input: () => ({ ...code, ...L.professional() }) },
  { file: `${C}/etat-des-lieux/actions.ts`, name: "eraseProfessionalAction", guard: commune("members.remove"), args: "state", ids: ["id"], input: () => ({ ...code, ...L.professional() }) },

  // — the referent, the team, the federation request —
  { file: `${C}/referent/actions.ts`, name: "designateReferentAction", guard: commune("referent.designate"), args: "state", input: () => ({ ...code, kind: "agent", agentName: "Hugo Authz", agentEmail: `agent.${Date.now()}@authz.boussole.test`, replace: "ajouter" }) },
  { file: `${C}/referent/actions.ts`, name: "resendInvitationAction", guard: commune("referent.designate"), args: "state", ids: ["invitationId"], input: () => ({ ...code, invitationId: L.invitation("referent") }) },
  { file: `${C}/referent/actions.ts`, name: "revokeInvitationAction", guard: commune("referent.designate"), args: "state", ids: ["invitationId"], input: () => ({ ...code, invitationId: L.invitation("referent") }) },
  { file: `${C}/_members/actions.ts`, name: "removeMemberAction", guard: commune("members.remove"), args: "state", ids: ["memberId"], input: () => ({ ...code, memberId: L.coMaireMembership(), from: "equipe" }) },
  { file: `${C}/federation/actions.ts`, name: "requestFederationAction", guard: commune("federationRequest.send"), args: "state", input: () => ({ ...code, federationId: FEDERATION, message: "Nous souhaitons être accompagnés." }) },

  // — checklist, roles, partners —
  { file: `${C}/100-jours/actions.ts`, name: "updateChecklistItemAction", guard: commune("checklist.edit"), args: "state", input: () => ({ ...code, ...L.checklistItem(), status: "en_cours", note: "En cours à Rodez." }) },
  { file: `${C}/100-jours/actions.ts`, name: "setMeetingPlaceAction", guard: commune("checklist.edit"), args: "state", input: () => ({ ...code, version: L.workspaceVersion(), meetingPlace: "Salle du conseil, le premier mardi du mois" }) },
  { file: `${C}/qui-fait-quoi/actions.ts`, name: "saveResponsibilityAction", guard: commune("responsibilities.edit"), args: "state", input: () => ({ ...code, actor: "ccas", version: L.responsibilityVersion("ccas"), text: `Le CCAS relaie (${Date.now()}).` }) },
  { file: `${C}/qui-fait-quoi/actions.ts`, name: "createPartnerContactAction", guard: commune("partners.edit"), args: "state", input: () => ({ ...code, actor: "ccas", organisation: "CCAS de Rodez" }) },
  { file: `${C}/qui-fait-quoi/actions.ts`, name: "updatePartnerContactAction", guard: commune("partners.edit"), args: "state", ids: ["id"], input: () => ({ ...code, actor: "ccas", organisation: "CCAS de Rodez (modifié)", ...L.row("partner_contact") }) },
  { file: `${C}/qui-fait-quoi/actions.ts`, name: "deletePartnerContactAction", guard: commune("partners.edit"), args: "state", ids: ["id"], input: () => ({ ...code, ...L.row("partner_contact") }) },

  // — next steps —
  { file: `${C}/actions/actions.ts`, name: "createNextStepAction", guard: commune("nextStep.manage"), args: "state", input: () => ({ ...code, title: "Réserver la salle", owner: `membre:${L.maireId()}`, dueOn: future() }) },
  { file: `${C}/actions/actions.ts`, name: "updateNextStepAction", guard: commune("nextStep.manage"), args: "state", ids: ["nextStepId"], input: () => ({ ...code, title: "Réserver la grande salle", owner: `membre:${L.maireId()}`, dueOn: future(), ...L.nextStep() }) },
  { file: `${C}/actions/actions.ts`, name: "setNextStepStatusAction", guard: commune("nextStep.manage", "nextStep.updateOwn"), args: "state", ids: ["nextStepId"], narrowedFor: ["professionnel"], input: () => ({ ...code, status: "en_cours", ...L.nextStep() }) },
  { file: `${C}/actions/actions.ts`, name: "deleteNextStepAction", guard: commune("nextStep.manage"), args: "state", ids: ["nextStepId"], input: () => ({ ...code, ...L.nextStep() }) },

  // — meetings and the synthesis —
  { file: `${C}/reunions/actions.ts`, name: "createMeetingAction", guard: commune("meeting.prepare"), args: "state", input: meeting },
  { file: `${C}/reunions/actions.ts`, name: "updateMeetingAction", guard: commune("meeting.prepare"), args: "state", ids: ["meetingId"], input: () => ({ ...meeting(), ...L.meeting() }) },
  { file: `${C}/reunions/actions.ts`, name: "addTypedInviteeAction", guard: commune("meeting.prepare"), args: "state", ids: ["meetingId"], input: () => ({ ...code, meetingId: L.meeting().meetingId, name: "Inès Invitée", profession: "infirmier", email: `invitee.${Date.now()}@authz.boussole.test` }) },
  { file: `${C}/reunions/actions.ts`, name: "addPastedInviteesAction", guard: commune("meeting.prepare"), args: "state", ids: ["meetingId"], input: () => ({ ...code, meetingId: L.meeting().meetingId, emails: `colle.${Date.now()}@authz.boussole.test` }) },
  { file: `${C}/reunions/actions.ts`, name: "addInventoryInviteesAction", guard: commune("meeting.prepare"), args: "state", ids: ["meetingId", "professionalIds"], input: () => ({ ...code, meetingId: L.meeting().meetingId, professionalIds: L.professional().id }) },
  { file: `${C}/reunions/actions.ts`, name: "sendInvitationsAction", guard: commune("meeting.prepare"), args: "state", ids: ["meetingId"], input: () => ({ ...code, ...L.meeting() }) },
  { file: `${C}/reunions/actions.ts`, name: "remindInviteesAction", guard: commune("meeting.prepare"), args: "state", ids: ["meetingId"], input: () => ({ ...code, meetingId: L.meeting().meetingId }) },
  { file: `${C}/reunions/actions.ts`, name: "resendInvitationAction", guard: commune("meeting.prepare"), args: "state", ids: ["meetingId", "inviteeId"], input: () => ({ ...code, ...L.invitee() }) },
  { file: `${C}/reunions/actions.ts`, name: "recordAttendanceAction", guard: commune("meeting.markHeld"), args: "state", ids: ["meetingId", "inviteeIds"], input: () => ({ ...code, ...L.meeting(), inviteeIds: L.invitee().inviteeId, teamUserIds: L.maireId() }) },
  { file: `${C}/reunions/[id]/synthese/actions.ts`, name: "saveSynthesisAction", guard: commune("synthesis.write"), args: "state", ids: ["meetingId"], narrowedFor: ["referent"], input: () => ({ ...code, meetingId: L.meeting().meetingId, version: "0", cooperation: "Travailler ensemble." }) },
  { file: `${C}/reunions/[id]/synthese/actions.ts`, name: "resendReadingLinkAction", guard: commune("synthesis.write"), args: "state", ids: ["meetingId", "inviteeId"], narrowedFor: ["referent"], input: () => ({ ...code, ...L.invitee() }) },
  { file: `${C}/reunions/actions.ts`, name: "removeInviteeAction", guard: commune("meeting.prepare"), args: "state", ids: ["meetingId", "inviteeId"], input: () => ({ ...code, ...L.invitee() }) },
  { file: `${C}/reunions/actions.ts`, name: "cancelMeetingAction", guard: commune("meeting.prepare"), args: "state", ids: ["meetingId"], input: () => ({ ...code, ...L.meeting(), reason: "Reportée." }) },

  // — the Fécop: A's request, the claims on A, its members —
  { file: "app/(commune)/espace/revendiquer/[code]/actions.ts", name: "fileClaimAction", guard: account("workspace.claim"), args: "state", changesCaller: true, input: () => ({ ...code, name: "Jeanne Revendique", role: "Maire", phone: "05 65 00 00 00", message: "Je suis la maire de Rodez." }) },
  { file: `${F}/claim-actions.ts`, name: "rejectClaimAction", guard: federation("federation.claims"), args: "state", ids: ["claimId"], input: () => ({ federationId: FEDERATION, ...L.claim(), reason: "La mairie ne confirme pas." }) },
  // A transfer would take A's maire role from the persona: the stale version is refused after the guard.
  { file: `${F}/claim-actions.ts`, name: "transferClaimAction", guard: federation("federation.claims"), args: "state", ids: ["claimId"], input: () => ({ federationId: FEDERATION, claimId: L.claim().claimId, version: "99", checked: "on" }) },
  { file: `${F}/actions.ts`, name: "declineRequestAction", guard: federation("federation.decide"), args: "state", ids: ["requestId"], input: () => ({ federationId: FEDERATION, requestId: L.request(), reason: "Pas de facilitateur disponible ce trimestre." }) },
  { file: `${F}/actions.ts`, name: "acceptRequestAction", guard: federation("federation.decide"), args: "state", ids: ["requestId"], input: () => ({ federationId: FEDERATION, requestId: L.request(), facilitatorIds: L.facilitatriceId() }) },
  { file: `${C}/federation/actions.ts`, name: "withdrawRequestAction", guard: commune("federationRequest.send"), args: "state", ids: ["requestId"], input: () => ({ ...code, requestId: L.request() }) },
  { file: `${F}/membres/actions.ts`, name: "inviteMemberAction", guard: federation("federation.members"), args: "state", input: () => ({ federationId: FEDERATION, name: "Karine Authz", email: `membre.${Date.now()}@authz.boussole.test`, role: "facilitateur" }) },
  { file: `${F}/membres/actions.ts`, name: "resendMemberAction", guard: federation("federation.members"), args: "state", ids: ["invitationId"], input: () => ({ federationId: FEDERATION, invitationId: L.memberInvitation() }) },
  { file: `${F}/membres/actions.ts`, name: "revokeMemberAction", guard: federation("federation.members"), args: "state", ids: ["invitationId"], input: () => ({ federationId: FEDERATION, invitationId: L.memberInvitation() }) },
  // The Fécop's other members are other specs' people: the extra facilitator made for this spec is unassigned, then removed.
  { file: `${F}/membres/removal-actions.ts`, name: "unassignFacilitatorAction", guard: federation("federation.members"), args: "state", ids: ["communeCode", "userId"], input: () => ({ federationId: FEDERATION, communeCode: COMMUNE_A, userId: L.fecopExtra().userId }) },
  { file: `${F}/membres/removal-actions.ts`, name: "removeFederationMemberAction", guard: federation("federation.members"), args: "state", ids: ["memberId"], input: () => ({ federationId: FEDERATION, memberId: L.fecopExtra().memberId }) },

  // — accounts —
  { file: "app/(commune)/communes/nouvelle/actions.ts", name: "createWorkspaceAction", guard: account("workspace.create"), args: "state", changesCaller: true, input: () => ({ communeCode: COMMUNE_NEW, mandateStart: "2026-03-22" }) },
  { file: "app/(commune)/profil/actions.ts", name: "giveNameAction", guard: account("profile.edit"), args: "state", changesCaller: true, input: () => ({ name: "Nadia Nommée" }) },
  { file: "app/(commune)/profil/actions.ts", name: "changeNameAction", guard: account("profile.edit"), args: "state", changesCaller: true, input: () => ({ name: "Nadia Renommée" }) },
  { file: "app/(commune)/profil/actions.ts", name: "signOutEverywhereAction", guard: account("profile.edit"), args: "state", changesCaller: true, input: () => ({}),
    allowedOutcome: "sign-in", effect: (id) => (L.sessionsOf(id) === 0 ? null : "a session of the account is left") },
  { file: "app/(commune)/profil/actions.ts", name: "deleteAccountAction", guard: account("profile.edit"), args: "state", changesCaller: true, input: () => ({ confirm: "on" }),
    effect: (id) => (L.accountDeleted(id) ? null : "the account is still there") },

  // — outside the table: the e-mailed link is the key; sign-in itself —
  { file: "app/reponse/[token]/actions.ts", name: "answerAction", guard: { kind: "token" }, args: "state", input: () => ({ token: "jeton-inconnu-0000000000000000000000", answer: "oui" }) },
  { file: "app/invitation/[token]/actions.ts", name: "acceptInvitationAction", guard: { kind: "token" }, args: "state", input: () => ({ token: "jeton-inconnu-0000000000000000000000" }) },
  { file: "lib/auth/actions.ts", name: "requestSignInLink", guard: { kind: "public" }, args: "state", input: () => ({ email: `lien.${Date.now()}@authz.boussole.test` }) },
  { file: "lib/auth/actions.ts", name: "signInAsDemo", guard: { kind: "public" }, args: "form", input: () => ({ email: "inconnu@demo.boussole.fr" }) },
  { file: "lib/auth/actions.ts", name: "signOutAction", guard: { kind: "public" }, args: "none", changesCaller: true, input: () => ({}) },
];

export const keyOf = (e: { file: string; name: string }) => `${e.file}#${e.name}`;
