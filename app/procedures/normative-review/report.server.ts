/** The legality reviews a report counts: registered within the period in the reader's offices. */
import { and, eq, gte, inArray, lte } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { cases } from "../../../db/schema";
import type { NormativeReviewContext } from "../../../workflows/normative-review/context";
import { normativeReviewFigures } from "../../../workflows/normative-review/statistics";
import { loadCalendar } from "../../calendar.server";

export function normativeReviewFiguresIn(db: Db, q: { readonly offices: readonly number[]; readonly from: string; readonly to: string }) {
  const rows = db
    .select({ snapshot: cases.snapshot })
    .from(cases)
    .where(
      and(
        eq(cases.procedure, "normative-review"),
        inArray(cases.officeId, [...q.offices]),
        // created_at is the registration instant; China dates are UTC+8.
        gte(cases.createdAt, new Date(`${q.from}T00:00:00+08:00`).toISOString()),
        lte(cases.createdAt, new Date(`${q.to}T23:59:59.999+08:00`).toISOString()),
      ),
    )
    .all();
  return normativeReviewFigures(rows.map((r) => ({ context: (r.snapshot as { context: NormativeReviewContext }).context })), loadCalendar(db));
}
