/**
 * Deadlines of an enforcement case: decision within 90 days of 立案 (APL 60), handling of preserved
 * evidence (APL 56), the hearing request window (APL 64), service (APL 61), payment (APL 67),
 * publication (118 §6) and withdrawal of a publication (APL 48). RULES.md §1, §2 and §7.
 */
import { chinaDate, parseDate, type HolidayCalendar } from "../calendar/calendar";
import { countPeriod } from "../calendar/periods";
import type { DeadlineSpec, DeadlineStatus } from "../engine/types";
import type { EnforcementContext } from "./context";
import { PAYMENT_DAYS, SURCHARGE_RATE } from "./coercion/collection";
import { challengeDeadlines, collectionDeadlines, demolitionDeadlines, seizureDeadlines, transferDeadlines } from "./coercion/deadlines";
import { fineOwed, inForce, paidInFull } from "./guards";

export { PAYMENT_DAYS, SURCHARGE_RATE };
export const DECISION_DEADLINE_DAYS = 90;
export const PRESERVATION_WORKING_DAYS = 7;
export const HEARING_REQUEST_WORKING_DAYS = 5;
export const HEARING_NOTICE_WORKING_DAYS = 7;
export const SERVICE_WORKING_DAYS = 7;
export const PUBLISH_PENALTY_WORKING_DAYS = 7;
export const PUBLISH_OTHER_WORKING_DAYS = 20;
export const WITHDRAW_WORKING_DAYS = 3;

const APL = (n: string) => `《中华人民共和国行政处罚法》第${n}条`;
const G118_6 = "国办发〔2018〕118号第六条；《中华人民共和国行政处罚法》第四十八条";

const daysBetween = (from: string, to: string) => Math.round((parseDate(to).getTime() - parseDate(from).getTime()) / 86_400_000);

/** Days of a hearing, from the request to the hearing held, which APL 60's period does not count. */
export function hearingDays(c: Pick<EnforcementContext, "hearing">): number {
  const h = c.hearing;
  return h?.held ? Math.max(0, daysBetween(h.requestedOn, h.held.date)) : 0;
}

/**
 * 加处罚款 (APL 72): 3% of the fine for each day after the payment deadline, never more than the fine.
 * `due` is the last day to pay (15 days from receipt, counted on the holiday calendar).
 */
export function lateSurcharge(fine: number, due: string, paidOn: string): number {
  const late = Math.max(0, daysBetween(due, paidOn));
  return Math.min(fine, Math.round(fine * SURCHARGE_RATE * late));
}

/**
 * The surcharge owed with a payment on `paidOn`: it runs until the fine itself is paid (payments
 * go to the fine first), then stays what it was on that day.
 */
export function surchargeOwed(fine: number, due: string, payments: readonly { date: string; amount: number; surcharge: number }[], paidOn: string): number {
  let principal = 0;
  for (const p of payments) {
    principal += p.amount;
    if (principal >= fine) return p.surcharge;
  }
  return lateSurcharge(fine, due, paidOn);
}

export function paymentDue(calendar: HolidayCalendar, c: Pick<EnforcementContext, "service" | "decision">): string | null {
  const received = c.service?.date ?? null;
  return received ? countPeriod(calendar, received, PAYMENT_DAYS, "days").due : null;
}

/** Whether this decision must be published: every penalty by default, or those with social impact (APL 48). */
export function mustPublish(c: EnforcementContext): boolean {
  const d = c.decision;
  if (!d || d.kind === "transfer") return false;
  if (d.kind === "penalty" && c.thresholds.publishPolicy === "social-impact") return d.socialImpact;
  return true;
}

/** Working days to publish a decision (118 §6): 7 for a penalty, 20 for any other decision. */
export const publishWorkingDays = (d: NonNullable<EnforcementContext["decision"]>) => (d.kind === "penalty" ? PUBLISH_PENALTY_WORKING_DAYS : PUBLISH_OTHER_WORKING_DAYS);

/** The last day to publish the decision, or null when it need not be published. */
export function publishDue(c: EnforcementContext, calendar: HolidayCalendar): string | null {
  return c.decision && mustPublish(c) ? countPeriod(calendar, c.decision.date, publishWorkingDays(c.decision), "workingDays").due : null;
}

export function enforcementDeadlines(c: EnforcementContext, calendar: HolidayCalendar): DeadlineSpec[] {
  const out: DeadlineSpec[] = [];
  const period = (key: string, label: string, rule: string, legalBasis: string, start: string, amount: number, unit: "days" | "workingDays", status: DeadlineStatus, voluntary = false) => {
    const p = countPeriod(calendar, start, amount, unit);
    out.push({ key, label, rule, legalBasis, start, due: p.due, explanation: p.explanation, provisional: p.provisional, status, voluntary });
    return p;
  };
  const ended = c.cancelled !== null || c.closedAt !== null;

  if (c.filing) {
    // Extensions and the hearing's days lengthen the one period counted from 立案 (APL 60; RULES §1).
    const extra = c.extensions.reduce((n, x) => n + x.days, 0) + hearingDays(c);
    const period = countPeriod(calendar, chinaDate(c.filing.at), DECISION_DEADLINE_DAYS + extra, "days");
    const notes = [...c.extensions.map((x) => `经负责人批准延长${x.days}日（${x.reason}）`), ...(hearingDays(c) ? [`听证期间${hearingDays(c)}日不计入`] : [])];
    out.push({
      key: "decision",
      label: "作出处理决定",
      rule: `自立案之日起${DECISION_DEADLINE_DAYS}日内作出行政处罚决定${notes.length ? `；${notes.join("；")}` : ""}`,
      legalBasis: APL("六十"),
      start: chinaDate(c.filing.at),
      due: period.due,
      explanation: extra ? `${DECISION_DEADLINE_DAYS}日加${extra}日：${period.explanation}` : period.explanation,
      provisional: period.provisional,
      status: c.decision ? "met" : ended ? "cancelled" : "open",
    });
  }

  for (const p of c.preservations) {
    period(`preservation-${p.entry}`, "先行登记保存处理决定", `登记保存之日起${PRESERVATION_WORKING_DAYS}个工作日内作出处理决定`, APL("五十六") + "、第八十五条", p.on, PRESERVATION_WORKING_DAYS, "workingDays", p.handled ? "met" : ended ? "cancelled" : "open");
  }

  if (c.notice?.hearingRight) {
    const status: DeadlineStatus = c.hearing ? "met" : c.waiver || c.decision || ended ? "cancelled" : "open";
    period("hearing-request", "当事人要求听证", `告知后${HEARING_REQUEST_WORKING_DAYS}个工作日内提出（当事人权利）`, APL("六十四") + "第一项", c.notice.servedOn, HEARING_REQUEST_WORKING_DAYS, "workingDays", status, true);
  }

  const d = c.decision;
  if (d && d.kind !== "transfer") {
    // Handed over on the spot when the party is there; otherwise served within 7 working days (APL 61).
    period("service", "送达决定书", `决定之日起${SERVICE_WORKING_DAYS}个工作日内送达`, APL("六十一") + "、第八十五条", d.date, SERVICE_WORKING_DAYS, "workingDays", c.service ? "met" : "open");
  }
  if (d && fineOwed(c) > 0 && c.service && !c.paymentPlan) {
    period("payment", "缴纳罚款", `收到决定书之日起${PAYMENT_DAYS}日内缴纳；逾期每日按罚款数额的3%加处罚款，加处罚款不超过罚款数额`, APL("六十七") + "、第七十二条", c.service.date, PAYMENT_DAYS, "days", paidInFull(c) ? "met" : c.enforcement ? "cancelled" : "open");
  }
  if (d && mustPublish(c)) {
    const penalty = d.kind === "penalty";
    const days = publishWorkingDays(d);
    period("publish", "决定公示", `${penalty ? "行政处罚决定" : "其他执法决定"}自作出之日起${days}个工作日内公开`, G118_6, d.date, days, "workingDays", c.publication ? "met" : !inForce(c) ? "cancelled" : "open");
  }
  if (c.revocation && c.publication) {
    period("withdraw", "撤回公示", `决定被撤销、变更或确认违法后${WITHDRAW_WORKING_DAYS}个工作日内撤回公示并公开说明理由`, APL("四十八") + "第二款、第八十五条", c.revocation.date, WITHDRAW_WORKING_DAYS, "workingDays", c.publication.status === "withdrawn" ? "met" : "open");
  }
  return [...out, ...transferDeadlines(c, calendar), ...seizureDeadlines(c, calendar), ...collectionDeadlines(c, calendar), ...demolitionDeadlines(c, calendar), ...challengeDeadlines(c, calendar)];
}
