ALTER TABLE `mail` ADD `sensitive` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `mail` ADD `attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `mail` ADD `max_attempts` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE `mail` ADD `next_attempt_at` integer;--> statement-breakpoint
ALTER TABLE `mail` ADD `claimed_at` integer;--> statement-breakpoint
ALTER TABLE `mail` ADD `settled_at` integer;--> statement-breakpoint
ALTER TABLE `mail` ADD `concerns_kind` text;--> statement-breakpoint
ALTER TABLE `mail` ADD `concerns_id` integer;--> statement-breakpoint
CREATE INDEX `mail_queue_idx` ON `mail` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `mail_concerns_idx` ON `mail` (`concerns_kind`,`concerns_id`);--> statement-breakpoint
-- The mails written before the outbox were sent inline: their outcome is final, in the new French codes.
UPDATE `mail` SET `status` = CASE `status` WHEN 'sent' THEN 'remis' WHEN 'failed' THEN 'non_remis' ELSE 'conserve' END, `attempts` = 1, `settled_at` = `created_at`;
