import holidays from "../../db/calendar/cn-holidays-2020-2026.json";
import { buildCalendar, type CalendarDay } from "../../workflows/calendar/calendar";

/** The calendar the application seeds: 2020–2026 with every 调休 day. */
export const officialCalendar = buildCalendar(holidays.years, holidays.days as CalendarDay[]);
