-- The federation's pipeline as its home page reads it (db/federations/pipeline-sql.ts): one row per (federation,
-- workspace) that has a request not withdrawn, for the pair's latest one (by date of request, then id), with the stage
-- and the dues that do not depend on the clock already computed from `workspace_pipeline_facts` (0011), and the
-- commune's name, sort key and department. The page then reads a few hundred narrow rows of one index range instead
-- of finding each commune's latest request and joining four tables at every visit.
--
-- `federation_pipeline_source` is the one definition of a row, from the source rows; the table is filled from it
-- here, and kept by triggers that recompute from it the rows of the pair or workspace they touch (never a running
-- update that could drift, as in 0011): a request written, moved or deleted, a workspace's commune changed, or a
-- commune's name, sort key or department (the reference data's upsert) delete the rows and insert them again; the
-- facts of a workspace updated (at every history event, line, meeting…) set the stage and the dues of its rows in
-- place from the new facts and the row's own request status (the view's CASE written over `new.*`: 0.02 ms a
-- write, where reading the view again cost 0.6 ms at every history event on the national copy), and only through
-- the columns they read: other columns of the facts do not fire it.
-- A deleted workspace or federation takes its rows with it (ON DELETE CASCADE); a recompute reads only a workspace
-- that still exists, so whichever of the cascade and the triggers comes first, none is left behind.
-- The stage is its position in PIPELINE_STAGES and 3 the lines of INVENTORY_STARTED_LINES
-- (lib/federation/pipeline.ts): db/federations/pipeline-table.test.ts compares the table with the rule's SQL.
CREATE TABLE `federation_pipeline` (
	`federation_id` text NOT NULL,
	`workspace_id` integer NOT NULL,
	`request_id` integer NOT NULL,
	`status` text NOT NULL,
	`requested_at` integer NOT NULL,
	`decided_at` integer,
	`decline_reason` text,
	`commune_name` text NOT NULL,
	`search_name` text NOT NULL,
	`departement_code` text NOT NULL,
	`stage` integer,
	`due_rencontres` integer NOT NULL,
	`due_syntheses` integer NOT NULL,
	`quiet_since` integer,
	PRIMARY KEY(`federation_id`, `workspace_id`),
	FOREIGN KEY (`federation_id`) REFERENCES `federation`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `federation_pipeline_status_idx` ON `federation_pipeline` (`federation_id`,`status`);--> statement-breakpoint
CREATE INDEX `federation_pipeline_workspace_idx` ON `federation_pipeline` (`workspace_id`);
--> statement-breakpoint
CREATE VIEW `federation_pipeline_source` AS
SELECT l.`federation_id`, l.`workspace_id`, l.`id` AS `request_id`, l.`status`, l.`requested_at`, l.`decided_at`, l.`decline_reason`,
  c.`name` AS `commune_name`, c.`search_name`, c.`departement_code`,
  CASE WHEN l.`status` NOT IN ('pending', 'accepted') THEN NULL
    WHEN l.`status` = 'pending' THEN 0
    WHEN f.`first_synthesis_published_at` IS NOT NULL THEN CASE
      WHEN f.`follow_up_meetings` > 0 OR f.`last_meeting_created_at` >= f.`first_synthesis_published_at` OR f.`last_next_step_at` >= f.`first_synthesis_published_at`
      THEN 6 ELSE 5 END
    WHEN f.`first_meeting_held_at` IS NOT NULL THEN 4
    WHEN f.`open_meetings` > 0 THEN 3
    WHEN f.`professionals` >= 3 THEN 2
    ELSE 1 END AS `stage`,
  l.`status` = 'accepted' AND f.`open_meetings` = 0 AND f.`first_meeting_held_at` IS NULL AS `due_rencontres`,
  l.`status` = 'accepted' AND f.`held_without_synthesis` > 0 AS `due_syntheses`,
  CASE WHEN l.`status` = 'accepted' THEN coalesce(f.`last_activity_at`, l.`decided_at`) END AS `quiet_since`
FROM `federation_request` l
JOIN `workspace` w ON w.`id` = l.`workspace_id`
JOIN `commune` c ON c.`code` = w.`commune_code`
JOIN `workspace_pipeline_facts` f ON f.`workspace_id` = l.`workspace_id`
WHERE l.`status` <> 'withdrawn' AND NOT EXISTS (
  SELECT 1 FROM `federation_request` n WHERE n.`workspace_id` = l.`workspace_id` AND n.`federation_id` = l.`federation_id` AND n.`status` <> 'withdrawn'
    AND (n.`requested_at` > l.`requested_at` OR (n.`requested_at` = l.`requested_at` AND n.`id` > l.`id`)));
--> statement-breakpoint
INSERT INTO `federation_pipeline` (`federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since`)
SELECT `federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since` FROM `federation_pipeline_source`;
--> statement-breakpoint
CREATE TRIGGER `federation_pipeline_request_insert` AFTER INSERT ON `federation_request` BEGIN
  DELETE FROM `federation_pipeline` WHERE `federation_id` = new.`federation_id` AND `workspace_id` = new.`workspace_id`;
  INSERT INTO `federation_pipeline` (`federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since`)
    SELECT `federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since` FROM `federation_pipeline_source` WHERE `federation_id` = new.`federation_id` AND `workspace_id` = new.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `federation_pipeline_request_update` AFTER UPDATE OF `status`, `requested_at`, `decided_at`, `decline_reason`, `workspace_id`, `federation_id` ON `federation_request` BEGIN
  DELETE FROM `federation_pipeline` WHERE `federation_id` = new.`federation_id` AND `workspace_id` = new.`workspace_id`;
  INSERT INTO `federation_pipeline` (`federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since`)
    SELECT `federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since` FROM `federation_pipeline_source` WHERE `federation_id` = new.`federation_id` AND `workspace_id` = new.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `federation_pipeline_request_move` AFTER UPDATE OF `workspace_id`, `federation_id` ON `federation_request`
WHEN old.`workspace_id` IS NOT new.`workspace_id` OR old.`federation_id` IS NOT new.`federation_id` BEGIN
  DELETE FROM `federation_pipeline` WHERE `federation_id` = old.`federation_id` AND `workspace_id` = old.`workspace_id`;
  INSERT INTO `federation_pipeline` (`federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since`)
    SELECT `federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since` FROM `federation_pipeline_source` WHERE `federation_id` = old.`federation_id` AND `workspace_id` = old.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `federation_pipeline_request_delete` AFTER DELETE ON `federation_request` BEGIN
  DELETE FROM `federation_pipeline` WHERE `federation_id` = old.`federation_id` AND `workspace_id` = old.`workspace_id`;
  INSERT INTO `federation_pipeline` (`federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since`)
    SELECT `federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since` FROM `federation_pipeline_source` WHERE `federation_id` = old.`federation_id` AND `workspace_id` = old.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `federation_pipeline_facts_insert` AFTER INSERT ON `workspace_pipeline_facts` BEGIN
  DELETE FROM `federation_pipeline` WHERE `workspace_id` = new.`workspace_id`;
  INSERT INTO `federation_pipeline` (`federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since`)
    SELECT `federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since` FROM `federation_pipeline_source` WHERE `workspace_id` = new.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `federation_pipeline_facts_update` AFTER UPDATE OF `professionals`, `open_meetings`, `first_meeting_held_at`, `first_synthesis_published_at`,
  `held_without_synthesis`, `follow_up_meetings`, `last_meeting_created_at`, `last_next_step_at`, `last_activity_at` ON `workspace_pipeline_facts` BEGIN
  UPDATE `federation_pipeline` SET
    `stage` = CASE WHEN `status` NOT IN ('pending', 'accepted') THEN NULL
      WHEN `status` = 'pending' THEN 0
      WHEN new.`first_synthesis_published_at` IS NOT NULL THEN CASE
        WHEN new.`follow_up_meetings` > 0 OR new.`last_meeting_created_at` >= new.`first_synthesis_published_at` OR new.`last_next_step_at` >= new.`first_synthesis_published_at`
        THEN 6 ELSE 5 END
      WHEN new.`first_meeting_held_at` IS NOT NULL THEN 4
      WHEN new.`open_meetings` > 0 THEN 3
      WHEN new.`professionals` >= 3 THEN 2
      ELSE 1 END,
    `due_rencontres` = `status` = 'accepted' AND new.`open_meetings` = 0 AND new.`first_meeting_held_at` IS NULL,
    `due_syntheses` = `status` = 'accepted' AND new.`held_without_synthesis` > 0,
    `quiet_since` = CASE WHEN `status` = 'accepted' THEN coalesce(new.`last_activity_at`, `decided_at`) END
  WHERE `workspace_id` = new.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `federation_pipeline_workspace_commune` AFTER UPDATE OF `commune_code` ON `workspace` BEGIN
  DELETE FROM `federation_pipeline` WHERE `workspace_id` = new.`id`;
  INSERT INTO `federation_pipeline` (`federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since`)
    SELECT `federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since` FROM `federation_pipeline_source` WHERE `workspace_id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `federation_pipeline_commune_update` AFTER UPDATE OF `name`, `search_name`, `departement_code` ON `commune`
WHEN old.`name` IS NOT new.`name` OR old.`search_name` IS NOT new.`search_name` OR old.`departement_code` IS NOT new.`departement_code` BEGIN
  DELETE FROM `federation_pipeline` WHERE `workspace_id` IN (SELECT `id` FROM `workspace` WHERE `commune_code` = new.`code`);
  INSERT INTO `federation_pipeline` (`federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since`)
    SELECT `federation_id`, `workspace_id`, `request_id`, `status`, `requested_at`, `decided_at`, `decline_reason`, `commune_name`, `search_name`, `departement_code`, `stage`, `due_rencontres`, `due_syntheses`, `quiet_since` FROM `federation_pipeline_source` WHERE `workspace_id` IN (SELECT `id` FROM `workspace` WHERE `commune_code` = new.`code`);
END;
