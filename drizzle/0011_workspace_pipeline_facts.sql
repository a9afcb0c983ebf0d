-- The federation pipeline's facts (issue 12): one row per workspace, kept by triggers on the tables it summarises,
-- so that the pipeline filters, counts and pages communes in SQL over one small row each. Each trigger recomputes
-- the facts it touches for its workspace from the source rows (an index range, never a running total that could
-- drift); the workspace's row is made with the workspace and removed with it (ON DELETE CASCADE). A recompute
-- reads only meetings that still exist: a meeting deleted with its synthesis leaves no trace, whichever of the
-- two triggers fires last.
CREATE TABLE `workspace_pipeline_facts` (
	`workspace_id` integer PRIMARY KEY NOT NULL,
	`professionals` integer DEFAULT 0 NOT NULL,
	`open_meetings` integer DEFAULT 0 NOT NULL,
	`first_meeting_held_at` integer,
	`first_synthesis_published_at` integer,
	`held_without_synthesis` integer DEFAULT 0 NOT NULL,
	`follow_up_meetings` integer DEFAULT 0 NOT NULL,
	`last_meeting_created_at` integer,
	`last_next_step_at` integer,
	`last_activity_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `workspace_pipeline_facts` (`workspace_id`, `professionals`, `last_next_step_at`, `last_activity_at`)
SELECT w.`id`,
  (SELECT count(*) FROM `professional` p WHERE p.`workspace_id` = w.`id`),
  (SELECT max(n.`created_at`) FROM `next_step` n WHERE n.`workspace_id` = w.`id`),
  (SELECT max(h.`created_at`) FROM `history_event` h WHERE h.`workspace_id` = w.`id`)
FROM `workspace` w;
--> statement-breakpoint
UPDATE `workspace_pipeline_facts` SET (`open_meetings`, `first_meeting_held_at`, `follow_up_meetings`, `last_meeting_created_at`, `first_synthesis_published_at`, `held_without_synthesis`) = (
    SELECT coalesce(sum(m.`status` IN ('brouillon', 'invitations_envoyees')), 0),
      min(CASE WHEN m.`status` = 'tenue' THEN m.`starts_at` END),
      coalesce(sum(m.`kind` = 'suivi' AND m.`status` <> 'annulee'), 0),
      max(CASE WHEN m.`status` <> 'annulee' THEN m.`created_at` END),
      min(s.`first_published_at`),
      coalesce(sum(m.`status` = 'tenue' AND s.`first_published_at` IS NULL), 0)
    FROM `meeting` m LEFT JOIN `meeting_synthesis` s ON s.`meeting_id` = m.`id` WHERE m.`workspace_id` = `workspace_pipeline_facts`.`workspace_id`
  );
--> statement-breakpoint
CREATE TRIGGER `pipeline_facts_workspace_insert` AFTER INSERT ON `workspace` BEGIN
  INSERT INTO `workspace_pipeline_facts` (`workspace_id`) VALUES (new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `pipeline_facts_professional_insert` AFTER INSERT ON `professional` BEGIN
  UPDATE `workspace_pipeline_facts` SET `professionals` = (SELECT count(*) FROM `professional` WHERE `workspace_id` = new.`workspace_id`) WHERE `workspace_id` = new.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `pipeline_facts_professional_delete` AFTER DELETE ON `professional` BEGIN
  UPDATE `workspace_pipeline_facts` SET `professionals` = (SELECT count(*) FROM `professional` WHERE `workspace_id` = old.`workspace_id`) WHERE `workspace_id` = old.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `pipeline_facts_meeting_insert` AFTER INSERT ON `meeting` BEGIN
  UPDATE `workspace_pipeline_facts` SET (`open_meetings`, `first_meeting_held_at`, `follow_up_meetings`, `last_meeting_created_at`, `first_synthesis_published_at`, `held_without_synthesis`) = (
    SELECT coalesce(sum(m.`status` IN ('brouillon', 'invitations_envoyees')), 0),
      min(CASE WHEN m.`status` = 'tenue' THEN m.`starts_at` END),
      coalesce(sum(m.`kind` = 'suivi' AND m.`status` <> 'annulee'), 0),
      max(CASE WHEN m.`status` <> 'annulee' THEN m.`created_at` END),
      min(s.`first_published_at`),
      coalesce(sum(m.`status` = 'tenue' AND s.`first_published_at` IS NULL), 0)
    FROM `meeting` m LEFT JOIN `meeting_synthesis` s ON s.`meeting_id` = m.`id` WHERE m.`workspace_id` = new.`workspace_id`
  ) WHERE `workspace_id` = new.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `pipeline_facts_meeting_update` AFTER UPDATE OF `status`, `kind`, `starts_at`, `created_at` ON `meeting` BEGIN
  UPDATE `workspace_pipeline_facts` SET (`open_meetings`, `first_meeting_held_at`, `follow_up_meetings`, `last_meeting_created_at`, `first_synthesis_published_at`, `held_without_synthesis`) = (
    SELECT coalesce(sum(m.`status` IN ('brouillon', 'invitations_envoyees')), 0),
      min(CASE WHEN m.`status` = 'tenue' THEN m.`starts_at` END),
      coalesce(sum(m.`kind` = 'suivi' AND m.`status` <> 'annulee'), 0),
      max(CASE WHEN m.`status` <> 'annulee' THEN m.`created_at` END),
      min(s.`first_published_at`),
      coalesce(sum(m.`status` = 'tenue' AND s.`first_published_at` IS NULL), 0)
    FROM `meeting` m LEFT JOIN `meeting_synthesis` s ON s.`meeting_id` = m.`id` WHERE m.`workspace_id` = new.`workspace_id`
  ) WHERE `workspace_id` = new.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `pipeline_facts_meeting_delete` AFTER DELETE ON `meeting` BEGIN
  UPDATE `workspace_pipeline_facts` SET (`open_meetings`, `first_meeting_held_at`, `follow_up_meetings`, `last_meeting_created_at`, `first_synthesis_published_at`, `held_without_synthesis`) = (
    SELECT coalesce(sum(m.`status` IN ('brouillon', 'invitations_envoyees')), 0),
      min(CASE WHEN m.`status` = 'tenue' THEN m.`starts_at` END),
      coalesce(sum(m.`kind` = 'suivi' AND m.`status` <> 'annulee'), 0),
      max(CASE WHEN m.`status` <> 'annulee' THEN m.`created_at` END),
      min(s.`first_published_at`),
      coalesce(sum(m.`status` = 'tenue' AND s.`first_published_at` IS NULL), 0)
    FROM `meeting` m LEFT JOIN `meeting_synthesis` s ON s.`meeting_id` = m.`id` WHERE m.`workspace_id` = old.`workspace_id`
  ) WHERE `workspace_id` = old.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `pipeline_facts_synthesis_insert` AFTER INSERT ON `meeting_synthesis` BEGIN
  UPDATE `workspace_pipeline_facts` SET (`open_meetings`, `first_meeting_held_at`, `follow_up_meetings`, `last_meeting_created_at`, `first_synthesis_published_at`, `held_without_synthesis`) = (
    SELECT coalesce(sum(m.`status` IN ('brouillon', 'invitations_envoyees')), 0),
      min(CASE WHEN m.`status` = 'tenue' THEN m.`starts_at` END),
      coalesce(sum(m.`kind` = 'suivi' AND m.`status` <> 'annulee'), 0),
      max(CASE WHEN m.`status` <> 'annulee' THEN m.`created_at` END),
      min(s.`first_published_at`),
      coalesce(sum(m.`status` = 'tenue' AND s.`first_published_at` IS NULL), 0)
    FROM `meeting` m LEFT JOIN `meeting_synthesis` s ON s.`meeting_id` = m.`id` WHERE m.`workspace_id` = new.`workspace_id`
  ) WHERE `workspace_id` = new.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `pipeline_facts_synthesis_update` AFTER UPDATE OF `first_published_at` ON `meeting_synthesis` WHEN old.`first_published_at` IS NOT new.`first_published_at` BEGIN
  UPDATE `workspace_pipeline_facts` SET (`open_meetings`, `first_meeting_held_at`, `follow_up_meetings`, `last_meeting_created_at`, `first_synthesis_published_at`, `held_without_synthesis`) = (
    SELECT coalesce(sum(m.`status` IN ('brouillon', 'invitations_envoyees')), 0),
      min(CASE WHEN m.`status` = 'tenue' THEN m.`starts_at` END),
      coalesce(sum(m.`kind` = 'suivi' AND m.`status` <> 'annulee'), 0),
      max(CASE WHEN m.`status` <> 'annulee' THEN m.`created_at` END),
      min(s.`first_published_at`),
      coalesce(sum(m.`status` = 'tenue' AND s.`first_published_at` IS NULL), 0)
    FROM `meeting` m LEFT JOIN `meeting_synthesis` s ON s.`meeting_id` = m.`id` WHERE m.`workspace_id` = new.`workspace_id`
  ) WHERE `workspace_id` = new.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `pipeline_facts_synthesis_delete` AFTER DELETE ON `meeting_synthesis` BEGIN
  UPDATE `workspace_pipeline_facts` SET (`open_meetings`, `first_meeting_held_at`, `follow_up_meetings`, `last_meeting_created_at`, `first_synthesis_published_at`, `held_without_synthesis`) = (
    SELECT coalesce(sum(m.`status` IN ('brouillon', 'invitations_envoyees')), 0),
      min(CASE WHEN m.`status` = 'tenue' THEN m.`starts_at` END),
      coalesce(sum(m.`kind` = 'suivi' AND m.`status` <> 'annulee'), 0),
      max(CASE WHEN m.`status` <> 'annulee' THEN m.`created_at` END),
      min(s.`first_published_at`),
      coalesce(sum(m.`status` = 'tenue' AND s.`first_published_at` IS NULL), 0)
    FROM `meeting` m LEFT JOIN `meeting_synthesis` s ON s.`meeting_id` = m.`id` WHERE m.`workspace_id` = old.`workspace_id`
  ) WHERE `workspace_id` = old.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `pipeline_facts_next_step_insert` AFTER INSERT ON `next_step` BEGIN
  UPDATE `workspace_pipeline_facts` SET `last_next_step_at` = (SELECT max(`created_at`) FROM `next_step` WHERE `workspace_id` = new.`workspace_id`) WHERE `workspace_id` = new.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `pipeline_facts_next_step_update` AFTER UPDATE OF `created_at` ON `next_step` BEGIN
  UPDATE `workspace_pipeline_facts` SET `last_next_step_at` = (SELECT max(`created_at`) FROM `next_step` WHERE `workspace_id` = new.`workspace_id`) WHERE `workspace_id` = new.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `pipeline_facts_next_step_delete` AFTER DELETE ON `next_step` BEGIN
  UPDATE `workspace_pipeline_facts` SET `last_next_step_at` = (SELECT max(`created_at`) FROM `next_step` WHERE `workspace_id` = old.`workspace_id`) WHERE `workspace_id` = old.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `pipeline_facts_history_insert` AFTER INSERT ON `history_event` WHEN new.`workspace_id` IS NOT NULL BEGIN
  UPDATE `workspace_pipeline_facts` SET `last_activity_at` = (SELECT max(`created_at`) FROM `history_event` WHERE `workspace_id` = new.`workspace_id`) WHERE `workspace_id` = new.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `pipeline_facts_history_delete` AFTER DELETE ON `history_event` WHEN old.`workspace_id` IS NOT NULL BEGIN
  UPDATE `workspace_pipeline_facts` SET `last_activity_at` = (SELECT max(`created_at`) FROM `history_event` WHERE `workspace_id` = old.`workspace_id`) WHERE `workspace_id` = old.`workspace_id`;
END;
