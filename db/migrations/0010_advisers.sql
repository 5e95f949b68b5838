CREATE TABLE `adviser_assessments` (
	`user_id` integer NOT NULL,
	`year` integer NOT NULL,
	`result` text NOT NULL,
	`note` text NOT NULL,
	`assessed_by` integer NOT NULL,
	`assessed_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `year`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `advisers` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`office_id` integer NOT NULL,
	`kind` text NOT NULL,
	`firm` text NOT NULL,
	`licence_no` text NOT NULL,
	`term_from` text NOT NULL,
	`term_to` text NOT NULL,
	`committee_id` integer,
	`conflicts` text DEFAULT '' NOT NULL,
	`updated_by` integer NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`office_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`committee_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `advisers_office_idx` ON `advisers` (`office_id`);