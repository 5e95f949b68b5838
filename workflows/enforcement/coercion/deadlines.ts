/**
 * Deadlines of what follows a decision: a fine paid late or in instalments (APL 66), the window to
 * apply to the court (行政强制法 53); the answer to a 复议 (10 working days, 5 under the simple
 * procedure: 行政复议法 48, 54, 88 ¶2) or the 答辩 to a lawsuit (15 days: 行政诉讼法 67).
 */
import type { HolidayCalendar } from "../../calendar/calendar";
import { countPeriod } from "../../calendar/periods";
import type { DeadlineSpec } from "../../engine/types";
import type { EnforcementContext } from "../context";
import { LITIGATION_ANSWER_DAYS, REVIEW_ANSWER_WORKING_DAYS, SIMPLE_REVIEW_ANSWER_WORKING_DAYS } from "./challenges";
import { fineOwed, paidInFull } from "../guards/common";
import { applicationWindowEnd, challengePeriodsEnd, demolitionPeriodsEnd, nextDue } from "./collection";
import { challengesOf } from "./context";
import { demolitionOf, orderOf } from "./demolition";
import { urgingsOf } from "./collection";
import { addDays, chinaDate } from "../../calendar/calendar";
import { APPROVAL_DAYS } from "./transfer";
import { EMERGENCY_APPROVAL_HOURS, SEIZURE_DAYS, seizuresOf, type Seizure } from "./seizure";

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

export function collectionDeadlines(c: EnforcementContext, calendar: HolidayCalendar): DeadlineSpec[] {
  const owed = fineOwed(c);
  if (!c.decision || !c.service || owed <= 0) return [];
  const out: DeadlineSpec[] = [];
  const settled = paidInFull(c);
  const plan = c.paymentPlan;
  if (plan) {
    const due = nextDue(c, calendar, owed) ?? plan.instalments.at(-1)!.due;
    out.push({
      key: "payment",
      label: plan.kind === "defer" ? "暂缓缴纳罚款" : "分期缴纳罚款",
      rule: `经当事人申请和本机关批准${plan.kind === "defer" ? "暂缓" : "分期"}缴纳：${plan.instalments.map((i) => `${i.due}前缴纳${i.amount}元`).join("；")}`,
      legalBasis: "《中华人民共和国行政处罚法》第六十六条第二款",
      start: plan.appliedOn,
      due,
      explanation: `按批准的缴纳期限，本期截止${due}`,
      provisional: false,
      status: settled ? "met" : c.courtApplication || c.enforcement ? "cancelled" : "open",
      voluntary: false,
    });
  }
  const periodsEnd = challengePeriodsEnd(c, calendar);
  const windowEnd = applicationWindowEnd(c, calendar);
  if (periodsEnd && windowEnd) {
    const p = countPeriod(calendar, periodsEnd, 3, "months");
    out.push({
      key: "court-application",
      label: "申请人民法院强制执行",
      rule: "当事人在法定期限内不申请复议、不起诉又不缴纳罚款的，经催告十个工作日后，自复议、诉讼期限届满之日起三个月内申请人民法院强制执行",
      legalBasis: "《中华人民共和国行政强制法》第五十三条、第五十四条",
      start: periodsEnd,
      due: windowEnd,
      explanation: `复议、诉讼期限${periodsEnd}届满；${p.explanation}`,
      provisional: p.provisional,
      status: c.courtApplication ? "met" : settled || c.enforcement ? "cancelled" : "open",
      voluntary: false,
    });
  }
  return out;
}

/** The order's own deadline, the 催告's and the 公告's, and the first day a demolition may take place. */
export function demolitionDeadlines(c: EnforcementContext, calendar: HolidayCalendar): DeadlineSpec[] {
  const order = orderOf(c);
  if (!order || !c.decision) return [];
  const d = demolitionOf(c);
  const finished = !!d.done || !!d.complied || !!c.revocation;
  const state = (met: boolean) => (met ? "met" : finished ? "cancelled" : "open") as DeadlineSpec["status"];
  const fixed = (key: string, label: string, rule: string, legalBasis: string, start: string, due: string, met: boolean): DeadlineSpec =>
    ({ key, label, rule, legalBasis, start, due, explanation: `自${start}起，至${due}`, provisional: false, status: state(met), voluntary: false });
  const urged = urgingsOf(c, "demolition").at(-1);
  // Once past, the officers urge: the order's deadline is met for the street when they have.
  const out = [fixed("demolition-order", "限期自行拆除", `限期拆除${order.structure}；逾期不拆除的，应当催告`, "《中华人民共和国行政强制法》第三十五条、第四十四条", c.decision.date, order.deadline, !!d.complied || !!d.done || !!urged)];
  if (urged) out.push(fixed("demolition-urge", "催告履行期限", "催告书载明的履行期限；逾期仍不履行且无正当理由的，可以作出强制执行决定", "《中华人民共和国行政强制法》第三十五条、第三十七条", urged.date, urged.deadline, !!d.decision || !!d.complied));
  const periodsEnd = demolitionPeriodsEnd(c, calendar);
  if (periodsEnd && c.service) {
    // The party's time to challenge the order: no demolition before it ends (行政强制法 44).
    out.push({ ...fixed("demolition-periods", "当事人申请复议、提起诉讼", "对限期拆除决定和强制执行决定，自收到之日起六十日内申请行政复议、六个月内提起行政诉讼（当事人权利）；期满前不得强制拆除", "《中华人民共和国行政强制法》第四十四条；《中华人民共和国行政复议法》第二十条；《中华人民共和国行政诉讼法》第四十六条", c.service.date, periodsEnd, false), status: finished ? "cancelled" : "open", voluntary: true });
  }
  // The party's last chance to remove it themselves, not a step the street must take by then.
  if (d.announced) out.push({ ...fixed("demolition-announce", "公告自行拆除期限", "公告限期当事人自行拆除，期满不拆除的，方可强制拆除", "《中华人民共和国行政强制法》第四十四条", d.announced.date, d.announced.deadline, !!d.done || !!d.complied), voluntary: true });
  return out;
}

/** The last day of a seizure: 30 days, and the extension's days once approved (行政强制法 25). */
export function seizureDue(s: Seizure, calendar: HolidayCalendar) {
  return countPeriod(calendar, s.time.slice(0, 10), SEIZURE_DAYS + (s.extension?.days ?? 0), "days");
}

export function seizureDeadlines(c: EnforcementContext, calendar: HolidayCalendar): DeadlineSpec[] {
  return seizuresOf(c).flatMap((s): DeadlineSpec[] => {
    const p = seizureDue(s, calendar);
    const label = `查封、扣押期限（第${s.n}次）`;
    const period: DeadlineSpec = {
      key: `seizure-${s.n}`, label,
      rule: `查封、扣押的期限不得超过${SEIZURE_DAYS}日；情况复杂的，经负责人批准可以延长，延长期限不得超过${SEIZURE_DAYS}日${s.extension ? `（已延长${s.extension.days}日：${s.extension.reason}）` : ""}；期满应当作出处理决定或者解除`,
      legalBasis: "《中华人民共和国行政强制法》第二十五条、第二十七条、第二十八条",
      start: s.time.slice(0, 10), due: p.due, explanation: s.extension ? `${SEIZURE_DAYS}日加${s.extension.days}日：${p.explanation}` : p.explanation, provisional: p.provisional,
      status: s.ended ? "met" : "open", voluntary: false,
    };
    if (!s.emergency) return [period];
    const by = new Date(Date.parse(`${s.time}:00+08:00`) + EMERGENCY_APPROVAL_HOURS * 3600_000 + 8 * 3600_000).toISOString();
    const approval: DeadlineSpec = {
      key: `seizure-approval-${s.n}`, label: `补办查封、扣押批准手续（第${s.n}次）`,
      rule: `情况紧急当场实施的，应当在${EMERGENCY_APPROVAL_HOURS}小时内向负责人报告并补办批准手续，即${by.slice(0, 10)} ${by.slice(11, 16)}前；负责人认为不应当采取的，应当立即解除`,
      legalBasis: "《中华人民共和国行政强制法》第十九条",
      start: s.time.slice(0, 10), due: by.slice(0, 10), explanation: `${s.time.replace("T", " ")}实施，${EMERGENCY_APPROVAL_HOURS}小时内`, provisional: false,
      status: s.approval || s.rejected ? "met" : s.ended ? "cancelled" : "open", voluntary: false,
    };
    return [approval, period];
  });
}

/** 3 days from the team's report to the head's decision, then 24 hours to the police (国务院令第310号 art. 5). */
export function transferDeadlines(c: EnforcementContext, _calendar: HolidayCalendar): DeadlineSpec[] {
  if (c.report?.proposal.kind !== "transfer" || (c.decision && !c.transfer)) return [];
  const reported = chinaDate(c.report.at);
  const basis = "《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第五条";
  const out: DeadlineSpec[] = [{
    key: "transfer-approval", label: "批准或者不批准移送", rule: `负责人自接到移送的书面报告之日起${APPROVAL_DAYS}日内作出批准移送或者不批准移送的决定`,
    legalBasis: basis, start: reported, due: addDays(reported, APPROVAL_DAYS), explanation: `自${reported}起${APPROVAL_DAYS}日`, provisional: false,
    status: c.transfer ? "met" : c.cancelled ? "cancelled" : "open", voluntary: false,
  }];
  if (c.transfer) out.push({
    key: "transfer-delivery", label: "移送公安机关", rule: "决定批准的，应当在24小时内向同级公安机关移送",
    legalBasis: basis + "第二款", start: c.transfer.date, due: addDays(c.transfer.date, 1), explanation: `自${c.transfer.date}批准起24小时`, provisional: false,
    status: c.transfer.delivered ? "met" : "open", voluntary: false,
  });
  return out;
}
