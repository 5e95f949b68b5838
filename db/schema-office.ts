/** Office-level tables beside the cases: the adviser roster, messages and their webhook deliveries. Re-exported by schema.ts. */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { organisations, users } from "./schema";

/**
 * 法律顾问名册 (RULES.md §5): each 法律顾问 or 公职律师 an office engages, with the firm, the 执业证号 and
 * the 聘期; at most one adviser per 居委会. Declared conflicts are the names of the clients the adviser
 * or the firm acts for: a case naming one of them is not assigned to this adviser.
 */
export const advisers = sqliteTable(
  "advisers",
  {
    userId: integer("user_id").primaryKey().references(() => users.id),
    officeId: integer("office_id").notNull().references(() => organisations.id),
    kind: text("kind", { enum: ["public", "retained"] }).notNull(),
    firm: text("firm").notNull(),
    licenceNo: text("licence_no").notNull(),
    termFrom: text("term_from").notNull(),
    termTo: text("term_to").notNull(),
    committeeId: integer("committee_id").references(() => organisations.id),
    conflicts: text("conflicts").notNull().default(""),
    updatedBy: integer("updated_by").notNull().references(() => users.id),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("advisers_office_idx").on(t.officeId)],
);

/** The yearly assessment of an adviser on the roster (年度考核), one per adviser and year. */
export const adviserAssessments = sqliteTable(
  "adviser_assessments",
  {
    userId: integer("user_id").notNull().references(() => users.id),
    year: integer("year").notNull(),
    result: text("result", { enum: ["excellent", "competent", "basic", "incompetent"] }).notNull(),
    note: text("note").notNull(),
    assessedBy: integer("assessed_by").notNull().references(() => users.id),
    assessedAt: text("assessed_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.year] })],
);

/**
 * The message centre (消息): a task assigned, a deadline near or past, a 督办, a returned review. The
 * sweep writes each at most once per recipient (dedupe key); 督办 notes are written as sent.
 */
export const messages = sqliteTable(
  "messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id").notNull().references(() => users.id),
    kind: text("kind", { enum: ["task", "due-soon", "overdue", "supervise"] }).notNull(),
    caseId: integer("case_id"),
    title: text("title").notNull(),
    body: text("body").notNull(),
    dedupeKey: text("dedupe_key").notNull(),
    fromUserId: integer("from_user_id"),
    createdAt: text("created_at").notNull(),
    readAt: text("read_at"),
  },
  (t) => [uniqueIndex("messages_user_dedupe_idx").on(t.userId, t.dedupeKey), index("messages_user_read_idx").on(t.userId, t.readAt, t.id)],
);

/** Each message forwarded to an office's own system (政务钉钉, 企业微信): attempts, result and next try. */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    messageId: integer("message_id").notNull().references(() => messages.id),
    officeId: integer("office_id").notNull(),
    url: text("url").notNull(),
    status: text("status", { enum: ["pending", "delivered", "failed"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: text("next_attempt_at").notNull(),
    deliveredAt: text("delivered_at"),
  },
  (t) => [index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt), index("webhook_deliveries_office_idx").on(t.officeId, t.id)],
);
