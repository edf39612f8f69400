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
CREATE INDEX `leaderboard_history_at` ON `leaderboard_history` (`at`);