CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`actor_id` text NOT NULL,
	`actor_name` text NOT NULL,
	`channel` text NOT NULL,
	`record_ids` text DEFAULT '[]' NOT NULL,
	`summary` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_channel` ON `audit_log` (`channel`,`id`);--> statement-breakpoint
CREATE TABLE `base_profile` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`org_code` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`certificate_issuer` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `enterprises` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`credit_code` text,
	`industry` text DEFAULT '' NOT NULL,
	`district` text DEFAULT '' NOT NULL,
	`contact_name` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprises_credit_code` ON `enterprises` (`credit_code`);--> statement-breakpoint
CREATE INDEX `enterprises_name` ON `enterprises` (`name`);--> statement-breakpoint
CREATE TABLE `trainee_photos` (
	`trainee_id` text PRIMARY KEY NOT NULL,
	`mime_type` text NOT NULL,
	`bytes` blob NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`trainee_id`) REFERENCES `trainees`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `trainees` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`name_initials` text NOT NULL,
	`id_number` text NOT NULL,
	`sex` text NOT NULL,
	`birth_date` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`education` text DEFAULT '' NOT NULL,
	`enterprise_id` text,
	`job_title` text DEFAULT '' NOT NULL,
	`work_start_date` text,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trainees_id_number` ON `trainees` (`id_number`);--> statement-breakpoint
CREATE INDEX `trainees_name` ON `trainees` (`name`);--> statement-breakpoint
CREATE INDEX `trainees_pinyin` ON `trainees` (`name_pinyin`);--> statement-breakpoint
CREATE INDEX `trainees_initials` ON `trainees` (`name_initials`);--> statement-breakpoint
CREATE INDEX `trainees_enterprise` ON `trainees` (`enterprise_id`,`name_pinyin`);