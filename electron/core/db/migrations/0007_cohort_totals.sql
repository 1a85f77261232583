ALTER TABLE `cohorts` ADD `enrolled_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `cohorts` ADD `passed_count` integer DEFAULT 0 NOT NULL;