DROP INDEX `trainees_enterprise`;--> statement-breakpoint
CREATE INDEX `trainees_enterprise` ON `trainees` (`enterprise_id`,`name_pinyin`,`id`,`deleted_at`);