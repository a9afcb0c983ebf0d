CREATE TABLE `inventory_note` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`theme` text NOT NULL,
	`text` text NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inventory_note_workspace_idx` ON `inventory_note` (`workspace_id`,`theme`);--> statement-breakpoint
CREATE TABLE `professional` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`profession` text NOT NULL,
	`profession_other` text,
	`name` text,
	`practice_location` text NOT NULL,
	`practice_commune_code` text,
	`practice_form` text NOT NULL,
	`age_bracket` text DEFAULT 'inconnu' NOT NULL,
	`departure` text DEFAULT 'inconnu' NOT NULL,
	`interest` text DEFAULT 'non_sollicite' NOT NULL,
	`email` text,
	`phone` text,
	`note` text,
	`source` text NOT NULL,
	`user_id` text,
	`confirmed_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`practice_commune_code`) REFERENCES `commune`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `professional_workspace_idx` ON `professional` (`workspace_id`);--> statement-breakpoint
CREATE INDEX `professional_user_idx` ON `professional` (`user_id`);--> statement-breakpoint
CREATE TABLE `agenda_item` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`leader` text NOT NULL,
	`questions` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agenda_item_meeting_idx` ON `agenda_item` (`meeting_id`,`position`);--> statement-breakpoint
CREATE TABLE `meeting_invitee` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`professional_id` integer,
	`name` text NOT NULL,
	`profession` text NOT NULL,
	`email` text NOT NULL,
	`token_hash` text,
	`answer` text,
	`comment` text,
	`answered_at` integer,
	`situation` text,
	`conditions` text,
	`difficulties` text,
	`expectations` text,
	`delivery_status` text DEFAULT 'pending' NOT NULL,
	`last_sent_at` integer,
	`last_reminder_at` integer,
	`attended` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`professional_id`) REFERENCES `professional`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `meeting_invitee_meeting_idx` ON `meeting_invitee` (`meeting_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_invitee_email_idx` ON `meeting_invitee` (`meeting_id`,`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_invitee_token_idx` ON `meeting_invitee` (`token_hash`);--> statement-breakpoint
CREATE TABLE `meeting_preparer` (
	`meeting_id` integer NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `user_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `meeting_team_attendance` (
	`meeting_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`attended` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `user_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `meeting` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`starts_at` integer NOT NULL,
	`duration_minutes` integer NOT NULL,
	`place` text NOT NULL,
	`status` text DEFAULT 'brouillon' NOT NULL,
	`ics_uid` text NOT NULL,
	`ics_sequence` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	`invitations_sent_at` integer,
	`held_at` integer,
	`cancelled_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_workspace_idx` ON `meeting` (`workspace_id`,`starts_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_ics_uid_idx` ON `meeting` (`ics_uid`);--> statement-breakpoint
ALTER TABLE `invitation` ADD `professional_id` integer REFERENCES professional(id);