CREATE TABLE `dashboard_counters` (
	`figure` text NOT NULL,
	`part` text NOT NULL,
	`year` integer NOT NULL,
	`value` integer NOT NULL,
	PRIMARY KEY(`figure`, `part`, `year`)
);
