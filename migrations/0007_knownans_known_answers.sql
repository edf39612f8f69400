CREATE TABLE `judge_prompt_reveals` (
	`prompt_hash` text NOT NULL,
	`model_id` text NOT NULL,
	`reveals` integer NOT NULL,
	`counted_since_reveal` integer NOT NULL,
	PRIMARY KEY(`prompt_hash`, `model_id`)
);
--> statement-breakpoint
CREATE TABLE `paid_call_snapshots` (
	`hour_start` integer PRIMARY KEY NOT NULL,
	`paid_judge_calls` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `visitor_prompt_reveals` (
	`visitor_id` text NOT NULL,
	`prompt_hash` text NOT NULL,
	`revealed_at` integer NOT NULL,
	PRIMARY KEY(`visitor_id`, `prompt_hash`)
);
