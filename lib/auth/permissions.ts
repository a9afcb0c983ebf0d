/**
 * Who may do what: the one table. Guards (`requireCommuneRole`, `requireFederationRole`, `requireAccount`)
 * and pages read it through `can()`; no role list lives anywhere else. An act is one kind of thing a
 * person does; its roles are those who may do it. `permissions.test.ts` writes the whole matrix out.
 */
import type { CommuneRole, FederationRole } from "@/lib/domain/enums";

/** The workspace team runs the commune's space; professionals only read what is shared with them. */
const TEAM = ["maire", "referent", "facilitateur"] as const satisfies readonly CommuneRole[];
const EVERYONE = ["maire", "referent", "facilitateur", "professionnel"] as const satisfies readonly CommuneRole[];

/** Acts within a commune's workspace, by the roles held in that workspace. */
export const COMMUNE_PERMISSIONS = {
  /** Open the workspace: its frame, its dashboard, the commune search used by forms. */
  "workspace.view": EVERYONE,
  /** See who runs the workspace, the request and the meetings on the dashboard. */
  "workspace.viewTeam": TEAM,
  "workspace.history": TEAM,
  /** Ask a federation for support, or withdraw the request. */
  "federationRequest.view": TEAM,
  "federationRequest.send": ["maire"],
  "referent.view": TEAM,
  "referent.designate": ["maire"],
  "inventory.view": EVERYONE,
  /** Age, departure horizon, contact details and notes of every line. */
  "inventory.viewPrivate": TEAM,
  "inventory.edit": TEAM,
  "inventory.export": TEAM,
  "inventory.invite": TEAM,
  /** A professional checks and confirms the line that describes them. */
  "inventory.confirmOwnLine": ["professionnel"],
  /** Draft, invite, remind, change and cancel a meeting; see the answers. */
  "meeting.prepare": TEAM,
  /** Record who came: the meeting becomes "tenue". */
  "meeting.markHeld": TEAM,
  /** Read the synthesis's draft, the round-table answers and the attendance beside it. */
  "synthesis.viewDraft": TEAM,
  /**
   * Write and publish the synthesis: the facilitator, or the référent when no facilitator is assigned
   * (that second rule depends on the workspace: `lib/synthesis/writers.ts`).
   */
  "synthesis.write": ["referent", "facilitateur"],
  /** Read a published synthesis. */
  "synthesis.read": EVERYONE,
  "nextStep.view": EVERYONE,
  /** Add next steps, give them owners and due dates, change any of them. */
  "nextStep.manage": TEAM,
  /** Change the status of a next step one owns. */
  "nextStep.updateOwn": EVERYONE,
  /** The 100-day checklist: its items, who carries them, what is due. */
  "checklist.view": TEAM,
  /** Set an item's status, owner and note; record the regular meeting place. */
  "checklist.edit": TEAM,
  /** "Qui fait quoi": each actor's responsibilities. */
  "responsibilities.view": EVERYONE,
  "responsibilities.edit": ["maire", "referent"],
  /** The shared directory of local partners' contacts. */
  "partners.view": TEAM,
  "partners.edit": ["maire", "referent"],
  /** Download everything of the workspace in one zip. */
  "workspace.export": ["maire"],
  /**
   * Remove someone from the workspace: a referent, a co-maire, a professional's membership (a commune always
   * keeps one maire); erase a professional's line with its history values and stored mails.
   */
  "members.remove": ["maire"],
} as const satisfies Record<string, readonly CommuneRole[]>;

/** Acts within a federation, by the roles held in that federation. */
export const FEDERATION_PERMISSIONS = {
  "federation.view": ["admin", "facilitateur"],
  "federation.decide": ["admin"],
  "federation.members": ["admin"],
  /** Read the claims on the workspaces of the federation's regions; transfer the maire role or refuse. */
  "federation.claims": ["admin"],
} as const satisfies Record<string, readonly FederationRole[]>;

/** Acts open to any signed-in account, whatever it holds. */
export const ACCOUNT_PERMISSIONS = [
  "workspace.create",
  /** "Je suis le/la maire de cette commune", on a commune whose workspace someone else opened. */
  "workspace.claim",
  /** One's own name, sessions ("se déconnecter partout"), data download and account deletion. */
  "profile.edit",
] as const;

export type CommuneAct = keyof typeof COMMUNE_PERMISSIONS;
export type FederationAct = keyof typeof FEDERATION_PERMISSIONS;
export type AccountAct = (typeof ACCOUNT_PERMISSIONS)[number];
export type Act = CommuneAct | FederationAct | AccountAct;

export const COMMUNE_ACTS = Object.keys(COMMUNE_PERMISSIONS) as CommuneAct[];
export const FEDERATION_ACTS = Object.keys(FEDERATION_PERMISSIONS) as FederationAct[];

export function isCommuneAct(act: string): act is CommuneAct {
  return Object.hasOwn(COMMUNE_PERMISSIONS, act);
}
export function isFederationAct(act: string): act is FederationAct {
  return Object.hasOwn(FEDERATION_PERMISSIONS, act);
}
export function isAccountAct(act: string): act is AccountAct {
  return (ACCOUNT_PERMISSIONS as readonly string[]).includes(act);
}

/** Whether someone holding `roles` may do `act` (any one of `act` when several are named). */
export function can(roles: readonly CommuneRole[], act: CommuneAct | readonly CommuneAct[]): boolean;
export function can(roles: readonly FederationRole[], act: FederationAct | readonly FederationAct[]): boolean;
export function can(roles: readonly string[], act: string | readonly string[]): boolean {
  const acts = typeof act === "string" ? [act] : act;
  return acts.some((a) => {
    const allowed: readonly string[] | undefined = isCommuneAct(a)
      ? COMMUNE_PERMISSIONS[a]
      : isFederationAct(a)
        ? FEDERATION_PERMISSIONS[a]
        : undefined;
    return allowed !== undefined && roles.some((r) => allowed.includes(r));
  });
}
