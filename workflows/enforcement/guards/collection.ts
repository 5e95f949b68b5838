/**
 * Guards of collecting an unpaid fine: 暂缓 or 分期 (APL 66), the 催告 and the application to the
 * court (行政强制法 53, 54, 69).
 */
import type { Instalment } from "../coercion/collection";
import { pendingChallenge } from "../coercion/context";
import { APL, type Guard, dateOf, fineOwed, today } from "./common";

const QZ = (n: string) => `《中华人民共和国行政强制法》第${n}条`;
const outstanding = (c: Parameters<typeof fineOwed>[0]) => fineOwed(c) - c.payments.reduce((n, x) => n + x.amount, 0);

export const noPaymentPlanYet: Guard = {
  name: "noPaymentPlanYet",
  explain: "本案已批准暂缓或分期缴纳罚款",
  basis: APL("六十六") + "第二款",
  test: (c) => !c.paymentPlan,
};

export const planCoversOutstanding: Guard = {
  name: "planCoversOutstanding",
  explain: "暂缓或分期缴纳的金额合计应等于尚未缴纳的罚款，各期日期应依次在后、不早于当事人申请之日；申请日期不能早于决定送达之日或晚于今天",
  basis: APL("六十六") + "第二款",
  needsPayload: true,
  test: (c, e) => {
    const schedule = (e.payload.schedule as Instalment[] | undefined) ?? [];
    const applied = dateOf(e, "appliedOn");
    const ordered = schedule.every((x, i) => x.due >= applied && (i === 0 || x.due > schedule[i - 1].due));
    const served = c.service?.date ?? c.decision?.date ?? "";
    return schedule.length > 0 && ordered && schedule.reduce((n, x) => n + x.amount, 0) === outstanding(c) && applied >= served && applied <= today(e);
  },
};

export const paymentOverdue: Guard = {
  name: "paymentOverdue",
  explain: "罚款缴纳期限尚未届满（或已批准暂缓、分期的期限未到），不能催告；催告书送达日期也不能晚于今天",
  basis: QZ("五十四") + "；" + APL("七十二"),
  needsPayload: true,
  test: (_c, e) => !!e.payload.paymentDue && dateOf(e) > String(e.payload.paymentDue) && dateOf(e) <= today(e),
};

export const urgedTenWorkingDaysBefore: Guard = {
  name: "urgedTenWorkingDaysBefore",
  explain: "申请人民法院强制执行前，应当催告当事人履行义务；催告书送达十个工作日后当事人仍未履行的，方可申请",
  basis: QZ("五十四") + "、第六十九条",
  needsPayload: true,
  test: (_c, e) => !!e.payload.urgeDue && dateOf(e) > String(e.payload.urgeDue),
};

export const challengePeriodsOver: Guard = {
  name: "challengePeriodsOver",
  explain: "当事人申请行政复议（六十日）或者提起行政诉讼（六个月）的期限尚未届满，不能申请人民法院强制执行",
  basis: QZ("五十三"),
  needsPayload: true,
  test: (_c, e) => !!e.payload.periodsEnd && dateOf(e) > String(e.payload.periodsEnd),
};

export const noChallengeRunning: Guard = {
  name: "noChallengeRunning",
  explain: "当事人已申请行政复议或者提起行政诉讼，尚未审结，不能申请人民法院强制执行",
  basis: QZ("五十三"),
  test: (c) => pendingChallenge(c) === null,
};

export const withinApplicationWindow: Guard = {
  name: "withinApplicationWindow",
  explain: "应当自复议、诉讼期限届满之日起三个月内申请人民法院强制执行；已超过申请期限，且申请日期不能晚于今天",
  basis: QZ("五十三"),
  needsPayload: true,
  test: (_c, e) => !!e.payload.windowEnd && dateOf(e) <= String(e.payload.windowEnd) && dateOf(e) <= today(e),
};
