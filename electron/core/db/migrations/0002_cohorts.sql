CREATE TABLE `attendance_marks` (
	`session_id` text NOT NULL,
	`enrollment_id` text NOT NULL,
	`status` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`session_id`, `enrollment_id`),
	FOREIGN KEY (`session_id`) REFERENCES `attendance_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enrollment_id`) REFERENCES `enrollments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attendance_marks_enrollment` ON `attendance_marks` (`enrollment_id`);--> statement-breakpoint
CREATE TABLE `attendance_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`cohort_id` text NOT NULL,
	`date` text NOT NULL,
	`hours` real NOT NULL,
	`topic` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attendance_sessions_cohort` ON `attendance_sessions` (`cohort_id`,`date`);--> statement-breakpoint
CREATE TABLE `cohort_enterprises` (
	`cohort_id` text NOT NULL,
	`enterprise_id` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`cohort_id`, `enterprise_id`),
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `cohort_staff` (
	`cohort_id` text NOT NULL,
	`person_id` text NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`cohort_id`, `person_id`, `role`),
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `staff_people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `cohort_stage_moves` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`cohort_id` text NOT NULL,
	`from_stage` text NOT NULL,
	`to_stage` text NOT NULL,
	`actor_id` text NOT NULL,
	`actor_name` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cohort_stage_moves_cohort` ON `cohort_stage_moves` (`cohort_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `cohorts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`term` text DEFAULT '' NOT NULL,
	`job_type_id` text NOT NULL,
	`grade` integer NOT NULL,
	`stage` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`required_hours` integer NOT NULL,
	`venue` text DEFAULT '' NOT NULL,
	`capacity` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`job_type_id`) REFERENCES `job_types`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cohorts_stage` ON `cohorts` (`stage`,`job_type_id`,`start_date`);--> statement-breakpoint
CREATE INDEX `cohorts_job_type` ON `cohorts` (`job_type_id`,`grade`,`stage`);--> statement-breakpoint
CREATE INDEX `cohorts_start` ON `cohorts` (`start_date`);--> statement-breakpoint
CREATE TABLE `enrollments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`cohort_id` text NOT NULL,
	`trainee_id` text NOT NULL,
	`job_type_id` text NOT NULL,
	`grade` integer NOT NULL,
	`seq` integer NOT NULL,
	`eligibility` text NOT NULL,
	`eligibility_reason` text DEFAULT '' NOT NULL,
	`override_reason` text,
	`override_by_id` text,
	`override_by_name` text,
	`appraisal_kind` text NOT NULL,
	`hours_waiver_reason` text,
	`result` text,
	`result_published_at` text,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`trainee_id`) REFERENCES `trainees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`job_type_id`) REFERENCES `job_types`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `enrollments_cohort` ON `enrollments` (`cohort_id`,`deleted_at`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `enrollments_cohort_trainee` ON `enrollments` (`cohort_id`,`trainee_id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `enrollments_trainee` ON `enrollments` (`trainee_id`,`job_type_id`,`grade`);--> statement-breakpoint
CREATE INDEX `enrollments_overview` ON `enrollments` (`cohort_id`,`deleted_at`,`result`);--> statement-breakpoint
CREATE TABLE `roster_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`agency` text NOT NULL,
	`kind` text NOT NULL,
	`columns` text NOT NULL,
	`order_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roster_templates_agency` ON `roster_templates` (`agency`,`kind`);--> statement-breakpoint
CREATE TABLE `score_sittings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`enrollment_id` text NOT NULL,
	`part` text NOT NULL,
	`attempt` integer NOT NULL,
	`score` real,
	`code` text,
	`source` text NOT NULL,
	`entered_by_id` text NOT NULL,
	`entered_by_name` text NOT NULL,
	`confirmed_by_id` text,
	`confirmed_by_name` text,
	`confirmed_at` text,
	`change_reason` text,
	FOREIGN KEY (`enrollment_id`) REFERENCES `enrollments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `score_sittings_enrollment` ON `score_sittings` (`enrollment_id`,`part`,`attempt`);--> statement-breakpoint
CREATE TABLE `staff_people` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `staff_people_name` ON `staff_people` (`name`);