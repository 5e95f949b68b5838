/**
 * Guards of 强制拆除 and 代履行 of a 限期拆除 order (行政强制法 35–38, 43, 44, 51; 118 §8).
 */
import { urgingsOf } from "../coercion/collection";
import { pendingChallenge } from "../coercion/context";
import { demolitionOf, NIGHT_FROM, NIGHT_UNTIL, orderOf, orderOutstanding, SUBSTITUTE_NOTICE_DAYS } from "../coercion/demolition";
import { addDays } from "../../calendar/calendar";
import { G118, type Guard, dateOf, inForce, today } from "./common";

const QZ = (n: string) => `《中华人民共和国行政强制法》第${n}条`;
const lastUrging = (c: Parameters<typeof urgingsOf>[0]) => urgingsOf(c, "demolition").at(-1) ?? null;

export const orderToCarryOut: Guard = {
  name: "orderToCarryOut",
  explain: "本案没有尚待执行的限期拆除决定（未作出、已被撤销或确认违法，或者已经拆除）",
  basis: QZ("四十四"),
  test: (c) => orderOutstanding(c) && inForce(c),
};

export const orderOverdue: Guard = {
  name: "orderOverdue",
  explain: "限期拆除的期限尚未届满，不能催告；催告书送达日期也不能晚于今天",
  basis: QZ("三十五"),
  needsPayload: true,
  test: (c, e) => { const o = orderOf(c); return !!o && dateOf(e) > o.deadline && dateOf(e) <= today(e); },
};

export const urgedToDemolish: Guard = {
  name: "urgedToDemolish",
  explain: "尚未催告当事人自行拆除；陈述申辩日期不能早于催告书送达之日，也不能晚于今天",
  basis: QZ("三十六"),
  needsPayload: true,
  test: (c, e) => { const u = lastUrging(c); return !!u && dateOf(e) >= u.date && dateOf(e) <= today(e); },
};

export const urgeDeadlinePassed: Guard = {
  name: "urgeDeadlinePassed",
  explain: "经催告，当事人逾期仍不履行的，方可作出强制执行决定：尚未催告，或催告的履行期限尚未届满",
  basis: QZ("三十七"),
  needsPayload: true,
  test: (c, e) => { const u = lastUrging(c); return !!u && dateOf(e) > u.deadline && dateOf(e) <= today(e); },
};

export const statementsNotUpheld: Guard = {
  name: "statementsNotUpheld",
  explain: "当事人在催告后提出的事实、理由或者证据经复核成立并已采纳，不能作出强制执行决定",
  basis: QZ("三十六"),
  test: (c) => { const u = lastUrging(c); return demolitionOf(c).statements.every((s) => s.result !== "accepted" || (!!u && s.date < u.date)); },
};

export const noEnforcementDecisionYet: Guard = {
  name: "noEnforcementDecisionYet",
  explain: "已经作出强制执行决定",
  basis: QZ("三十七"),
  test: (c) => demolitionOf(c).decision === null,
};

export const enforcementDecided: Guard = {
  name: "enforcementDecided",
  explain: "尚未作出强制执行决定，或已经送达；送达日期不能早于决定日期，也不能晚于今天",
  basis: QZ("三十八"),
  needsPayload: true,
  test: (c, e) => { const d = demolitionOf(c); return !!d.decision && !d.served && dateOf(e) >= d.decision.date && dateOf(e) <= today(e); },
};

export const enforcementServed: Guard = {
  name: "enforcementServed",
  explain: "强制执行决定书尚未送达，或已经公告；公告日期不能早于送达日期，也不能晚于今天",
  basis: QZ("三十八") + "、第四十四条",
  needsPayload: true,
  test: (c, e) => { const d = demolitionOf(c); return !!d.served && !d.announced && dateOf(e) >= d.served.date && dateOf(e) <= today(e); },
};

export const announcementDeadlinePassed: Guard = {
  name: "announcementDeadlinePassed",
  explain: "强制拆除应当先予公告，限期当事人自行拆除：尚未公告，或公告的期限尚未届满",
  basis: QZ("四十四"),
  needsPayload: true,
  test: (c, e) => { const a = demolitionOf(c).announced; return !!a && String(e.payload.time ?? "").slice(0, 10) > a.deadline; },
};

export const demolitionAfterChallengePeriods: Guard = {
  name: "demolitionAfterChallengePeriods",
  explain: "当事人在法定期限内不申请行政复议或者提起行政诉讼，又不拆除的，方可强制拆除：复议（六十日）、诉讼（六个月）期限尚未届满，或者复议、诉讼尚未审结",
  basis: QZ("四十四"),
  needsPayload: true,
  test: (c, e) => !!e.payload.periodsEnd && String(e.payload.time ?? "").slice(0, 10) > String(e.payload.periodsEnd) && pendingChallenge(c) === null,
};

/** 夜间 is 22:00–06:00; 法定节假日 includes Saturdays and Sundays (最高人民法院（2016）最高法行他81号答复). */
export const notAtNightOrRestDay: Guard = {
  name: "notAtNightOrRestDay",
  explain: `不得在夜间（${NIGHT_FROM}至次日${NIGHT_UNTIL}）或者法定节假日（含休息日）实施强制执行，情况紧急的除外`,
  basis: QZ("四十三") + "第一款",
  needsPayload: true,
  test: (_c, e) => {
    if (e.payload.urgent === "yes") return true;
    const start = String(e.payload.time ?? "");
    const end = String(e.payload.endTime ?? "");
    const restDays = (e.payload.restDays as string[] | undefined) ?? ["?"];
    return start.slice(0, 10) === end.slice(0, 10) && start.slice(11) >= NIGHT_UNTIL && end.slice(11) <= NIGHT_FROM && restDays.length === 0;
  },
};

export const coerciveOnVideo: Guard = {
  name: "coerciveOnVideo",
  explain: "查封、扣押和强制拆除须全程音像记录：请附上录像文件",
  basis: G118("八"),
  needsPayload: true,
  test: (_c, e) => ((e.payload.files as { mime: string }[] | undefined) ?? []).some((f) => f.mime.startsWith("video/")),
};

export const substituteNoticeThreeDays: Guard = {
  name: "substituteNoticeThreeDays",
  explain: `代履行${SUBSTITUTE_NOTICE_DAYS}日前，应当催告当事人履行：公告距实施代履行不足${SUBSTITUTE_NOTICE_DAYS}日`,
  basis: QZ("五十一") + "第一款第二项",
  needsPayload: true,
  test: (c, e) => {
    const d = demolitionOf(c);
    return d.decision?.method !== "substitute" || (!!d.announced && addDays(d.announced.date, SUBSTITUTE_NOTICE_DAYS) <= String(e.payload.time ?? "").slice(0, 10));
  },
};

export const complianceDateValid: Guard = {
  name: "complianceDateValid",
  explain: "自行拆除日期不能早于限期拆除决定日期，也不能晚于今天",
  basis: QZ("四十四"),
  needsPayload: true,
  test: (c, e) => !!c.decision && dateOf(e) >= c.decision.date && dateOf(e) <= today(e),
};

export const orderCarriedOut: Guard = {
  name: "orderCarriedOut",
  explain: "限期拆除决定尚未执行：当事人自行拆除或依法强制拆除后方可结案",
  basis: QZ("四十四"),
  test: (c) => !orderOutstanding(c) || !inForce(c),
};
