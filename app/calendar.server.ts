/**
 * The holiday calendar lives in the database (seeded from db/calendar/, extended by an
 * administrator each year). Loaded once per change, not per request.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../db/connection";
import { calendarDays, calendarYears } from "../db/schema";
import official from "../db/calendar/cn-holidays-2020-2026.json";
import { statements } from "./cases/statements.server";
import { buildCalendar, type CalendarDay, type HolidayCalendar } from "../workflows/calendar/calendar";

let cached: { key: string; calendar: HolidayCalendar } | undefined;

export function loadCalendar(db: Db): HolidayCalendar {
  const years = statements(db).calendarYears.all();
  const key = years.map((y) => `${y.year}@${y.enteredAt}`).join(",");
  if (cached?.key === key) return cached.calendar;
  const days = db.select().from(calendarDays).all() as CalendarDay[];
  cached = { key, calendar: buildCalendar(years.map((y) => y.year), days) };
  return cached.calendar;
}

/** Load the versioned 2020–2026 table if the database does not have it yet. */
export function seedOfficialCalendar(db: Db) {
  db.transaction((tx) => {
    for (const year of official.years) {
      if (tx.select().from(calendarYears).where(eq(calendarYears.year, year)).get()) continue;
      tx.insert(calendarYears).values({ year, source: official.source }).run();
      const days = (official.days as CalendarDay[]).filter((d) => d.date.startsWith(`${year}-`));
      for (const d of days) tx.insert(calendarDays).values({ ...d, year }).onConflictDoNothing().run();
    }
  });
}

/** Replace one year's schedule (administrator page). Runs inside the caller's transaction. */
export function replaceYear(tx: Pick<Db, "insert" | "delete">, year: number, days: CalendarDay[], source: string, userId: number) {
  tx.delete(calendarDays).where(eq(calendarDays.year, year)).run();
  tx.delete(calendarYears).where(eq(calendarYears.year, year)).run();
  tx.insert(calendarYears).values({ year, source, enteredBy: userId, enteredAt: new Date().toISOString() }).run();
  for (const d of days) tx.insert(calendarDays).values({ ...d, year }).run();
}
