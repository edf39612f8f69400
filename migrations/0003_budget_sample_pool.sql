CREATE TABLE `sample_pool` (
	`id` text PRIMARY KEY NOT NULL,
	`input` text NOT NULL,
	`response` text NOT NULL,
	`category` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sample_pool_created_at` ON `sample_pool` (`created_at`);