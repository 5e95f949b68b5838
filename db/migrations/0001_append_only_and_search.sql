-- The event log and the audit log are append-only: the database itself refuses edits.
CREATE TRIGGER `case_events_no_update` BEFORE UPDATE ON `case_events` BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `case_events_no_delete` BEFORE DELETE ON `case_events` BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
-- Chinese full-text search: text is segmented into words with Intl.Segmenter before indexing
-- (see ../shared/STACK.md and docs/decisions/0005-chinese-search.md); rowid = cases.id.
CREATE VIRTUAL TABLE `case_search` USING fts5(`content`, tokenize = 'unicode61');
