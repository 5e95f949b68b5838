/**
 * Whether a date is a working day: the loaded schedule, or for a year not loaded the holidays the law
 * fixes (statutory.ts). Kept apart from calendar.ts, which pages use in the browser, so the lunar
 * calendar library stays on the server.
 */
import { isWeekend, yearOf, type CalendarDay, type HolidayCalendar } from "./calendar";
import { statutoryHolidays } from "./statutory";

/**
 * A holiday or make-up working day: from the loaded schedule, or for a year not loaded, the holidays
 * the law itself fixes (statutory.ts); only that year's 调休 swaps are then unknown.
 */
export function specialDay(cal: HolidayCalendar, date: string): CalendarDay | undefined {
  const year = yearOf(date);
  return cal.coveredYears.has(year) ? cal.days.get(date) : (cal.days.get(date) ?? statutoryHolidays(year).get(date));
}

export function isWorkingDay(cal: HolidayCalendar, date: string): boolean {
  const special = specialDay(cal, date);
  if (special) return special.kind === "workday";
  return !isWeekend(date);
}

