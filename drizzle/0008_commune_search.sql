-- Commune search by index (issue 12): a trigram full-text table beside `commune`, so that "name contains"
-- and "a postal code starts with" are answered from the index instead of `SCAN commune`. `postal` holds the
-- postal codes each preceded by a space (" 01400 01401"): "% 014%" is then a postal code's prefix. `code`
-- joins back to `commune` by its primary key (not by rowid, which VACUUM may renumber on a table keyed by text).
-- New communes are added in bulk by the reference load (`indexNewCommunes`: a trigger per row made the first
-- load of 35,000 communes 15 times slower); triggers follow the rare renaming and removal. The update trigger
-- fires only on a real change, as `code` is not indexed in the FTS table (each one scans it).
CREATE VIRTUAL TABLE `commune_search` USING fts5(`code` UNINDEXED, `search_name`, `postal`, tokenize = 'trigram');
--> statement-breakpoint
INSERT INTO `commune_search` (`code`, `search_name`, `postal`) SELECT `code`, `search_name`, ' ' || `postal_codes` FROM `commune`;
--> statement-breakpoint
CREATE TRIGGER `commune_search_update` AFTER UPDATE OF `code`, `search_name`, `postal_codes` ON `commune`
WHEN old.`code` IS NOT new.`code` OR old.`search_name` IS NOT new.`search_name` OR old.`postal_codes` IS NOT new.`postal_codes` BEGIN
  DELETE FROM `commune_search` WHERE `code` = old.`code`;
  INSERT INTO `commune_search` (`code`, `search_name`, `postal`) VALUES (new.`code`, new.`search_name`, ' ' || new.`postal_codes`);
END;
--> statement-breakpoint
CREATE TRIGGER `commune_search_delete` AFTER DELETE ON `commune` BEGIN
  DELETE FROM `commune_search` WHERE `code` = old.`code`;
END;
