DROP INDEX `enrollments_published`;--> statement-breakpoint
CREATE INDEX `enrollments_published` ON `enrollments` (`deleted_at`,`result`,`result_published_at`);