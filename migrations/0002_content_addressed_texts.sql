CREATE TABLE `prompts` (
	`hash` text PRIMARY KEY NOT NULL,
	`input_hash` text NOT NULL,
	`response_hash` text NOT NULL,
	`reference_hash` text,
	`rubric_hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `prompts_input_hash` ON `prompts` (`input_hash`);--> statement-breakpoint
CREATE INDEX `prompts_response_hash` ON `prompts` (`response_hash`);--> statement-breakpoint
CREATE INDEX `prompts_reference_hash` ON `prompts` (`reference_hash`);--> statement-breakpoint
CREATE INDEX `prompts_rubric_hash` ON `prompts` (`rubric_hash`);--> statement-breakpoint
CREATE TABLE `texts` (
	`hash` text PRIMARY KEY NOT NULL,
	`body` text NOT NULL
);
--> statement-breakpoint
-- Hand-edited after drizzle-kit generate:
--  * existing battles are copied over with prompt_hash NULL (the generated SELECT named a column the old table
--    lacks) and keep their inline texts; SQLite has no SHA-256, so the hourly job computes the hashes and moves
--    those texts into `texts`/`prompts` (backfillPromptHashes), and the loader reads either form meanwhile;
--  * the generated PRAGMA foreign_keys=OFF/ON pair is dropped: no table has a foreign key, and D1 runs a
--    migration in a transaction, where that pragma does nothing.
CREATE TABLE `__new_battles` (
	`id` text PRIMARY KEY NOT NULL,
	`sample_id` text,
	`prompt_hash` text,
	`input` text,
	`response` text,
	`reference` text,
	`rubric_json` text,
	`model_a` text NOT NULL,
	`model_b` text NOT NULL,
	`status` text NOT NULL,
	`parent_id` text,
	`visitor_id` text,
	`created_at` integer NOT NULL,
	`run_started_at` integer,
	`judged_at` integer,
	`voted_at` integer
);
--> statement-breakpoint
INSERT INTO `__new_battles`("id", "sample_id", "prompt_hash", "input", "response", "reference", "rubric_json", "model_a", "model_b", "status", "parent_id", "visitor_id", "created_at", "run_started_at", "judged_at", "voted_at") SELECT "id", "sample_id", NULL, "input", "response", "reference", "rubric_json", "model_a", "model_b", "status", "parent_id", "visitor_id", "created_at", "run_started_at", "judged_at", "voted_at" FROM `battles`;--> statement-breakpoint
DROP TABLE `battles`;--> statement-breakpoint
ALTER TABLE `__new_battles` RENAME TO `battles`;--> statement-breakpoint
CREATE INDEX `battles_created_at` ON `battles` (`created_at`);--> statement-breakpoint
CREATE INDEX `battles_prompt_hash` ON `battles` (`prompt_hash`);