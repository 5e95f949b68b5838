/** Entering a year's schedule, and recomputing the deadlines it changes, in one transaction. */
import { eq, sql } from "drizzle-orm";
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

/** Save the year, then recompute every open deadline of every case that has one (provisional ones become firm). */
export function saveYear(db: Db, userId: number, year: number, days: CalendarDay[], source: string): number {
  return db.transaction(
    (tx) => {
      replaceYear(tx, year, days, source, userId);
      const calendar = loadCalendar(db);
      const open = tx
        .selectDistinct({ id: cases.id, officeId: cases.officeId, number: cases.number, procedure: cases.procedure, state: cases.state, snapshot: cases.snapshot })
        .from(cases)
        .innerJoin(deadlines, eq(deadlines.caseId, cases.id))
        .where(eq(deadlines.status, "open"))
        .all();
      for (const c of open) {
        const proc = getProcedure(c.procedure);
        if (proc) writeDerived(db, proc, c, { state: c.state, context: (c.snapshot as { context: unknown }).context }, calendar);
      }
      appendAudit(db, { actorId: userId, action: "admin.calendar.year", detail: { year, days: days.length, source, recomputedCases: open.length } });
      return open.length;
    },
    { behavior: "immediate" },
  );
}
