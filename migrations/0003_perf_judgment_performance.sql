ALTER TABLE `judgments` ADD `ttft_ms` integer;--> statement-breakpoint
ALTER TABLE `judgments` ADD `failure_kind` text;--> statement-breakpoint
ALTER TABLE `judgments` ADD `input_tokens` integer;--> statement-breakpoint
ALTER TABLE `judgments` ADD `output_tokens` integer;--> statement-breakpoint
ALTER TABLE `judgments` ADD `usage_estimated` integer;