CREATE TABLE `certificate_events` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`certificate_id` text NOT NULL,
	`action` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`printer_name` text DEFAULT '' NOT NULL,
	`actor_id` text NOT NULL,
	`actor_name` text NOT NULL,
	FOREIGN KEY (`certificate_id`) REFERENCES `certificates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `certificate_events_certificate` ON `certificate_events` (`certificate_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `certificate_images` (
	`id` text PRIMARY KEY NOT NULL,
	`mime_type` text NOT NULL,
	`bytes` blob NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `certificate_sequences` (
	`scope` text PRIMARY KEY NOT NULL,
	`last_value` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `certificate_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`base_code` text DEFAULT '' NOT NULL,
	`completion_pattern` text NOT NULL,
	`skill_pattern` text NOT NULL,
	`hmac_key` text NOT NULL,
	`seal_image_id` text
);
--> statement-breakpoint
CREATE TABLE `certificate_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`layout` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `certificate_templates_kind` ON `certificate_templates` (`kind`,`deleted_at`);--> statement-breakpoint
CREATE TABLE `certificates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`number` text NOT NULL,
	`kind` text NOT NULL,
	`trainee_id` text NOT NULL,
	`enrollment_id` text,
	`cohort_id` text,
	`template_id` text,
	`layout` text NOT NULL,
	`printed_values` text NOT NULL,
	`verify_code` text NOT NULL,
	`photo_image_id` text,
	`seal_image_id` text,
	`issued_on` text NOT NULL,
	`number_source` text NOT NULL,
	`status` text NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`replaces_id` text,
	`print_count` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`trainee_id`) REFERENCES `trainees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enrollment_id`) REFERENCES `enrollments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_id`) REFERENCES `certificate_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_number` ON `certificates` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_live_enrollment` ON `certificates` (`enrollment_id`,`kind`) WHERE status = 'issued' AND enrollment_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `certificates_trainee` ON `certificates` (`trainee_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `certificates_cohort` ON `certificates` (`cohort_id`,`kind`,`status`);--> statement-breakpoint
CREATE TABLE `printer_calibrations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`printer_name` text NOT NULL,
	`offset_x` real NOT NULL,
	`offset_y` real NOT NULL,
	`scale` real NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `printer_calibrations_name` ON `printer_calibrations` (`printer_name`);