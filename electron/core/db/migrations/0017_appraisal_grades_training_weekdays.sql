ALTER TABLE `trainee_grades` ADD `enrollment_id` text REFERENCES enrollments(id);--> statement-breakpoint
CREATE UNIQUE INDEX `trainee_grades_enrollment` ON `trainee_grades` (`enrollment_id`) WHERE enrollment_id IS NOT NULL AND deleted_at IS NULL;--> statement-breakpoint
ALTER TABLE `cohorts` ADD `training_weekdays` text DEFAULT '1,2,3,4,5,6' NOT NULL;