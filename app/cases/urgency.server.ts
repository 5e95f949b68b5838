/** Deadline colours: overdue (red) before today, due within 2 working days (amber). */
import { addDays, chinaDate, type HolidayCalendar } from "../../workflows/calendar/calendar";
import { isWorkingDay } from "../../workflows/calendar/working-days";
import { countPeriod } from "../../workflows/calendar/periods";

export const SOON_WORKING_DAYS = 2;
export type Urgency = "overdue" | "soon" | null;

export function urgencyFor(calendar: HolidayCalendar, now = new Date()) {
  const today = chinaDate(now);
  const soonUntil = countPeriod(calendar, today, SOON_WORKING_DAYS, "workingDays").due;
  return {
    today,
    soonUntil,
    of(due: string | null | undefined, status = "open"): Urgency {
      if (!due || status !== "open") return null;
      if (due < today) return "overdue";
      return due <= soonUntil ? "soon" : null;
    },
    /** What is left of the period, as a reader counts it: working days until the due date, or days past it. */
    left(due: string | null | undefined): string | null {
      if (!due) return null;
      if (due === today) return "今天到期";
      if (due < today) return `已逾期${Math.round((Date.parse(today) - Date.parse(due)) / 86400_000)}天`;
      let n = 0;
      for (let d = addDays(today, 1); d <= due && n < 1000; d = addDays(d, 1)) if (isWorkingDay(calendar, d)) n += 1;
      return `还剩${n}个工作日`;
    },
  };
}
