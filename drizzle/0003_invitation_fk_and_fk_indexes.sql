-- invitation.professional_id was added by `ALTER TABLE … ADD` in 0001, which left out its ON DELETE cascade
-- (the snapshots have always said cascade, so drizzle-kit sees no change): the table is rebuilt the way
-- drizzle-kit rebuilds SQLite tables, without its `PRAGMA foreign_keys=OFF/ON`, which are no-ops inside the
-- migrator's transaction. Nothing references `invitation`, so dropping it with foreign keys on deletes nothing else.
CREATE TABLE `__new_invitation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`workspace_id` integer,
	`federation_id` text,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`capacity` text,
	`professional_id` integer,
	`federation_role` text,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`invited_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_sent_at` integer,
	`delivery_status` text DEFAULT 'pending' NOT NULL,
	`accepted_at` integer,
	`accepted_by` text,
	`revoked_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`federation_id`) REFERENCES `federation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`professional_id`) REFERENCES `professional`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invited_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`accepted_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_invitation`("id", "kind", "workspace_id", "federation_id", "email", "name", "capacity", "professional_id", "federation_role", "token_hash", "expires_at", "invited_by", "created_at", "last_sent_at", "delivery_status", "accepted_at", "accepted_by", "revoked_at") SELECT "id", "kind", "workspace_id", "federation_id", "email", "name", "capacity", "professional_id", "federation_role", "token_hash", "expires_at", "invited_by", "created_at", "last_sent_at", "delivery_status", "accepted_at", "accepted_by", "revoked_at" FROM `invitation`;--> statement-breakpoint
DROP TABLE `invitation`;--> statement-breakpoint
ALTER TABLE `__new_invitation` RENAME TO `invitation`;--> statement-breakpoint
CREATE UNIQUE INDEX `invitation_token_idx` ON `invitation` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invitation_workspace_idx` ON `invitation` (`workspace_id`);--> statement-breakpoint
CREATE INDEX `invitation_federation_idx` ON `invitation` (`federation_id`);--> statement-breakpoint
CREATE INDEX `invitation_professional_idx` ON `invitation` (`professional_id`);--> statement-breakpoint
CREATE INDEX `history_actor_idx` ON `history_event` (`actor_id`);--> statement-breakpoint
CREATE INDEX `meeting_invitee_professional_idx` ON `meeting_invitee` (`professional_id`);
