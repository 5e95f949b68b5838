/** Entering a year's schedule, and recomputing the deadlines it changes, in one transaction. */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { calendarDays, calendarYears, cases, deadlines } from "../../db/schema";
import type { CalendarDay } from "../../workflows/calendar/calendar";
import { getProcedure } from "../procedures";
import { appendAudit } from "../audit/audit.server";
import { loadCalendar, replaceYear } from "../calendar.server";
import { writeDerived } from "../cases/case-write.server";

export function calendarSummary(db: Db) {
  return db
    .select({
      year: calendarYears.year,
      source: calendarYears.source,
      enteredAt: calendarYears.enteredAt,
      holidays: sql<number>`(select count(*) from ${calendarDays} d where d.year = ${calendarYears.year} and d.kind = 'holiday')`,
      workdays: sql<number>`(select count(*) from ${calendarDays} d where d.year = ${calendarYears.year} and d.kind = 'workday')`,
    })
    .from(calendarYears)
    .orderBy(calendarYears.year)
    .all();
}

/** Recompute the derived rows (deadlines, tasks) of the cases with an open deadline, or only a provisional one. */
function recompute(db: Db, onlyProvisional: boolean): number {
  const calendar = loadCalendar(db);
  const open = db
    .selectDistinct({ id: cases.id, officeId: cases.officeId, number: cases.number, procedure: cases.procedure, state: cases.state, snapshot: cases.snapshot })
    .from(cases)
    .innerJoin(deadlines, eq(deadlines.caseId, cases.id))
    .where(onlyProvisional ? and(eq(deadlines.status, "open"), eq(deadlines.provisional, true)) : eq(deadlines.status, "open"))
    .all();
  for (const c of open) {
    const proc = getProcedure(c.procedure);
    if (proc) writeDerived(db, proc, c, { state: c.state, context: (c.snapshot as { context: unknown }).context }, calendar);
  }
  return open.length;
}

/**
 * At start: provisional deadlines are counted again, so a change in how the law's own holidays are
 * counted (docs/decisions/0016) reaches cases already open. Idempotent; one transaction.
 */
export function recomputeProvisionalDeadlines(db: Db): number {
  return db.transaction(() => recompute(db, true), { behavior: "immediate" });
}

/** Save the year, then recompute every open deadline of every case that has one (provisional ones become firm). */
export function saveYear(db: Db, userId: number, year: number, days: CalendarDay[], source: string): number {
  return db.transaction(
    (tx) => {
      replaceYear(tx, year, days, source, userId);
      const recomputed = recompute(db, false);
      appendAudit(db, { actorId: userId, action: "admin.calendar.year", detail: { year, days: days.length, source, recomputedCases: recomputed } });
      return recomputed;
    },
    { behavior: "immediate" },
  );
}
