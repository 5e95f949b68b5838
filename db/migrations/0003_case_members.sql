CREATE TABLE `case_members` (
	`case_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`case_id`, `user_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_members_user_idx` ON `case_members` (`user_id`);