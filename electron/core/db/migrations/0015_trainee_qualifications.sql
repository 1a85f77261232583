ALTER TABLE `trainees` ADD `qualifications` text;--> statement-breakpoint
CREATE INDEX `trainees_qualified` ON `trainees` (`id`) WHERE "trainees"."qualifications" IS NOT NULL;