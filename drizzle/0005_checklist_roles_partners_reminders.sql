CREATE TABLE `checklist_item` (
	`workspace_id` integer NOT NULL,
	`code` text NOT NULL,
	`status` text DEFAULT 'a_faire' NOT NULL,
	`owner_id` text,
	`note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `code`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `checklist_item_owner_idx` ON `checklist_item` (`owner_id`);--> statement-breakpoint
CREATE TABLE `partner_contact` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`actor` text NOT NULL,
	`organisation` text NOT NULL,
	`person_name` text,
	`position` text,
	`email` text,
	`phone` text,
	`note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `partner_contact_workspace_idx` ON `partner_contact` (`workspace_id`,`actor`);--> statement-breakpoint
CREATE INDEX `partner_contact_created_by_idx` ON `partner_contact` (`created_by`);--> statement-breakpoint
CREATE INDEX `partner_contact_updated_by_idx` ON `partner_contact` (`updated_by`);--> statement-breakpoint
CREATE TABLE `reminder` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`recipient` text NOT NULL,
	`user_id` text,
	`workspace_id` integer,
	`federation_id` text,
	`mail_id` integer,
	`sent_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`federation_id`) REFERENCES `federation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mail_id`) REFERENCES `mail`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_key_idx` ON `reminder` (`kind`,`key`);--> statement-breakpoint
CREATE INDEX `reminder_recipient_idx` ON `reminder` (`recipient`,`kind`,`sent_at`);--> statement-breakpoint
CREATE INDEX `reminder_user_idx` ON `reminder` (`user_id`);--> statement-breakpoint
CREATE INDEX `reminder_workspace_idx` ON `reminder` (`workspace_id`);--> statement-breakpoint
CREATE INDEX `reminder_federation_idx` ON `reminder` (`federation_id`);--> statement-breakpoint
CREATE INDEX `reminder_mail_idx` ON `reminder` (`mail_id`);--> statement-breakpoint
CREATE TABLE `responsibility` (
	`workspace_id` integer NOT NULL,
	`actor` text NOT NULL,
	`text` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `actor`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `responsibility_updated_by_idx` ON `responsibility` (`updated_by`);--> statement-breakpoint
ALTER TABLE `workspace` ADD `meeting_place` text;--> statement-breakpoint
ALTER TABLE `workspace` ADD `meeting_place_set_at` integer;