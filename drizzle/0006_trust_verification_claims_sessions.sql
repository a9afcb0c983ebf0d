CREATE TABLE `rate_limit` (
	`key` text PRIMARY KEY NOT NULL,
	`points` integer DEFAULT 0 NOT NULL,
	`expire` integer
);
--> statement-breakpoint
CREATE TABLE `commune_claim` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`claimant_id` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`phone` text NOT NULL,
	`message` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_by` text,
	`decided_at` integer,
	`decision_note` text,
	`created_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claimant_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commune_claim_workspace_idx` ON `commune_claim` (`workspace_id`,`status`);--> statement-breakpoint
CREATE INDEX `commune_claim_claimant_idx` ON `commune_claim` (`claimant_id`);--> statement-breakpoint
ALTER TABLE `session` ADD `created_at` integer;--> statement-breakpoint
-- Sessions' tokens were stored verbatim; from now on only their SHA-256 is: the old ones end here (one sign-in again).
DELETE FROM `session`;--> statement-breakpoint
ALTER TABLE `user` ADD `deleted_at` integer;--> statement-breakpoint
ALTER TABLE `workspace` ADD `verified_at` integer;--> statement-breakpoint
ALTER TABLE `workspace` ADD `verified_by` text REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `workspace` ADD `verified_via` text;--> statement-breakpoint
ALTER TABLE `invitation` ADD `federation_request_id` integer REFERENCES federation_request(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `invitation_federation_request_idx` ON `invitation` (`federation_request_id`);