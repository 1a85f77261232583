CREATE TABLE `audit_log_records` (
	`record_id` text NOT NULL,
	`audit_id` text NOT NULL,
	PRIMARY KEY(`record_id`, `audit_id`),
	FOREIGN KEY (`audit_id`) REFERENCES `audit_log`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `account_policy` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`idle_minutes` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`login` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`duties` text DEFAULT '[]' NOT NULL,
	`password_hash` text NOT NULL,
	`must_change_password` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`recent_failures` text DEFAULT '[]' NOT NULL,
	`locked_until` text,
	`last_sign_in_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_login` ON `accounts` (`login`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`account_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`ended_at` text,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_token` ON `sessions` (`token_hash`);--> statement-breakpoint
CREATE INDEX `sessions_open` ON `sessions` (`account_id`) WHERE ended_at IS NULL;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `area` text GENERATED ALWAYS AS (substr(channel, 1, instr(channel, '.') - 1)) VIRTUAL;--> statement-breakpoint
CREATE INDEX `audit_log_actor` ON `audit_log` (`actor_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_area` ON `audit_log` (`area`,`id`);