DROP INDEX `promotions_ledger`;--> statement-breakpoint
CREATE INDEX `promotions_ledger` ON `promotions` (`created_at`,`id`) WHERE deleted_at IS NULL;