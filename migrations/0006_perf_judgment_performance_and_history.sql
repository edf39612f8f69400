CREATE TABLE `leaderboard_history` (
	`model_id` text NOT NULL,
	`at` integer NOT NULL,
	`rating` real NOT NULL,
	`ci_low` real,
	`ci_high` real,
	`votes` integer NOT NULL,
	PRIMARY KEY(`model_id`, `at`)
);
--> statement-breakpoint
CREATE INDEX `leaderboard_history_at` ON `leaderboard_history` (`at`);--> statement-breakpoint
CREATE TABLE `replaced_failures` (
	`model_id` text NOT NULL,
	`failure_kind` text NOT NULL,
	`latency_ms` integer NOT NULL,
	`finished_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `replaced_failures_finished_at` ON `replaced_failures` (`finished_at`);--> statement-breakpoint
ALTER TABLE `judgments` ADD `ttft_ms` integer;--> statement-breakpoint
ALTER TABLE `judgments` ADD `failure_kind` text;--> statement-breakpoint
ALTER TABLE `judgments` ADD `input_tokens` integer;--> statement-breakpoint
ALTER TABLE `judgments` ADD `output_tokens` integer;--> statement-breakpoint
ALTER TABLE `judgments` ADD `usage_estimated` integer;