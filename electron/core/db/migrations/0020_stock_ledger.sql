CREATE TABLE `stock_item_settings` (
	`item` text PRIMARY KEY NOT NULL,
	`low_threshold` integer NOT NULL,
	`started_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `stock_movements` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`item` text NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`quantity` integer NOT NULL,
	`available_after` integer NOT NULL,
	`pending_after` integer NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`cohort_id` text,
	`ref_id` text,
	`actor_id` text NOT NULL,
	`actor_name` text NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_movements_item_seq` ON `stock_movements` (`item`,`seq`);--> statement-breakpoint
CREATE INDEX `stock_movements_cohort` ON `stock_movements` (`cohort_id`,`kind`);--> statement-breakpoint
CREATE INDEX `stock_movements_ref` ON `stock_movements` (`ref_id`,`kind`);--> statement-breakpoint
CREATE TABLE `stock_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`kind` text NOT NULL,
	`item` text NOT NULL,
	`quantity` integer NOT NULL,
	`book_quantity` integer,
	`counted_quantity` integer,
	`reason` text NOT NULL,
	`status` text NOT NULL,
	`maker_id` text NOT NULL,
	`maker_name` text NOT NULL,
	`checker_id` text,
	`checker_name` text,
	`decided_at` text,
	`decision_note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `stock_reviews_status` ON `stock_reviews` (`status`,`created_at`);