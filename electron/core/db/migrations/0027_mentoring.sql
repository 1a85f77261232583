CREATE TABLE `allowance_payments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`agreement_id` text NOT NULL,
	`seq` integer NOT NULL,
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
	FOREIGN KEY (`agreement_id`) REFERENCES `mentor_agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `allowance_payments_agreement` ON `allowance_payments` (`agreement_id`,`seq`);--> statement-breakpoint
CREATE INDEX `allowance_payments_state` ON `allowance_payments` (`state`,`created_at`);--> statement-breakpoint
CREATE TABLE `mentor_agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`mentor_id` text NOT NULL,
	`apprentice_id` text NOT NULL,
	`enterprise_id` text,
	`job_type_id` text NOT NULL,
	`signed_on` text NOT NULL,
	`start_date` text NOT NULL,
	`months` integer NOT NULL,
	`end_date` text NOT NULL,
	`target_grade` integer NOT NULL,
	`goals` text NOT NULL,
	`plan` text DEFAULT '' NOT NULL,
	`planned_hours` integer NOT NULL,
	`allowance_mode` text NOT NULL,
	`allowance_fen` integer NOT NULL,
	`allowance_payer` text NOT NULL,
	`state` text NOT NULL,
	`assessment` text,
	`assessed_on` text,
	`assessment_note` text DEFAULT '' NOT NULL,
	`terminated_on` text,
	`termination_reason` text,
	`termination_note` text DEFAULT '' NOT NULL,
	`renews_id` text,
	`created_by_name` text NOT NULL,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`apprentice_id`) REFERENCES `trainees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`job_type_id`) REFERENCES `job_types`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentor_agreements_running` ON `mentor_agreements` (`apprentice_id`,`job_type_id`) WHERE state = 'active' AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `mentor_agreements_mentor` ON `mentor_agreements` (`mentor_id`,`state`);--> statement-breakpoint
CREATE INDEX `mentor_agreements_apprentice` ON `mentor_agreements` (`apprentice_id`);--> statement-breakpoint
CREATE INDEX `mentor_agreements_state` ON `mentor_agreements` (`state`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `mentor_agreements_renews` ON `mentor_agreements` (`renews_id`) WHERE renews_id IS NOT NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `mentor_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`agreement_id` text NOT NULL,
	`reviewed_on` text NOT NULL,
	`hours_done` integer NOT NULL,
	`rating` text NOT NULL,
	`content` text NOT NULL,
	`recorded_by_name` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `mentor_agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mentor_reviews_agreement` ON `mentor_reviews` (`agreement_id`,`reviewed_on`);--> statement-breakpoint
CREATE TABLE `mentor_titles` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`mentor_id` text NOT NULL,
	`title` text NOT NULL,
	`round` text NOT NULL,
	`year` integer NOT NULL,
	`awarded_by` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentor_titles_round` ON `mentor_titles` (`mentor_id`,`title`,`round`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `mentor_titles_title` ON `mentor_titles` (`title`,`year`);--> statement-breakpoint
CREATE TABLE `mentors` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`trainee_id` text NOT NULL,
	`job_type_id` text NOT NULL,
	`grade` integer NOT NULL,
	`post` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`trainee_id`) REFERENCES `trainees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`job_type_id`) REFERENCES `job_types`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentors_trainee` ON `mentors` (`trainee_id`) WHERE deleted_at IS NULL;