CREATE INDEX `judgment_cache_created` ON `judgment_cache` (`created_at`);--> statement-breakpoint
CREATE INDEX `visitor_prompt_reveals_revealed` ON `visitor_prompt_reveals` (`revealed_at`);