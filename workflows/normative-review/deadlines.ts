/**
 * The review period: a number of working days from acceptance (受理), configurable per street, by
 * default the 7 working days 713 art. 26 guarantees a legality review. While material asked for
 * (补正) is awaited the period stands still; it runs on with what was left once the material arrives.
 */
import { addDays, chinaDate, chineseDate, isWorkingDay, type HolidayCalendar } from "../calendar/calendar";
import { countPeriod } from "../calendar/periods";
import type { DeadlineSpec } from "../engine/types";
import type { NormativeReviewContext } from "./context";

export const DEFAULT_REVIEW_WORKING_DAYS = 7;
export const DEFAULT_REVIEW_BASIS = "参照《重大行政决策程序暂行条例》第二十六条第二款:送请合法性审查,应当保证必要的审查时间,一般不少于7个工作日";

/** Working days after `from` up to and including `to` (none when `to` is not later). */
export function workingDaysAfter(calendar: HolidayCalendar, from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(calendar, d)) n++;
  return n;
}

export interface ReviewClock {
  /** Working days of the period left when counting resumed (or now stands still). */
  readonly remaining: number;
  /** The day counting runs on from: acceptance, or the day the last 补正 arrived. */
  readonly from: string;
  /** Waiting for 补正: the period stands still. */
  readonly paused: boolean;
}

export function reviewClock(c: NormativeReviewContext, calendar: HolidayCalendar): ReviewClock | null {
  if (!c.acceptedAt || !c.reviewDays) return null;
  let from = chinaDate(c.acceptedAt);
  let remaining = c.reviewDays;
  for (const k of c.corrections) {
    remaining -= workingDaysAfter(calendar, from, k.requestedOn);
    if (!k.suppliedOn) return { remaining: Math.max(0, remaining), from, paused: true };
    from = k.suppliedOn;
  }
  return { remaining: Math.max(0, remaining), from, paused: false };
}

/** 出具审查意见: due on the last working day of the period, 补正 time not counted. */
export function normativeReviewDeadlines(c: NormativeReviewContext, calendar: HolidayCalendar): DeadlineSpec[] {
  const clock = reviewClock(c, calendar);
  // While 补正 is awaited nothing is due; the case page says the period stands still.
  if (!clock || clock.paused) return [];
  const start = chinaDate(c.acceptedAt!);
  const period = clock.remaining > 0 ? countPeriod(calendar, clock.from, clock.remaining, "workingDays") : null;
  const paused = c.corrections.map((k) => `${chineseDate(k.requestedOn)}通知补正至${chineseDate(k.suppliedOn!)}补正送达`);
  const explanation = !paused.length
    ? period!.explanation
    : period
      ? `自${chineseDate(start)}受理起计算${c.reviewDays}个工作日,${paused.join("、")}期间不计入,补正送达后剩余${clock.remaining}个工作日:${period.explanation}`
      : `自${chineseDate(start)}受理起计算${c.reviewDays}个工作日,通知补正时期限已届满,截止${chineseDate(clock.from)}`;
  return [
    {
      key: "review",
      label: "出具合法性审查意见",
      rule: `受理之日起${c.reviewDays}个工作日内出具审查意见(通知补正至补正材料送达期间不计入)`,
      legalBasis: c.reviewBasis ?? DEFAULT_REVIEW_BASIS,
      start,
      due: period?.due ?? clock.from,
      explanation,
      provisional: period?.provisional ?? false,
      status: c.issued ? "met" : c.closedReason ? "cancelled" : "open",
    },
  ];
}
