-- Leaderboard slices (issue 10): every battle records its format and category, and pair_counts is kept per
-- (format, category, pair). Hand-edited after drizzle-kit generate: existing battles are likert, their category
-- is the bank category their sample id names (`coding-004`), a pooled sample's category when it is a bank one,
-- else custom; the new pair counts are recomputed from the counted votes joined with their battles, so each
-- slice's counts equal the votes they came from (a vote whose battle
-- is gone, which pruning never does to a voted battle, counts as likert/custom).
ALTER TABLE `battles` ADD `format` text DEFAULT 'likert' NOT NULL;--> statement-breakpoint
ALTER TABLE `battles` ADD `category` text DEFAULT 'custom' NOT NULL;--> statement-breakpoint
UPDATE `battles` SET `category` = coalesce(
	(SELECT `column1` FROM (VALUES ('reasoning'), ('coding'), ('factual'), ('writing'), ('advice'), ('safety'))
		WHERE `battles`.`sample_id` GLOB `column1` || '-[0-9]*' OR `battles`.`sample_id` GLOB '[a-z]*-' || `column1` || '-[0-9]*'),
	(SELECT lower(trim(`sample_pool`.`category`)) FROM `sample_pool` WHERE `sample_pool`.`id` = `battles`.`sample_id`
		AND lower(trim(`sample_pool`.`category`)) IN ('reasoning', 'coding', 'factual', 'writing', 'advice', 'safety')),
	'custom')
WHERE `sample_id` IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_pair_counts` (
	`format` text NOT NULL,
	`category` text NOT NULL,
	`model_lo` text NOT NULL,
	`model_hi` text NOT NULL,
	`wins_lo` integer DEFAULT 0 NOT NULL,
	`wins_hi` integer DEFAULT 0 NOT NULL,
	`ties` integer DEFAULT 0 NOT NULL,
	`both_bad` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`format`, `category`, `model_lo`, `model_hi`)
);
--> statement-breakpoint
INSERT INTO `__new_pair_counts`("format", "category", "model_lo", "model_hi", "wins_lo", "wins_hi", "ties", "both_bad")
SELECT coalesce(`battles`.`format`, 'likert'), coalesce(`battles`.`category`, 'custom'), min(`votes`.`model_a`, `votes`.`model_b`), max(`votes`.`model_a`, `votes`.`model_b`),
	sum((`votes`.`choice` = 'A' AND `votes`.`model_a` < `votes`.`model_b`) OR (`votes`.`choice` = 'B' AND `votes`.`model_b` < `votes`.`model_a`)),
	sum((`votes`.`choice` = 'A' AND `votes`.`model_a` > `votes`.`model_b`) OR (`votes`.`choice` = 'B' AND `votes`.`model_b` > `votes`.`model_a`)),
	sum(`votes`.`choice` = 'tie'),
	sum(`votes`.`choice` = 'both_bad')
FROM `votes` LEFT JOIN `battles` ON `battles`.`id` = `votes`.`battle_id`
WHERE `votes`.`counted` = 1 AND `votes`.`model_a` <> `votes`.`model_b`
GROUP BY 1, 2, 3, 4;--> statement-breakpoint
DROP TABLE `pair_counts`;--> statement-breakpoint
ALTER TABLE `__new_pair_counts` RENAME TO `pair_counts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;
