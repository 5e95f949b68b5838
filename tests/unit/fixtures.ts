import holidays from "../../db/calendar/cn-holidays-2020-2026.json";
import { buildCalendar, type CalendarDay } from "../../workflows/calendar/calendar";

/** The calendar the application seeds: 2020–2026 with every 调休 day. */
export const officialCalendar = buildCalendar(holidays.years, holidays.days as CalendarDay[]);

/** A roster entry as the server attaches it to a chosen adviser (RULES.md §5), in term through 2027. */
export const ROSTER = { kind: "retained" as const, firm: "上海市某某律师事务所", licenceNo: "13101201510123456", termFrom: "2025-01-01", termTo: "2027-12-31", conflicts: [] as string[] };
