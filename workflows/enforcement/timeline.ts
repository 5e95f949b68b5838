/**
 * The enforcement case's own timeline (engine/timeline.ts): each dated step follows 登记, and the
 * steps it depends on. 现场检查 may be recorded for the day a patrol found the act, before the case
 * was entered; a 告知 follows 立案, a hearing its notice, a payment the decision.
 */
import type { DatedStep, DateRule, Timeline } from "../engine/timeline";
import type { EnforcementContext as C } from "./context";
import { seizureOf } from "./coercion/seizure";

type Steps = (c: C, payload: Readonly<Record<string, unknown>>) => readonly DatedStep[];
const rule = (field: string, label: string, after?: Steps): DateRule<C> => ({ field, label, ...(after ? { after } : {}) });

const filed = (c: C): DatedStep => ["立案", c.filing?.at];
/** Acts on the street (an inspection, an emergency seizure, an on-the-spot penalty) may precede the entry. */
const discovered = (c: C): DatedStep => ["发现违法行为", c.discoveredOn ?? c.occurredOn];
const decided = (c: C): DatedStep => ["作出处理决定", c.decision?.date];
const served = (c: C): DatedStep => ["送达处理决定书", c.service?.date];
const noticed = (c: C): DatedStep => ["送达行政处罚事先告知书", c.notice?.servedOn];
const lastUrging = (c: C, obligation: "fine" | "demolition"): DatedStep => ["送达催告书", (c.urgings ?? []).filter((u) => u.obligation === obligation).at(-1)?.date];
const approvedReview = (c: C): DatedStep => ["法制审核", c.legalReviews.at(-1)?.result?.at];
const seizure = (c: C, payload: Readonly<Record<string, unknown>>): DatedStep => ["实施查封、扣押", seizureOf(c, payload.n)?.time];

/**
 * Steps whose dates named guards already order stay with those guards, each with its article:
 * DECIDE (decisionDateValid), SERVE, RECORD_PAYMENT, RECORD_REVOCATION, HEARING_HELD, the hearing's day
 * (hearingNoticeSevenDays), RECORD_COMPLIANCE and the challenge's dates.
 */
export const enforcementTimeline: Timeline<C> = {
  registered: (c) => ["案件登记", c.registeredAt],
  rules: {
    // A patrol's inspection is recorded for the day it found the act, which may precede the entry.
    RECORD_ACT: [{ field: "time", label: "开始时间", from: discovered }],
    // An emergency seizure (行政强制法 19) can come before the 立案 is recorded, never before the act was found.
    SEIZE: [{ field: "time", label: "开始时间", from: discovered }],
    EXTEND_SEIZURE: [rule("notifiedOn", "书面告知当事人日期", (c, p) => [seizure(c, p)])],
    END_SEIZURE: [rule("date", "处理决定日期", (c, p) => [seizure(c, p)])],
    HANDLE_PRESERVATION: [rule("on", "处理决定日期", (c, p) => [["先行登记保存", c.preservations.find((x) => x.entry === Number(p.entry))?.on]])],
    SEND_NOTICE: [rule("date", "告知书送达日期", (c) => [filed(c), ["调查终结报告", c.report?.at], ["案件审查", c.caseReview?.at]])],
    RECORD_REPRESENTATION: [rule("date", "陈述申辩日期", (c) => [noticed(c)])],
    WAIVE: [rule("date", "书面放弃日期", (c) => [noticed(c)])],
    REQUEST_HEARING: [rule("date", "申请听证日期", (c) => [noticed(c)])],
    SCHEDULE_HEARING: [rule("noticeServedOn", "听证通知送达日期", (c) => [["当事人要求听证", c.hearing?.requestedOn]])],
    RECORD_COLLECTIVE: [rule("date", "集体讨论日期", (c) => [filed(c), noticed(c), approvedReview(c)])],
    // Decided on the street and often entered later: no earlier than the act was found.
    DECIDE_ON_SPOT: [{ field: "date", label: "处罚日期", from: discovered }],
    DEFER_PAYMENT: [rule("appliedOn", "当事人申请日期", (c) => [decided(c)])],
    URGE_PAYMENT: [rule("date", "催告书送达日期", (c) => [decided(c), served(c)])],
    APPLY_COURT: [rule("date", "申请日期", (c) => [decided(c), lastUrging(c, "fine")])],
    URGE_DEMOLITION: [rule("date", "催告书送达日期", (c) => [decided(c), served(c)])],
    RECORD_URGE_STATEMENT: [rule("date", "陈述申辩日期", (c) => [lastUrging(c, "demolition")])],
    DECIDE_ENFORCEMENT: [rule("date", "强制执行决定日期", (c) => [lastUrging(c, "demolition"), ["陈述申辩", c.demolition?.statements.at(-1)?.date]])],
    SERVE_ENFORCEMENT: [rule("date", "送达日期", (c) => [["强制执行决定", c.demolition?.decision?.date]])],
    ANNOUNCE_DEMOLITION: [rule("date", "公告日期", (c) => [["送达强制执行决定书", c.demolition?.served?.date]])],
    DEMOLISH: [rule("time", "开始时间", (c) => [["强制拆除公告", c.demolition?.announced?.date]])],
    TRANSFER: [rule("date", "批准移送日期", (c) => [filed(c), ["调查终结报告", c.report?.at]])],
    RECORD_TRANSFER_DELIVERED: [rule("date", "移送日期", (c) => [["批准移送", c.transfer?.date]])],
    RECORD_POLICE_REPLY: [rule("date", "书面通知日期", (c) => [["移送公安机关", c.transfer?.delivered?.date]])],
  },
};
