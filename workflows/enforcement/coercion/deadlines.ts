/**
 * Deadlines of what follows a decision: the answer to a 复议 (10 working days, 5 under the simple
 * procedure: 行政复议法 48, 54, 88 ¶2) or the 答辩 to a lawsuit (15 days: 行政诉讼法 67).
 */
import type { HolidayCalendar } from "../../calendar/calendar";
import { countPeriod } from "../../calendar/periods";
import type { DeadlineSpec } from "../../engine/types";
import type { EnforcementContext } from "../context";
import { LITIGATION_ANSWER_DAYS, REVIEW_ANSWER_WORKING_DAYS, SIMPLE_REVIEW_ANSWER_WORKING_DAYS } from "./challenges";
import { challengesOf } from "./context";

export function challengeDeadlines(c: EnforcementContext, calendar: HolidayCalendar): DeadlineSpec[] {
  return challengesOf(c).map((x) => {
    const review = x.kind === "review";
    const amount = review ? (x.simple ? SIMPLE_REVIEW_ANSWER_WORKING_DAYS : REVIEW_ANSWER_WORKING_DAYS) : LITIGATION_ANSWER_DAYS;
    const p = countPeriod(calendar, x.receivedOn, amount, review ? "workingDays" : "days");
    return {
      key: `challenge-${x.n}`,
      label: review ? `行政复议答复（${x.caseNumber}）` : `行政诉讼答辩（${x.caseNumber}）`,
      rule: review
        ? `收到申请书副本之日起${amount}个工作日内提出书面答复，并提交作出决定的证据、依据和其他有关材料`
        : `收到起诉状副本之日起${amount}日内提交作出决定的证据和所依据的规范性文件，并提出答辩状`,
      legalBasis: review ? `《中华人民共和国行政复议法》第${x.simple ? "五十四" : "四十八"}条、第八十八条第二款` : "《中华人民共和国行政诉讼法》第六十七条",
      start: x.receivedOn,
      due: p.due,
      explanation: p.explanation,
      provisional: p.provisional,
      status: x.answer ? "met" : x.outcome ? "cancelled" : "open",
      voluntary: false,
    };
  });
}
