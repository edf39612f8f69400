CREATE TABLE `visitor_paid_calls` (
	`day` text NOT NULL,
	`visitor_id` text NOT NULL,
	`calls` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `visitor_id`)
);
