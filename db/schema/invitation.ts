import { integer, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { INVITATION_KINDS, REFERENT_CAPACITIES, FEDERATION_ROLES } from "@/lib/domain/enums";
import { users } from "./auth";
import { federations } from "./reference";
import { federationRequests, workspaces } from "./workspace";
import { professionals } from "./inventory";

/**
 * An e-mailed invitation. The link carries a random token; only its SHA-256 is stored.
 * Single-use (acceptedAt), expiring (expiresAt), revocable (revokedAt), resendable (a new token each send).
 */
export const invitations = sqliteTable(
  "invitation",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: INVITATION_KINDS }).notNull(),
    workspaceId: integer("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    federationId: text("federation_id").references(() => federations.id),
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** For a referent invitation: élu or agent. */
    capacity: text("capacity", { enum: REFERENT_CAPACITIES }),
    /** For a professional's invitation: the inventory line they will confirm. */
    professionalId: integer("professional_id").references(() => professionals.id, { onDelete: "cascade" }),
    /** For a federation member invitation: the role offered. */
    federationRole: text("federation_role", { enum: FEDERATION_ROLES }),
    /** For a federation's founding link (kind "federation_founder"): the request whose e-mail carried it. */
    federationRequestId: integer("federation_request_id").references(() => federationRequests.id, { onDelete: "set null" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    invitedBy: text("invited_by")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
    lastSentAt: integer("last_sent_at", { mode: "timestamp_ms" }),
    /** Whether the last e-mail left: a failed one keeps the invitation, to be resent. */
    deliveryStatus: text("delivery_status", { enum: ["pending", "sent", "failed"] })
      .notNull()
      .default("pending"),
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
    acceptedBy: text("accepted_by").references(() => users.id),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("invitation_token_idx").on(t.tokenHash),
    index("invitation_workspace_idx").on(t.workspaceId),
    index("invitation_federation_idx").on(t.federationId),
    index("invitation_professional_idx").on(t.professionalId),
    index("invitation_federation_request_idx").on(t.federationRequestId),
  ],
);
