/**
 * A major decision's periods: the public comment call (at least 30 days, 713 art. 15) and the
 * legality review window (at least 7 working days, art. 26 ¶2), both counted on the holiday calendar
 * when they are set; a last day on a rest day moves to the next working day.
 */
import type { HolidayCalendar } from "../calendar/calendar";
import { countPeriod } from "../calendar/periods";
import type { DeadlineSpec } from "../engine/types";
import { latest, type MajorDecisionContext } from "./context";

export const CALL_DAYS = 30;
export const REVIEW_WORKING_DAYS = 7;

/** The earliest lawful end of a comment call opening on `opensOn`. */
export const minimumCallEnd = (cal: HolidayCalendar, opensOn: string) => countPeriod(cal, opensOn, CALL_DAYS, "days");
/** The earliest due date of a legality review requested on `requestedOn`. */
export const minimumReviewDue = (cal: HolidayCalendar, requestedOn: string) => countPeriod(cal, requestedOn, REVIEW_WORKING_DAYS, "workingDays");

export function majorDecisionDeadlines(c: MajorDecisionContext, _cal: HolidayCalendar): DeadlineSpec[] {
  const out: DeadlineSpec[] = [];
  if (c.call) {
    out.push({
      key: "call",
      label: "公众征求意见截止",
      rule: "公开征求意见期限一般不少于30日",
      legalBasis: "参照《重大行政决策程序暂行条例》第十五条",
      start: c.call.opensOn,
      due: c.call.closesOn,
      explanation: c.call.closesOn < c.call.minimumEnd ? `期限短于30日（最短应至${c.call.minimumEnd}），理由：${c.call.shortReason}` : `自${c.call.opensOn}起征求意见至${c.call.closesOn}（不少于30日，最早可截止于${c.call.minimumEnd}）`,
      provisional: false,
      // Once it has run, the office closes the call: past its end and still open, it shows as overdue.
      status: c.callClosed ? "met" : "open",
    });
  }
  const request = latest(c.reviewRequests);
  if (request) {
    const done = c.reviews.some((r) => r.round === request.round);
    out.push({
      key: `review-${request.round}`,
      label: `合法性审查（第${request.round}次送审）`,
      rule: "合法性审查时间一般不少于7个工作日",
      legalBasis: "参照《重大行政决策程序暂行条例》第二十六条第二款",
      start: request.requestedOn,
      due: request.dueOn,
      explanation: request.dueOn < request.minimumDue ? `短于7个工作日（最短应至${request.minimumDue}），负责人说明的理由：${request.shortReason}` : `自${request.requestedOn}送审，审查期限至${request.dueOn}（不少于7个工作日，最短至${request.minimumDue}）`,
      provisional: false,
      status: done ? "met" : c.ended ? "cancelled" : "open",
    });
  }
  return out;
}
