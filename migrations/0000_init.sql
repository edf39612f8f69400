CREATE TABLE `battles` (
	`id` text PRIMARY KEY NOT NULL,
	`sample_id` text,
	`input` text NOT NULL,
	`response` text NOT NULL,
	`reference` text,
	`rubric_json` text NOT NULL,
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
CREATE INDEX `battles_created_at` ON `battles` (`created_at`);--> statement-breakpoint
CREATE TABLE `daily_usage` (
	`day` text PRIMARY KEY NOT NULL,
	`paid_judge_calls` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `judge_health` (
	`model_id` text PRIMARY KEY NOT NULL,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`benched_until` integer,
	`last_failure_at` integer,
	`last_failure_reason` text
);
--> statement-breakpoint
CREATE TABLE `judge_stats` (
	`model_id` text PRIMARY KEY NOT NULL,
	`elo` real DEFAULT 1000 NOT NULL,
	`votes` integer DEFAULT 0 NOT NULL,
	`wins` integer DEFAULT 0 NOT NULL,
	`losses` integer DEFAULT 0 NOT NULL,
	`ties` integer DEFAULT 0 NOT NULL,
	`both_bad` integer DEFAULT 0 NOT NULL,
	`updated_at` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `judgment_cache` (
	`key` text PRIMARY KEY NOT NULL,
	`model_id` text NOT NULL,
	`text` text NOT NULL,
	`score` integer NOT NULL,
	`critique` text NOT NULL,
	`created_at` integer NOT NULL,
	`hits` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `judgments` (
	`battle_id` text NOT NULL,
	`position` text NOT NULL,
	`model_id` text NOT NULL,
	`status` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`score` integer,
	`critique` text,
	`error_message` text,
	`error_detail` text,
	`latency_ms` integer,
	`cached` integer DEFAULT false NOT NULL,
	`finished_at` integer,
	PRIMARY KEY(`battle_id`, `position`)
);
--> statement-breakpoint
CREATE TABLE `pair_counts` (
	`model_lo` text NOT NULL,
	`model_hi` text NOT NULL,
	`wins_lo` integer DEFAULT 0 NOT NULL,
	`wins_hi` integer DEFAULT 0 NOT NULL,
	`ties` integer DEFAULT 0 NOT NULL,
	`both_bad` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`model_lo`, `model_hi`)
);
--> statement-breakpoint
CREATE TABLE `votes` (
	`id` text PRIMARY KEY NOT NULL,
	`battle_id` text NOT NULL,
	`choice` text NOT NULL,
	`model_a` text NOT NULL,
	`model_b` text NOT NULL,
	`visitor_id` text,
	`counted` integer NOT NULL,
	`excluded_reason` text,
	`idempotency_key` text,
	`response_json` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `votes_battle_id_unique` ON `votes` (`battle_id`);--> statement-breakpoint
CREATE INDEX `votes_visitor_created` ON `votes` (`visitor_id`,`created_at`);