-- The dashboard's inventory totals (issue 12): one row per workspace, kept by triggers on `professional`, so the
-- dashboard reads one row instead of summing every line at each visit (0.36 ms for 300 lines on the national
-- bench). As in 0011, each trigger recounts its workspace's lines from the source rows (professional_list_idx
-- covers every column read), never a running total that could drift; the row is made with the workspace and
-- removed with it (ON DELETE CASCADE). The paramedical professions are lib/inventory/professions.ts's
-- PARAMEDICAL_PROFESSIONS (a test compares them).
CREATE TABLE `workspace_inventory_totals` (
	`workspace_id` integer PRIMARY KEY NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`interested_gps` integer DEFAULT 0 NOT NULL,
	`interested_paramedical` integer DEFAULT 0 NOT NULL,
	`departures_within_2` integer DEFAULT 0 NOT NULL,
	`departures_2_to_5` integer DEFAULT 0 NOT NULL,
	`departures_unknown` integer DEFAULT 0 NOT NULL,
	`interested_gps_within_2` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspace`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `workspace_inventory_totals` (`workspace_id`, `total`, `interested_gps`, `interested_paramedical`, `departures_within_2`, `departures_2_to_5`, `departures_unknown`, `interested_gps_within_2`)
SELECT w.`id`, count(p.`id`),
  coalesce(sum(p.`interest` = 'oui' AND p.`profession` = 'medecin_generaliste'), 0),
  coalesce(sum(p.`interest` = 'oui' AND p.`profession` IN ('infirmier', 'infirmier_pratique_avancee', 'masseur_kinesitherapeute', 'orthophoniste', 'orthoptiste', 'ergotherapeute', 'psychomotricien', 'dieteticien', 'pedicure_podologue')), 0),
  coalesce(sum(p.`departure` = 'moins_2_ans'), 0),
  coalesce(sum(p.`departure` = '2_5_ans'), 0),
  coalesce(sum(p.`departure` = 'inconnu'), 0),
  coalesce(sum(p.`interest` = 'oui' AND p.`profession` = 'medecin_generaliste' AND p.`departure` = 'moins_2_ans'), 0)
FROM `workspace` w LEFT JOIN `professional` p ON p.`workspace_id` = w.`id`
GROUP BY w.`id`;
--> statement-breakpoint
CREATE TRIGGER `inventory_totals_workspace_insert` AFTER INSERT ON `workspace` BEGIN
  INSERT INTO `workspace_inventory_totals` (`workspace_id`) VALUES (new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `inventory_totals_professional_insert` AFTER INSERT ON `professional` BEGIN
  UPDATE `workspace_inventory_totals` SET (`total`, `interested_gps`, `interested_paramedical`, `departures_within_2`, `departures_2_to_5`, `departures_unknown`, `interested_gps_within_2`) = (
    SELECT count(*),
      coalesce(sum(`interest` = 'oui' AND `profession` = 'medecin_generaliste'), 0),
      coalesce(sum(`interest` = 'oui' AND `profession` IN ('infirmier', 'infirmier_pratique_avancee', 'masseur_kinesitherapeute', 'orthophoniste', 'orthoptiste', 'ergotherapeute', 'psychomotricien', 'dieteticien', 'pedicure_podologue')), 0),
      coalesce(sum(`departure` = 'moins_2_ans'), 0),
      coalesce(sum(`departure` = '2_5_ans'), 0),
      coalesce(sum(`departure` = 'inconnu'), 0),
      coalesce(sum(`interest` = 'oui' AND `profession` = 'medecin_generaliste' AND `departure` = 'moins_2_ans'), 0)
    FROM `professional` WHERE `workspace_id` = new.`workspace_id`
  ) WHERE `workspace_id` = new.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `inventory_totals_professional_delete` AFTER DELETE ON `professional` BEGIN
  UPDATE `workspace_inventory_totals` SET (`total`, `interested_gps`, `interested_paramedical`, `departures_within_2`, `departures_2_to_5`, `departures_unknown`, `interested_gps_within_2`) = (
    SELECT count(*),
      coalesce(sum(`interest` = 'oui' AND `profession` = 'medecin_generaliste'), 0),
      coalesce(sum(`interest` = 'oui' AND `profession` IN ('infirmier', 'infirmier_pratique_avancee', 'masseur_kinesitherapeute', 'orthophoniste', 'orthoptiste', 'ergotherapeute', 'psychomotricien', 'dieteticien', 'pedicure_podologue')), 0),
      coalesce(sum(`departure` = 'moins_2_ans'), 0),
      coalesce(sum(`departure` = '2_5_ans'), 0),
      coalesce(sum(`departure` = 'inconnu'), 0),
      coalesce(sum(`interest` = 'oui' AND `profession` = 'medecin_generaliste' AND `departure` = 'moins_2_ans'), 0)
    FROM `professional` WHERE `workspace_id` = old.`workspace_id`
  ) WHERE `workspace_id` = old.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `inventory_totals_professional_update` AFTER UPDATE OF `workspace_id`, `profession`, `interest`, `departure` ON `professional` BEGIN
  UPDATE `workspace_inventory_totals` SET (`total`, `interested_gps`, `interested_paramedical`, `departures_within_2`, `departures_2_to_5`, `departures_unknown`, `interested_gps_within_2`) = (
    SELECT count(*),
      coalesce(sum(`interest` = 'oui' AND `profession` = 'medecin_generaliste'), 0),
      coalesce(sum(`interest` = 'oui' AND `profession` IN ('infirmier', 'infirmier_pratique_avancee', 'masseur_kinesitherapeute', 'orthophoniste', 'orthoptiste', 'ergotherapeute', 'psychomotricien', 'dieteticien', 'pedicure_podologue')), 0),
      coalesce(sum(`departure` = 'moins_2_ans'), 0),
      coalesce(sum(`departure` = '2_5_ans'), 0),
      coalesce(sum(`departure` = 'inconnu'), 0),
      coalesce(sum(`interest` = 'oui' AND `profession` = 'medecin_generaliste' AND `departure` = 'moins_2_ans'), 0)
    FROM `professional` WHERE `workspace_id` = new.`workspace_id`
  ) WHERE `workspace_id` = new.`workspace_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `inventory_totals_professional_moved` AFTER UPDATE OF `workspace_id` ON `professional` WHEN old.`workspace_id` <> new.`workspace_id` BEGIN
  UPDATE `workspace_inventory_totals` SET (`total`, `interested_gps`, `interested_paramedical`, `departures_within_2`, `departures_2_to_5`, `departures_unknown`, `interested_gps_within_2`) = (
    SELECT count(*),
      coalesce(sum(`interest` = 'oui' AND `profession` = 'medecin_generaliste'), 0),
      coalesce(sum(`interest` = 'oui' AND `profession` IN ('infirmier', 'infirmier_pratique_avancee', 'masseur_kinesitherapeute', 'orthophoniste', 'orthoptiste', 'ergotherapeute', 'psychomotricien', 'dieteticien', 'pedicure_podologue')), 0),
      coalesce(sum(`departure` = 'moins_2_ans'), 0),
      coalesce(sum(`departure` = '2_5_ans'), 0),
      coalesce(sum(`departure` = 'inconnu'), 0),
      coalesce(sum(`interest` = 'oui' AND `profession` = 'medecin_generaliste' AND `departure` = 'moins_2_ans'), 0)
    FROM `professional` WHERE `workspace_id` = old.`workspace_id`
  ) WHERE `workspace_id` = old.`workspace_id`;
END;
