/**
 * Counting legal periods (期间) per 民法典 arts. 201–203 and 《行政处罚法》第八十五条 (RULES.md §7):
 * the start day is not counted; short APL periods are working days; calendar-day and month
 * periods ending on a rest day or holiday move to the next working day.
 */
import {
  addDays,
  chineseDate,
  isWeekend,
  parseDate,
  addMonthsClamped,
  yearOf,
  type HolidayCalendar,
} from "./calendar";
import { isWorkingDay, specialDay } from "./working-days";

// Month arithmetic is pure date counting; it lives with the dates so pages can use it without the holiday tables.
export { addMonthsClamped };

export type PeriodUnit = "workingDays" | "days" | "months";

export interface PeriodResult {
  readonly start: string;
  readonly due: string;
  readonly unit: PeriodUnit;
  readonly amount: number;
  /** True when the counted span touches a year whose holiday schedule is not loaded. */
  readonly provisional: boolean;
  /** How it was counted, in Chinese, for the user and the record. */
  readonly explanation: string;
}

const UNIT_TEXT: Record<PeriodUnit, (n: number) => string> = {
  workingDays: (n) => `${n}个工作日`,
  days: (n) => `${n}日`,
  months: (n) => `${n}个月`,
};

export function countPeriod(cal: HolidayCalendar, start: string, amount: number, unit: PeriodUnit): PeriodResult {
  if (!Number.isInteger(amount) || amount < 1) throw new Error(`期间天数应为正整数： ${amount}`);
  parseDate(start);
  if (unit === "workingDays") return countWorkingDays(cal, start, amount);
  const nominal = unit === "days" ? addDays(start, amount) : addMonthsClamped(start, amount);
  let due = nominal;
  while (!isWorkingDay(cal, due)) due = addDays(due, 1);
  const provisional = spansUncoveredYear(cal, start, due);
  const parts = [`自${chineseDate(start)}起计算${UNIT_TEXT[unit](amount)}`];
  if (due !== nominal) {
    parts.push(`届满日${chineseDate(nominal)}为${restDayName(cal, nominal)}，顺延至第一个工作日`);
  }
  parts.push(`截止${chineseDate(due)}`);
  return { start, due, unit, amount, provisional, explanation: withProvisionalNote(cal, parts.join("，"), start, due) };
}

function countWorkingDays(cal: HolidayCalendar, start: string, amount: number): PeriodResult {
  let date = start;
  let counted = 0;
  const skippedHolidays: string[] = [];
  const makeUpDays: string[] = [];
  while (counted < amount) {
    date = addDays(date, 1);
    const special = specialDay(cal, date);
    if (isWorkingDay(cal, date)) {
      counted += 1;
      if (special?.kind === "workday") makeUpDays.push(date);
    } else if (special?.kind === "holiday") {
      skippedHolidays.push(date);
    }
  }
  const parts = [`自${chineseDate(start)}起计算${amount}个工作日`];
  for (const run of holidayRuns(cal, skippedHolidays, start)) parts.push(`${run}休假不计`);
  if (makeUpDays.length) parts.push(`${makeUpDays.map((d) => shortDate(d, start)).join("、")}调休上班计入`);
  parts.push(`截止${chineseDate(date)}`);
  const provisional = spansUncoveredYear(cal, start, date);
  return {
    start,
    due: date,
    unit: "workingDays",
    amount,
    provisional,
    explanation: withProvisionalNote(cal, parts.join("，"), start, date),
  };
}

/** "10月1日至7日国庆节": consecutive holidays of one name grouped into a range. */
function holidayRuns(cal: HolidayCalendar, dates: string[], reference: string): string[] {
  const runs: { from: string; to: string; name: string }[] = [];
  for (const date of dates) {
    const name = specialDay(cal, date)?.name ?? "节假日";
    const last = runs[runs.length - 1];
    if (last && last.name === name && addDays(last.to, 1) === date) last.to = date;
    else runs.push({ from: date, to: date, name });
  }
  return runs.map(({ from, to, name }) => {
    if (from === to) return `${shortDate(from, reference)}${name}`;
    const sameMonth = from.slice(0, 7) === to.slice(0, 7);
    const toText = sameMonth ? `${Number(to.slice(8))}日` : shortDate(to, reference);
    return `${shortDate(from, reference)}至${toText}${name}`;
  });
}

/** 10月1日, with the year only when it differs from the reference date's. */
function shortDate(date: string, reference: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return yearOf(reference) === y ? `${m}月${d}日` : `${y}年${m}月${d}日`;
}

function restDayName(cal: HolidayCalendar, date: string): string {
  const special = specialDay(cal, date);
  if (special?.kind === "holiday") return `${special.name}假日`;
  return isWeekend(date) ? "休息日" : "非工作日";
}

function spansUncoveredYear(cal: HolidayCalendar, start: string, due: string): boolean {
  for (let y = yearOf(start); y <= yearOf(due); y++) if (!cal.coveredYears.has(y)) return true;
  return false;
}

function withProvisionalNote(cal: HolidayCalendar, text: string, start: string, due: string): string {
  const missing: number[] = [];
  for (let y = yearOf(start); y <= yearOf(due); y++) if (!cal.coveredYears.has(y)) missing.push(y);
  if (!missing.length) return text;
  return `${text}（${missing.join("、")}年节假日安排尚未录入，已按《全国年节及纪念日放假办法》扣除法定节假日，调休暂未计入，为临时期限，录入后自动重算）`;
}
