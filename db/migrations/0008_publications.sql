CREATE TABLE `publications` (
	`case_id` integer PRIMARY KEY NOT NULL,
	`office_id` integer NOT NULL,
	`kind` text NOT NULL,
	`number` text NOT NULL,
	`decision_date` text NOT NULL,
	`matter` text NOT NULL,
	`party` text NOT NULL,
	`sanction` text NOT NULL,
	`text` text NOT NULL,
	`published_at` text NOT NULL,
	`status` text NOT NULL,
	`withdrawn_at` text,
	`withdraw_reason` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`office_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `publications_published_idx` ON `publications` (`status`,`published_at`);