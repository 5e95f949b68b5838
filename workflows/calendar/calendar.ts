/**
 * The official working-day calendar: statutory holidays and make-up working days (调休).
 * Pure data plus lookups; it is loaded from the database by the server and passed in.
 */
export type CalendarDayKind = "holiday" | "workday";

export interface CalendarDay {
  readonly date: string; // YYYY-MM-DD
  readonly kind: CalendarDayKind;
  readonly name: string; // 国庆节, 春节 …
}

export interface HolidayCalendar {
  /** Years whose State Council schedule is loaded; other years are counted on weekends only. */
  readonly coveredYears: ReadonlySet<number>;
  readonly days: ReadonlyMap<string, CalendarDay>;
}

export function buildCalendar(years: Iterable<number>, days: Iterable<CalendarDay>): HolidayCalendar {
  return { coveredYears: new Set(years), days: new Map([...days].map((d) => [d.date, d])) };
}

/** A plain calendar date, counted in UTC so that adding days never meets a DST jump. */
export function parseDate(date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`日期格式应为YYYY-MM-DD: ${date}`);
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) {
    throw new Error(`不存在的日期： ${date}`);
  }
  return d;
}

export function formatDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, n: number): string {
  const d = parseDate(date);
  d.setUTCDate(d.getUTCDate() + n);
  return formatDate(d);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function isWeekend(date: string): boolean {
  const dow = parseDate(date).getUTCDay();
  return dow === 0 || dow === 6;
}

/** The China-local (UTC+8) calendar date of an instant; events carry instants, periods count dates. */
export function chinaDate(at: string | Date): string {
  const ms = (typeof at === "string" ? new Date(at) : at).getTime();
  if (Number.isNaN(ms)) throw new Error(`无效的时间： ${String(at)}`);
  return new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** 2026年10月15日 — the GB/T 9704 way: Arabic numerals, full year, no leading zeros. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** "09:05" → "9时05分", as records write the hour. */
export const chineseClock = (hhmm: string) => `${Number(hhmm.slice(0, 2))}时${hhmm.slice(3, 5)}分`;

/** One month from 31 January is 28 February: the same day number, or the month's last day. */
export function addMonthsClamped(start: string, months: number): string {
  const d = parseDate(start);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return formatDate(target);
}
