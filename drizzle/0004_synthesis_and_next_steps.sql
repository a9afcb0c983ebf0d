CREATE TABLE `meeting_synthesis` (
	`meeting_id` integer PRIMARY KEY NOT NULL,
	`workspace_id` integer NOT NULL,
	`draft` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`published` text,
	`first_published_at` integer,
	`published_at` integer,
	`published_by` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`published_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `next_step` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`meeting_id` integer,
	`lead` text,
	`title` text NOT NULL,
	`details` text DEFAULT '' NOT NULL,
	`owner_kind` text NOT NULL,
	`owner_user_id` text,
	`owner_invitee_id` integer,
	`owner_professional_id` integer,
	`owner_actor` text,
	`owner_label` text NOT NULL,
	`due_on` text NOT NULL,
	`status` text DEFAULT 'a_faire' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	`done_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`owner_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`owner_invitee_id`) REFERENCES `meeting_invitee`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`owner_professional_id`) REFERENCES `professional`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `next_step_workspace_idx` ON `next_step` (`workspace_id`,`status`,`due_on`);--> statement-breakpoint
CREATE INDEX `next_step_meeting_idx` ON `next_step` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `next_step_owner_user_idx` ON `next_step` (`owner_user_id`);--> statement-breakpoint
CREATE INDEX `next_step_owner_invitee_idx` ON `next_step` (`owner_invitee_id`);--> statement-breakpoint
CREATE INDEX `next_step_owner_professional_idx` ON `next_step` (`owner_professional_id`);--> statement-breakpoint
CREATE TABLE `synthesis_link` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`invitee_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`delivery_status` text DEFAULT 'pending' NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invitee_id`) REFERENCES `meeting_invitee`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `synthesis_link_token_idx` ON `synthesis_link` (`token_hash`);--> statement-breakpoint
CREATE INDEX `synthesis_link_invitee_idx` ON `synthesis_link` (`invitee_id`);--> statement-breakpoint
CREATE INDEX `synthesis_link_meeting_idx` ON `synthesis_link` (`meeting_id`);