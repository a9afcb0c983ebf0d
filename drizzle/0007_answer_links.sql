CREATE TABLE `answer_link` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`invitee_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`invitee_id`) REFERENCES `meeting_invitee`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `answer_link_token_idx` ON `answer_link` (`token_hash`);--> statement-breakpoint
CREATE INDEX `answer_link_invitee_idx` ON `answer_link` (`invitee_id`);--> statement-breakpoint
-- The links already e-mailed keep working: each invitee's current link, until 90 days after the meeting's end.
INSERT INTO `answer_link` (`invitee_id`, `token_hash`, `created_at`, `expires_at`)
SELECT i.`id`, i.`token_hash`, coalesce(i.`last_sent_at`, i.`created_at`), m.`starts_at` + m.`duration_minutes` * 60000 + 90 * 86400000
FROM `meeting_invitee` i JOIN `meeting` m ON m.`id` = i.`meeting_id`
WHERE i.`token_hash` IS NOT NULL;
