DROP INDEX `trainees_pinyin`;--> statement-breakpoint
DROP INDEX `trainees_enterprise`;--> statement-breakpoint
CREATE INDEX `trainees_pinyin` ON `trainees` (`name_pinyin`,`id`);--> statement-breakpoint
CREATE INDEX `trainees_enterprise` ON `trainees` (`enterprise_id`,`name_pinyin`,`id`);