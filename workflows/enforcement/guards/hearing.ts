/**
 * Guards of 事先告知, 陈述申辩 and 听证 (APL 44–45, 63–65).
 */
import { heavierThan } from "../catalogue";
import { APL, G118, type Guard, type Person, announced, dateOf, investigators, sanctionOf, today } from "./common";

export const noticeBeforePenalty: Guard = {
  name: "noticeBeforePenalty",
  metBy: ["SEND_NOTICE"],
  explain: "作出行政处罚决定前，须告知当事人拟处罚的事实、理由、依据及陈述、申辩、听证的权利；本案未经事先告知",
  basis: APL("四十四") + "、第六十二条",
  needsPayload: true,
  test: (c, e) => sanctionOf(e)?.kind !== "penalty" || c.notice !== null,
};

export const notHeavierThanNotice: Guard = {
  name: "notHeavierThanNotice",
  explain: "不得因当事人陈述、申辩而给予更重的处罚：处罚不能重于事先告知或复核后的内容（确需加重的，应退回调查并重新告知）",
  basis: APL("四十五"),
  needsPayload: true,
  test: (c, e) => {
    const base = announced(c);
    const s = sanctionOf(e) ?? (e.payload.revisedFine !== undefined && e.payload.revisedFine !== "" && base ? { ...base, fine: Number(e.payload.revisedFine) } : null);
    return !s || !base || !heavierThan(s, base);
  },
};

export const hearingRight: Guard = {
  name: "hearingRight",
  explain: "拟作出的处罚不属于应当告知听证权利的情形（较大数额罚款、没收较大数额违法所得、吊销许可证件、责令停产停业等）",
  basis: APL("六十三"),
  test: (c) => !!c.notice?.hearingRight,
};

export const withinHearingRequestWindow: Guard = {
  name: "withinHearingRequestWindow",
  explain: "当事人应在告知后五个工作日内提出听证要求；申请日期不在此期间内",
  basis: APL("六十四") + "第一项、第八十五条",
  needsPayload: true,
  test: (c, e) => !!c.notice && dateOf(e) >= c.notice.servedOn && dateOf(e) <= String(e.payload.windowDue ?? "") && dateOf(e) <= today(e),
};

export const hearingNoticeSevenDays: Guard = {
  name: "hearingNoticeSevenDays",
  explain: "应当在举行听证的七个工作日前通知当事人听证的时间、地点；听证日期距通知送达不足七个工作日",
  basis: APL("六十四") + "第二项",
  needsPayload: true,
  test: (c, e) => {
    const served = dateOf(e, "noticeServedOn");
    return !!c.hearing && served >= c.hearing.requestedOn && served <= today(e) && !!e.payload.earliest && dateOf(e) >= String(e.payload.earliest);
  },
};

export const chairNotInvestigator: Guard = {
  name: "chairNotInvestigator",
  explain: "听证由行政机关指定的非本案调查人员主持；所选主持人参与了本案调查",
  basis: APL("六十四") + "第四项",
  needsPayload: true,
  test: (c, e) => !investigators(c).has(Number((e.payload.chair as Person | undefined)?.id)),
};

export const hearingHeldOnOrAfterSchedule: Guard = {
  name: "hearingHeldOnOrAfterSchedule",
  explain: "听证举行日期不能早于通知的听证日期，也不能晚于今天",
  basis: APL("六十四"),
  needsPayload: true,
  test: (c, e) => !!c.hearing?.scheduled && dateOf(e) >= c.hearing.scheduled.date && dateOf(e) <= today(e),
};

export const hearingScheduled: Guard = {
  name: "hearingScheduled",
  metBy: ["SCHEDULE_HEARING"],
  explain: "尚未通知听证时间、地点",
  basis: APL("六十四"),
  test: (c) => !!c.hearing?.scheduled,
};

/** The window to state, defend and ask for a hearing is over, or the party gave it up in writing. */
export const representationsClosed: Guard = {
  name: "representationsClosed",
  explain: "当事人陈述、申辩（及要求听证）的期间尚未届满，且未书面放弃；应听取当事人意见后再作决定",
  basis: APL("四十五") + "、第六十二条、第六十四条",
  needsPayload: true,
  test: (c, e) => c.waiver !== null || today(e) > String(e.payload.windowDue ?? "9999-12-31") || (!c.notice?.hearingRight && c.representations.length > 0),
};

export const dateNotFuture: Guard = {
  name: "dateNotFuture",
  explain: "日期不能晚于今天",
  basis: G118("七") + "（全过程记录应真实）",
  needsPayload: true,
  test: (_c, e) => dateOf(e) <= today(e),
};
