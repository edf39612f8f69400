DROP INDEX `sample_pool_created_at`;--> statement-breakpoint
ALTER TABLE `sample_pool` ADD `format` text DEFAULT 'likert' NOT NULL;--> statement-breakpoint
ALTER TABLE `sample_pool` ADD `second_response` text;--> statement-breakpoint
ALTER TABLE `sample_pool` ADD `rubric_json` text;--> statement-breakpoint
ALTER TABLE `sample_pool` ADD `expected_verdict` text;--> statement-breakpoint
CREATE INDEX `sample_pool_format_created_at` ON `sample_pool` (`format`,`created_at`);