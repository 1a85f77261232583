CREATE TABLE `job_type_grades` (
	`job_type_id` text NOT NULL,
	`grade` integer NOT NULL,
	`training_hours` integer NOT NULL,
	`theory_pass_mark` integer DEFAULT 60 NOT NULL,
	`practical_pass_mark` integer DEFAULT 60 NOT NULL,
	`review_pass_mark` integer,
	`theory_weight` integer,
	`practical_weight` integer,
	`review_weight` integer,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`job_type_id`, `grade`),
	FOREIGN KEY (`job_type_id`) REFERENCES `job_types`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `job_type_relations` (
	`job_type_id` text NOT NULL,
	`related_job_type_id` text NOT NULL,
	PRIMARY KEY(`job_type_id`, `related_job_type_id`),
	FOREIGN KEY (`job_type_id`) REFERENCES `job_types`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`related_job_type_id`) REFERENCES `job_types`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `job_types` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`industry` text DEFAULT '' NOT NULL,
	`retired_at` text,
	`rule_set` text DEFAULT 'A' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `job_types_code` ON `job_types` (`code`);--> statement-breakpoint
CREATE INDEX `job_types_name` ON `job_types` (`name`);--> statement-breakpoint
CREATE TABLE `trainee_grades` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`trainee_id` text NOT NULL,
	`job_type_id` text NOT NULL,
	`grade` integer NOT NULL,
	`obtained_on` text NOT NULL,
	`certificate_no` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`trainee_id`) REFERENCES `trainees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`job_type_id`) REFERENCES `job_types`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `trainee_grades_trainee` ON `trainee_grades` (`trainee_id`,`job_type_id`,`grade`);--> statement-breakpoint
CREATE INDEX `trainee_grades_job_type` ON `trainee_grades` (`job_type_id`,`grade`,`trainee_id`);