CREATE TABLE `account` (
	`userId` text NOT NULL,
	`type` text NOT NULL,
	`provider` text NOT NULL,
	`providerAccountId` text NOT NULL,
	`refresh_token` text,
	`access_token` text,
	`expires_at` integer,
	`token_type` text,
	`scope` text,
	`id_token` text,
	`session_state` text,
	PRIMARY KEY(`provider`, `providerAccountId`),
	FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `account_user_idx` ON `account` (`userId`);--> statement-breakpoint
CREATE TABLE `session` (
	`sessionToken` text PRIMARY KEY NOT NULL,
	`userId` text NOT NULL,
	`expires` integer NOT NULL,
	FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `session_user_idx` ON `session` (`userId`);--> statement-breakpoint
CREATE TABLE `user` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text,
	`email` text NOT NULL,
	`emailVerified` integer,
	`image` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_email_unique` ON `user` (`email`);--> statement-breakpoint
CREATE TABLE `verificationToken` (
	`identifier` text NOT NULL,
	`token` text NOT NULL,
	`expires` integer NOT NULL,
	PRIMARY KEY(`identifier`, `token`)
);
--> statement-breakpoint
CREATE TABLE `commune` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`search_name` text NOT NULL,
	`postal_codes` text NOT NULL,
	`departement_code` text NOT NULL,
	`region_code` text NOT NULL,
	`population` integer
);
--> statement-breakpoint
CREATE INDEX `commune_search_name_idx` ON `commune` (`search_name`);--> statement-breakpoint
CREATE INDEX `commune_region_idx` ON `commune` (`region_code`);--> statement-breakpoint
CREATE TABLE `departement` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`region_code` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `federation_region` (
	`federation_id` text NOT NULL,
	`region_code` text NOT NULL,
	PRIMARY KEY(`federation_id`, `region_code`),
	FOREIGN KEY (`federation_id`) REFERENCES `federation`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `federation_region_region_idx` ON `federation_region` (`region_code`);--> statement-breakpoint
CREATE TABLE `federation` (
	`id` text PRIMARY KEY NOT NULL,
	`short_name` text NOT NULL,
	`name` text NOT NULL,
	`phone` text,
	`email` text NOT NULL,
	`website` text,
	`status` text DEFAULT 'active' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `region` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `federation_request` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`federation_id` text NOT NULL,
	`message` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`decline_reason` text,
	`requested_by` text NOT NULL,
	`requested_at` integer NOT NULL,
	`decided_by` text,
	`decided_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`federation_id`) REFERENCES `federation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `federation_request_workspace_idx` ON `federation_request` (`workspace_id`);--> statement-breakpoint
CREATE INDEX `federation_request_federation_idx` ON `federation_request` (`federation_id`,`status`);--> statement-breakpoint
CREATE TABLE `workspace_member` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`capacity` text,
	`federation_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`federation_id`) REFERENCES `federation`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workspace_member_unique_idx` ON `workspace_member` (`workspace_id`,`user_id`,`role`);--> statement-breakpoint
CREATE INDEX `workspace_member_user_idx` ON `workspace_member` (`user_id`);--> statement-breakpoint
CREATE INDEX `workspace_member_federation_idx` ON `workspace_member` (`federation_id`);--> statement-breakpoint
CREATE TABLE `workspace` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commune_code` text NOT NULL,
	`mandate_start` text NOT NULL,
	`referent_kind` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`commune_code`) REFERENCES `commune`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workspace_commune_idx` ON `workspace` (`commune_code`);--> statement-breakpoint
CREATE INDEX `workspace_created_by_idx` ON `workspace` (`created_by`);--> statement-breakpoint
CREATE TABLE `federation_member` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`federation_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`federation_id`) REFERENCES `federation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `federation_member_unique_idx` ON `federation_member` (`federation_id`,`user_id`,`role`);--> statement-breakpoint
CREATE INDEX `federation_member_user_idx` ON `federation_member` (`user_id`);--> statement-breakpoint
CREATE TABLE `invitation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`workspace_id` integer,
	`federation_id` text,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`capacity` text,
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
	FOREIGN KEY (`invited_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`accepted_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitation_token_idx` ON `invitation` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invitation_workspace_idx` ON `invitation` (`workspace_id`);--> statement-breakpoint
CREATE INDEX `invitation_federation_idx` ON `invitation` (`federation_id`);--> statement-breakpoint
CREATE TABLE `history_event` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` integer,
	`federation_id` text,
	`actor_id` text,
	`action` text NOT NULL,
	`summary` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`federation_id`) REFERENCES `federation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `history_workspace_idx` ON `history_event` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `history_federation_idx` ON `history_event` (`federation_id`);--> statement-breakpoint
CREATE TABLE `mail` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`html` text NOT NULL,
	`status` text NOT NULL,
	`error` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `mail_to_idx` ON `mail` (`to`,`created_at`);