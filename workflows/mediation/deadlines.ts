/** Deadlines of a mediation: conclusion (PMR 33), judicial confirmation (PML 33), follow-up visits (PML 31). */
import { chinaDate, chineseDate, type HolidayCalendar } from "../calendar/calendar";
import { countPeriod } from "../calendar/periods";
import type { DeadlineSpec, DeadlineStatus } from "../engine/types";
import type { MediationContext } from "./context";
import { CONFIRMATION_WINDOW_DAYS } from "./guards";

export const CONCLUDE_MONTHS = 1;

export function mediationDeadlines(c: MediationContext, calendar: HolidayCalendar): DeadlineSpec[] {
  const out: DeadlineSpec[] = [];
  // A re-mediation after an unperformed agreement is a new mediation with its own month.
  const accepted = chinaDate(c.remediatedAt ?? c.acceptedAt);
  const month = countPeriod(calendar, accepted, CONCLUDE_MONTHS, "months");
  // An extension runs on from the period's end, which is the first working day after a holiday end (民法典 203).
  const extended = c.extension ? countPeriod(calendar, month.due, c.extension.days, "days") : null;
  const concluded = c.agreement !== null || c.ending !== null || c.closedAt !== null;
  out.push({
    key: "conclude",
    label: "调解期限",
    rule: `自${c.remediatedAt ? "重新调解" : "受理"}之日起${CONCLUDE_MONTHS}个月内调结${c.extension ? `，经记录延长${c.extension.days}日（${c.extension.reason}）` : ""}`,
    legalBasis: "《人民调解工作若干规定》第三十三条",
    start: accepted,
    due: extended?.due ?? month.due,
    explanation: extended ? `${month.explanation}；延长：${extended.explanation}` : month.explanation,
    provisional: month.provisional || (extended?.provisional ?? false),
    status: concluded ? "met" : "open",
  });
  // A referral is answered by the body's own deadline (PML 18; the 委派函 sets it).
  if (c.referral?.due) {
    const start = chinaDate(c.acceptedAt);
    out.push({
      key: "referral-reply",
      label: "回复委派（移送）单位",
      rule: `${c.referral.body}${c.referral.number}要求的办结期限，届时回复调解结果`,
      legalBasis: "《中华人民共和国人民调解法》第十八条；委派（移送）文书",
      start,
      due: c.referral.due,
      explanation: `委派（移送）文书${c.referral.number}载明的办结期限，截止${chineseDate(c.referral.due)}`,
      provisional: false,
      status: c.referralReply ? "met" : "open",
    });
  }
  const a = c.agreement;
  if (a?.effectiveOn) {
    const window = countPeriod(calendar, a.effectiveOn, CONFIRMATION_WINDOW_DAYS, "days");
    const status: DeadlineStatus = c.confirmation ? "met" : c.closedAt || c.ending ? "cancelled" : "open";
    out.push({
      key: "confirmation",
      label: "司法确认申请期限",
      rule: `调解协议生效之日起${CONFIRMATION_WINDOW_DAYS}日内双方共同申请司法确认（当事人自愿）`,
      legalBasis: "《中华人民共和国人民调解法》第三十三条；《中华人民共和国民事诉讼法》第二百零五条",
      start: a.effectiveOn,
      due: window.due,
      explanation: window.explanation,
      provisional: window.provisional,
      status,
      voluntary: true,
    });
    const last = c.followUps.map((f) => f.date).sort().at(-1) ?? a.effectiveOn;
    const visit = countPeriod(calendar, last, c.followUpDays, "days");
    out.push({
      key: "follow-up",
      label: "回访",
      rule: `协议生效后每${c.followUpDays}日回访一次，了解履行情况`,
      legalBasis: "《中华人民共和国人民调解法》第三十一条",
      start: last,
      due: visit.due,
      explanation: visit.explanation,
      provisional: visit.provisional,
      status: c.closedAt || c.ending ? "met" : "open",
    });
  }
  return out;
}
