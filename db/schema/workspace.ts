import { integer, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { COMMUNE_CLAIM_STATUSES, COMMUNE_ROLES, FEDERATION_REQUEST_STATUSES, REFERENT_KINDS, REFERENT_CAPACITIES, WORKSPACE_VERIFICATION_METHODS } from "@/lib/domain/enums";
import { users } from "./auth";
import { communes, federations } from "./reference";

const now = () => new Date();

/** A commune's workspace: one per commune, opened by its mayor. */
export const workspaces = sqliteTable(
  "workspace",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    communeCode: text("commune_code")
      .notNull()
      .references(() => communes.code),
    /** The day the mandate began, "YYYY-MM-DD" (the 100 days count from it). */
    mandateStart: text("mandate_start").notNull(),
    referentKind: text("referent_kind", { enum: REFERENT_KINDS }),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
    version: integer("version").notNull().default(1),
    /** The regular meeting place the commune offers the professionals (checklist: "un lieu de rencontre régulier"). */
    meetingPlace: text("meeting_place"),
    meetingPlaceSetAt: integer("meeting_place_set_at", { mode: "timestamp_ms" }),
    /**
     * The mandate checked: until then the workspace is "à vérifier" and only the federation request and the
     * referent designation leave the platform. Who vouched (a federation admin, on accepting the request), or
     * null with method "operateur" (`npm run workspace:verify`).
     */
    verifiedAt: integer("verified_at", { mode: "timestamp_ms" }),
    verifiedBy: text("verified_by").references(() => users.id),
    verifiedVia: text("verified_via", { enum: WORKSPACE_VERIFICATION_METHODS }),
  },
  (t) => [uniqueIndex("workspace_commune_idx").on(t.communeCode), index("workspace_created_by_idx").on(t.createdBy)],
);

/** A person's role in a commune. Facilitators carry the federation they act for. */
export const workspaceMembers = sqliteTable(
  "workspace_member",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: COMMUNE_ROLES }).notNull(),
    /** For a referent: élu or agent (a binôme is two members). */
    capacity: text("capacity", { enum: REFERENT_CAPACITIES }),
    federationId: text("federation_id").references(() => federations.id),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
  },
  (t) => [
    uniqueIndex("workspace_member_unique_idx").on(t.workspaceId, t.userId, t.role),
    index("workspace_member_user_idx").on(t.userId),
    index("workspace_member_federation_idx").on(t.federationId),
  ],
);

/** The mayor's request for a federation's support, and the federation's answer. */
export const federationRequests = sqliteTable(
  "federation_request",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    federationId: text("federation_id")
      .notNull()
      .references(() => federations.id),
    message: text("message").notNull(),
    status: text("status", { enum: FEDERATION_REQUEST_STATUSES }).notNull().default("pending"),
    declineReason: text("decline_reason"),
    requestedBy: text("requested_by")
      .notNull()
      .references(() => users.id),
    requestedAt: integer("requested_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
    decidedBy: text("decided_by").references(() => users.id),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("federation_request_workspace_idx").on(t.workspaceId),
    index("federation_request_federation_idx").on(t.federationId, t.status),
  ],
);

/**
 * "Je suis le/la maire de cette commune": a claim on a workspace someone else opened. The admins of the
 * region's federation (and the operator) check it and may transfer the maire role to the claimant.
 */
export const communeClaims = sqliteTable(
  "commune_claim",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    claimantId: text("claimant_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** As the claimant wrote them: "Prénom Nom", their function at the town hall, a phone to call back. */
    name: text("name").notNull(),
    role: text("role").notNull(),
    phone: text("phone").notNull(),
    message: text("message").notNull(),
    status: text("status", { enum: COMMUNE_CLAIM_STATUSES }).notNull().default("pending"),
    decidedBy: text("decided_by").references(() => users.id),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    /** Why it was refused (told to the claimant), or what was checked before the transfer. */
    decisionNote: text("decision_note"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("commune_claim_workspace_idx").on(t.workspaceId, t.status), index("commune_claim_claimant_idx").on(t.claimantId)],
);
