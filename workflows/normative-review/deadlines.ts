/**
 * The review period: a number of working days from acceptance (受理), configurable per street, by
 * default the 7 working days 713 art. 26 guarantees a legality review. While material asked for
 * (补正) is awaited the period stands still; it runs on with what was left once the material arrives.
 * A 补正 asked after the last day does not reopen it.
 */
import { addDays, chinaDate, chineseDate, type HolidayCalendar } from "../calendar/calendar";
import { isWorkingDay } from "../calendar/working-days";
import { countPeriod } from "../calendar/periods";
import type { DeadlineSpec } from "../engine/types";
import type { NormativeReviewContext } from "./context";

export const DEFAULT_REVIEW_WORKING_DAYS = 7;
export const DEFAULT_REVIEW_BASIS = "参照《重大行政决策程序暂行条例》第二十六条第二款：送请合法性审查，应当保证必要的审查时间，一般不少于7个工作日";

export interface ReviewClock {
  /** The period's last day, 补正 time not counted; null while 补正 stands it still before it ran out. */
  readonly due: string | null;
  /** Waiting for 补正 with days of the period left. */
  readonly paused: boolean;
  /** 补正 that stood the period still (those asked after it had run out did not). */
  readonly pauses: readonly { readonly from: string; readonly to: string | null }[];
}

/**
 * Counts the period's working days from acceptance. The day 补正 is asked counts; the days after
 * it up to the day the material arrives do not. A 补正 asked on the last day leaves nothing to
 * count, so the period ends the day the material arrives; one asked after the last day changes
 * nothing: it cannot make an overdue review timely again.
 */
export function reviewClock(c: NormativeReviewContext, calendar: HolidayCalendar): ReviewClock | null {
  if (!c.acceptedAt || !c.reviewDays) return null;
  const pauses: { from: string; to: string | null }[] = [];
  let day = chinaDate(c.acceptedAt);
  let counted = 0;
  let next = 0; // the first 补正 not yet reached
  // Ends: each pass moves `day` forward, and reviewDays (≤ 60) working days come within a year of it.
  for (;;) {
    const k = c.corrections[next];
    if (k && k.requestedOn <= day) {
      next++;
      pauses.push({ from: k.requestedOn, to: k.suppliedOn });
      if (!k.suppliedOn) return { due: null, paused: true, pauses };
      if (k.suppliedOn > day) day = k.suppliedOn;
      if (counted === c.reviewDays) return { due: day, paused: false, pauses };
      continue;
    }
    if (counted === c.reviewDays) return { due: day, paused: false, pauses };
    day = addDays(day, 1);
    if (isWorkingDay(calendar, day)) counted++;
    // The last day: a 补正 asked on it still stands the (empty) rest of the period still.
    if (counted === c.reviewDays && c.corrections[next]?.requestedOn !== day) return { due: day, paused: false, pauses };
  }
}

/** 出具审查意见: due on the last working day of the period, 补正 time not counted. */
export function normativeReviewDeadlines(c: NormativeReviewContext, calendar: HolidayCalendar): DeadlineSpec[] {
  const clock = reviewClock(c, calendar);
  // While 补正 is awaited within the period nothing is due; the case page says the period stands still.
  if (!clock?.due) return [];
  const start = chinaDate(c.acceptedAt!);
  const plain = countPeriod(calendar, start, c.reviewDays!, "workingDays");
  const explanation = clock.pauses.length
    ? `自${chineseDate(start)}受理起计算${c.reviewDays}个工作日，${clock.pauses.map((p) => `${chineseDate(p.from)}通知补正至${chineseDate(p.to!)}补正送达`).join("、")}期间不计入，截止${chineseDate(clock.due)}`
    : plain.explanation;
  return [
    {
      key: "review",
      label: "出具合法性审查意见",
      rule: `受理之日起${c.reviewDays}个工作日内出具审查意见（通知补正至补正材料送达期间不计入）`,
      legalBasis: c.reviewBasis ?? DEFAULT_REVIEW_BASIS,
      start,
      due: clock.due,
      explanation,
      provisional: [start, clock.due].some((d) => !calendar.coveredYears.has(Number(d.slice(0, 4)))),
      status: c.issued ? "met" : c.closedReason ? "cancelled" : "open",
    },
  ];
}
