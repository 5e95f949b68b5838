/** The adviser roster's tables, re-exported by schema.ts (kept apart to keep each file short). */
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
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
