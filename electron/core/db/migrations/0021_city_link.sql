CREATE TABLE `city_link` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`city_public_key` text DEFAULT '' NOT NULL,
	`base_private_key` text NOT NULL,
	`base_public_key` text NOT NULL,
	`last_sequence` integer DEFAULT 0 NOT NULL,
	`last_watermark` text,
	`last_package_at` text,
	`last_rows` integer DEFAULT 0 NOT NULL
);
