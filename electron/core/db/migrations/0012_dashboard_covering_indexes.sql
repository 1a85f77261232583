DROP INDEX `trainee_grades_obtained`;--> statement-breakpoint
CREATE INDEX `trainee_grades_obtained` ON `trainee_grades` (`deleted_at`,`obtained_on`,`source`);--> statement-breakpoint
DROP INDEX `enrollments_published`;--> statement-breakpoint
CREATE INDEX `enrollments_published` ON `enrollments` (`deleted_at`,`result_published_at`,`result`);--> statement-breakpoint
DROP INDEX `certificates_issued`;--> statement-breakpoint
CREATE INDEX `certificates_issued` ON `certificates` (`status`,`deleted_at`,`issued_on`);