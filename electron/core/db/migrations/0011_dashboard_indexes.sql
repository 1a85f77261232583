CREATE INDEX `trainees_registered` ON `trainees` (`deleted_at`,`created_at`);--> statement-breakpoint
CREATE INDEX `trainee_grades_obtained` ON `trainee_grades` (`obtained_on`,`source`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `enrollments_published` ON `enrollments` (`result_published_at`,`result`) WHERE deleted_at IS NULL AND result_published_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `certificates_issued` ON `certificates` (`issued_on`) WHERE status = 'issued' AND deleted_at IS NULL;