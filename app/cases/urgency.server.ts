/** Deadline colours: overdue (red) before today, due within 2 working days (amber). */
import { chinaDate, type HolidayCalendar } from "../../workflows/calendar/calendar";
import { countPeriod } from "../../workflows/calendar/periods";

export const SOON_WORKING_DAYS = 2;
export type Urgency = "overdue" | "soon" | null;

export function urgencyFor(calendar: HolidayCalendar, now = new Date()) {
  const today = chinaDate(now);
  const soonUntil = countPeriod(calendar, today, SOON_WORKING_DAYS, "workingDays").due;
  return {
    today,
    of(due: string | null | undefined, status = "open"): Urgency {
      if (!due || status !== "open") return null;
      if (due < today) return "overdue";
      return due <= soonUntil ? "soon" : null;
    },
  };
}
