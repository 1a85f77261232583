DROP INDEX `trainees_registered`;--> statement-breakpoint
CREATE INDEX `trainees_registered` ON `trainees` (`created_at`,`deleted_at`);--> statement-breakpoint
DROP INDEX `trainee_grades_obtained`;--> statement-breakpoint
CREATE INDEX `trainee_grades_obtained` ON `trainee_grades` (`obtained_on`,`deleted_at`,`source`);--> statement-breakpoint
DROP INDEX `cohorts_overview`;--> statement-breakpoint
CREATE INDEX `cohorts_overview` ON `cohorts` (`stage`,`job_type_id`,`start_date`,`enrolled_count`,`passed_count`,`deleted_at`);--> statement-breakpoint
DROP INDEX `enrollments_published`;--> statement-breakpoint
CREATE INDEX `enrollments_published` ON `enrollments` (`result`,`result_published_at`,`deleted_at`);--> statement-breakpoint
DROP INDEX `certificates_issued`;--> statement-breakpoint
CREATE INDEX `certificates_issued` ON `certificates` (`issued_on`,`status`,`deleted_at`);