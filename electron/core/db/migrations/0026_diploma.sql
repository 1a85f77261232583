CREATE TABLE `diploma_enrollments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`programme_id` text NOT NULL,
	`trainee_id` text NOT NULL,
	`state` text NOT NULL,
	`applied_on` text NOT NULL,
	`admitted_on` text,
	`ended_on` text,
	`student_no` text DEFAULT '' NOT NULL,
	`state_note` text DEFAULT '' NOT NULL,
	`years_passed` integer DEFAULT 0 NOT NULL,
	`facts` text NOT NULL,
	`target_job_type_id` text,
	`target_grade` integer,
	`target_deadline` text,
	FOREIGN KEY (`programme_id`) REFERENCES `diploma_programmes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`trainee_id`) REFERENCES `trainees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_job_type_id`) REFERENCES `job_types`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `diploma_enrollments_trainee_programme` ON `diploma_enrollments` (`trainee_id`,`programme_id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `diploma_enrollments_programme` ON `diploma_enrollments` (`programme_id`,`state`,`id`);--> statement-breakpoint
CREATE INDEX `diploma_enrollments_state` ON `diploma_enrollments` (`state`,`id`);--> statement-breakpoint
CREATE TABLE `diploma_programmes` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`school` text NOT NULL,
	`major` text NOT NULL,
	`level` text NOT NULL,
	`mode` text NOT NULL,
	`intake_year` integer NOT NULL,
	`intake_term` text NOT NULL,
	`application_deadline` text NOT NULL,
	`tuition_basis` text NOT NULL,
	`price_fen` integer NOT NULL,
	`credits` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `diploma_programmes_intake` ON `diploma_programmes` (`intake_year`,`intake_term`,`school`);--> statement-breakpoint
CREATE TABLE `subsidy_payments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`tranche_id` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`reverses_id` text,
	`state` text NOT NULL,
	`paid_on` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`maker_id` text NOT NULL,
	`maker_name` text NOT NULL,
	`checker_id` text,
	`checker_name` text,
	`checked_at` text,
	`return_note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`tranche_id`) REFERENCES `subsidy_tranches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `subsidy_payments_tranche` ON `subsidy_payments` (`tranche_id`,`state`,`amount_fen`);--> statement-breakpoint
CREATE INDEX `subsidy_payments_state` ON `subsidy_payments` (`state`,`created_at`);--> statement-breakpoint
CREATE TABLE `subsidy_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`enrollment_id` text NOT NULL,
	`scheme_code` text NOT NULL,
	`scheme_name` text NOT NULL,
	`funder` text NOT NULL,
	`excludes` text DEFAULT '[]' NOT NULL,
	`planned_fen` integer NOT NULL,
	`forfeited_on` text,
	`forfeit_reason` text,
	`forfeit_note` text DEFAULT '' NOT NULL,
	`created_by_id` text NOT NULL,
	`created_by_name` text NOT NULL,
	FOREIGN KEY (`enrollment_id`) REFERENCES `diploma_enrollments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subsidy_plans_enrollment_scheme` ON `subsidy_plans` (`enrollment_id`,`scheme_code`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `subsidy_plans_scheme` ON `subsidy_plans` (`scheme_code`,`enrollment_id`);--> statement-breakpoint
CREATE TABLE `subsidy_tranches` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`plan_id` text NOT NULL,
	`seq` integer NOT NULL,
	`condition` text NOT NULL,
	`amount_fen` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `subsidy_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subsidy_tranches_plan_seq` ON `subsidy_tranches` (`plan_id`,`seq`);