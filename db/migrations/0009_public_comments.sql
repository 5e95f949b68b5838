CREATE TABLE `public_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`received_at` text NOT NULL,
	`text` text NOT NULL,
	`sender_hash` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `public_comments_case_idx` ON `public_comments` (`case_id`,`id`);--> statement-breakpoint
CREATE INDEX `public_comments_sender_idx` ON `public_comments` (`sender_hash`,`received_at`);