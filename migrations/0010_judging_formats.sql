-- Judging formats (issue 10): a judgment keeps its binary/pairwise verdict (score stays likert's), its reasoning
-- apart from its critique, and for pairwise the order its judge was shown the responses (position bias). The
-- judgment cache's score becomes nullable (binary/pairwise cache a verdict). Hand-edited after drizzle-kit generate:
-- the old cache rows have no verdict or reasoning column to copy (NULL). Existing judgments are likert: nothing to fill.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_judgment_cache` (
	`key` text PRIMARY KEY NOT NULL,
	`model_id` text NOT NULL,
	`text` text NOT NULL,
	`score` integer,
	`verdict` text,
	`critique` text NOT NULL,
	`reasoning` text,
	`created_at` integer NOT NULL,
	`hits` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_judgment_cache`("key", "model_id", "text", "score", "verdict", "critique", "reasoning", "created_at", "hits") SELECT "key", "model_id", "text", "score", NULL, "critique", NULL, "created_at", "hits" FROM `judgment_cache`;--> statement-breakpoint
DROP TABLE `judgment_cache`;--> statement-breakpoint
ALTER TABLE `__new_judgment_cache` RENAME TO `judgment_cache`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `judgments` ADD `verdict` text;--> statement-breakpoint
ALTER TABLE `judgments` ADD `reasoning` text;--> statement-breakpoint
ALTER TABLE `judgments` ADD `shown_order` text;