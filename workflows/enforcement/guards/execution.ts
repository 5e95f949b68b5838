/**
 * Guards of 送达, payment and enforcement, and of a changed decision (APL 61, 67, 72).
 */
import type { EnforcementContext } from "../context";
import { APL, type Guard, dateOf, fineOwed, inForce, paidInFull, today } from "./common";

export const decisionInForce: Guard = {
  name: "decisionInForce",
  explain: "决定已被撤销、确认违法或者确认无效，不得再据以收缴罚款或强制执行",
  basis: APL("四十八") + "、第七十五条",
  test: inForce,
};

/** What was paid beyond a fine lowered by a change, to be refunded. */
export function overpaid(c: EnforcementContext): number {
  const paid = c.payments.reduce((n, p) => n + p.amount, 0);
  return c.revocation?.kind === "changed" && inForce(c) ? Math.max(0, paid - fineOwed(c) - (c.payments.at(-1)?.surcharge ?? 0)) : 0;
}

export const changeNotHeavier: Guard = {
  name: "changeNotHeavier",
  explain: "复议机关或人民法院变更决定，不得加重当事人的负担：变更后的罚款金额不能高于原决定",
  basis: "《中华人民共和国行政复议法》第六十三条第二款；《中华人民共和国行政诉讼法》第七十七条第二款",
  needsPayload: true,
  test: (c, e) => e.payload.kind !== "changed" || (!!c.decision && Number(e.payload.fine ?? 0) <= c.decision.fine),
};

export const serviceAfterDecision: Guard = {
  name: "serviceAfterDecision",
  explain: "送达日期不能早于决定日期，也不能晚于今天",
  basis: APL("六十一"),
  needsPayload: true,
  test: (c, e) => !!c.decision && dateOf(e) >= c.decision.date && dateOf(e) <= today(e),
};

export const paymentAfterService: Guard = {
  name: "paymentAfterService",
  explain: "缴款日期不能早于决定（送达）日期，也不能晚于今天",
  basis: APL("六十七"),
  needsPayload: true,
  test: (c, e) => !!c.decision && dateOf(e) >= (c.service?.date ?? c.decision.date) && dateOf(e) <= today(e),
};

export const outstandingFine: Guard = {
  name: "outstandingFine",
  explain: "本案没有待缴纳的罚款",
  basis: APL("六十七"),
  test: (c) => fineOwed(c) > 0 && !paidInFull(c),
};

export const finePaidOrEnforced: Guard = {
  name: "finePaidOrEnforced",
  metBy: ["RECORD_PAYMENT", "APPLY_COURT"],
  explain: "罚款尚未缴清，也未申请强制执行，不能结案",
  basis: APL("六十七") + "、第七十二条",
  test: (c) => fineOwed(c) === 0 || paidInFull(c) || c.enforcement !== null,
};
