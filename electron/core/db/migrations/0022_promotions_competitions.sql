CREATE TABLE `competition_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`competition_id` text NOT NULL,
	`trainee_id` text NOT NULL,
	`contestant_group` text NOT NULL,
	`unit_name` text DEFAULT '' NOT NULL,
	`team_name` text DEFAULT '' NOT NULL,
	`scores` text DEFAULT '[]' NOT NULL,
	`total` real,
	`rank` integer,
	`award` text,
	`absent` integer DEFAULT false NOT NULL,
	`prize_fen` integer DEFAULT 0 NOT NULL,
	`held_grade_override` integer,
	`held_grade_note` text DEFAULT '' NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`competition_id`) REFERENCES `competitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`trainee_id`) REFERENCES `trainees`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `competition_entries_trainee` ON `competition_entries` (`competition_id`,`trainee_id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `competition_entries_of_trainee` ON `competition_entries` (`trainee_id`);--> statement-breakpoint
CREATE TABLE `competition_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`competition_id` text NOT NULL,
	`seq` integer NOT NULL,
	`contestant_group` text NOT NULL,
	`match_kind` text NOT NULL,
	`rank_from` integer,
	`rank_to` integer,
	`awards` text,
	`percent` integer,
	`target_grade` integer NOT NULL,
	`step_up_if_held` integer NOT NULL,
	FOREIGN KEY (`competition_id`) REFERENCES `competitions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `competition_rules_competition` ON `competition_rules` (`competition_id`,`deleted_at`,`seq`);--> statement-breakpoint
CREATE TABLE `competitions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`edition` text DEFAULT '' NOT NULL,
	`year` integer NOT NULL,
	`level` text NOT NULL,
	`in_plan` integer NOT NULL,
	`plan_document_no` text DEFAULT '' NOT NULL,
	`host` text DEFAULT '' NOT NULL,
	`organiser` text DEFAULT '' NOT NULL,
	`co_organiser` text DEFAULT '' NOT NULL,
	`job_type_id` text,
	`event_name` text DEFAULT '' NOT NULL,
	`judging_grade` integer,
	`start_date` text,
	`end_date` text,
	`venue` text DEFAULT '' NOT NULL,
	`certifying_agency` text DEFAULT '' NOT NULL,
	`score_parts` text NOT NULL,
	`published_at` text,
	`published_by_name` text,
	FOREIGN KEY (`job_type_id`) REFERENCES `job_types`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `competitions_year` ON `competitions` (`year`,`deleted_at`,`level`);--> statement-breakpoint
CREATE TABLE `honours` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`trainee_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`awarding_body` text NOT NULL,
	`awarded_on` text NOT NULL,
	`document_no` text DEFAULT '' NOT NULL,
	`competition_entry_id` text,
	`recorded_by_name` text NOT NULL,
	FOREIGN KEY (`trainee_id`) REFERENCES `trainees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`competition_entry_id`) REFERENCES `competition_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `honours_trainee` ON `honours` (`trainee_id`,`deleted_at`);--> statement-breakpoint
CREATE INDEX `honours_awarded` ON `honours` (`awarded_on`,`deleted_at`);--> statement-breakpoint
CREATE TABLE `promotions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`trainee_id` text NOT NULL,
	`enterprise_id` text,
	`job_type_id` text NOT NULL,
	`from_grade` integer,
	`to_grade` integer NOT NULL,
	`path` text NOT NULL,
	`state` text NOT NULL,
	`reason` text NOT NULL,
	`slot_year` integer,
	`enrollment_id` text,
	`competition_entry_id` text,
	`competition_rule_id` text,
	`document_no` text DEFAULT '' NOT NULL,
	`issuing_body` text DEFAULT '' NOT NULL,
	`evidence_date` text NOT NULL,
	`proposed_by_id` text NOT NULL,
	`proposed_by_name` text NOT NULL,
	`decided_by_id` text,
	`decided_by_name` text,
	`decided_at` text,
	`decision_note` text DEFAULT '' NOT NULL,
	`grade_id` text,
	`certificate_no` text DEFAULT '' NOT NULL,
	`certified_on` text,
	`revoked_reason` text,
	FOREIGN KEY (`trainee_id`) REFERENCES `trainees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`job_type_id`) REFERENCES `job_types`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enrollment_id`) REFERENCES `enrollments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`competition_entry_id`) REFERENCES `competition_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`competition_rule_id`) REFERENCES `competition_rules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grade_id`) REFERENCES `trainee_grades`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `promotions_ledger` ON `promotions` (`deleted_at`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `promotions_state` ON `promotions` (`state`,`deleted_at`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `promotions_trainee` ON `promotions` (`trainee_id`,`job_type_id`);--> statement-breakpoint
CREATE INDEX `promotions_slot` ON `promotions` (`trainee_id`,`slot_year`) WHERE slot_year IS NOT NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `promotions_year` ON `promotions` (`evidence_date`,`deleted_at`,`path`,`state`);--> statement-breakpoint
CREATE UNIQUE INDEX `promotions_entry` ON `promotions` (`competition_entry_id`) WHERE competition_entry_id IS NOT NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `promotions_enrollment` ON `promotions` (`enrollment_id`) WHERE enrollment_id IS NOT NULL AND deleted_at IS NULL;