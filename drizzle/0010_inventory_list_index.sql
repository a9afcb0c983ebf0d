DROP INDEX `professional_workspace_idx`;--> statement-breakpoint
CREATE INDEX `professional_list_idx` ON `professional` (`workspace_id`,`profession`,`profession_other`,`practice_form`,`interest`,`age_bracket`,`departure`,`name`);--> statement-breakpoint
CREATE INDEX `professional_created_idx` ON `professional` (`workspace_id`,`created_at`);