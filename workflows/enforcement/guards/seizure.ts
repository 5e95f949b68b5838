/**
 * Guards of 查封、扣押 (行政强制法 18, 19, 24, 25, 27, 28).
 */
import { EMERGENCY_APPROVAL_HOURS, seizureOf, seizuresOf } from "../coercion/seizure";
import { type Guard, type Person, dateOf, today } from "./common";

const QZ = (n: string) => `《中华人民共和国行政强制法》第${n}条`;
const instant = (local: string) => Date.parse(`${local}:00+08:00`);

export const seizureApproved: Guard = {
  name: "seizureApproved",
  explain: "实施查封、扣押前须向行政机关负责人报告并经批准（请选择批准的负责人和批准时间）；情况紧急需要当场实施的，须写明紧急情况，并在二十四小时内补办批准手续",
  basis: QZ("十八") + "第一项、第十九条",
  needsPayload: true,
  test: (_c, e) => {
    if (e.payload.approval === "emergency") return String(e.payload.emergencyReason ?? "").trim().length > 0;
    const approver = e.payload.approver as Person | undefined;
    const at = String(e.payload.approvedAt ?? "");
    return (approver?.roles ?? []).includes("street_leader") && !!at && at <= String(e.payload.time ?? "");
  },
};

export const seizurePartyHeard: Guard = {
  name: "seizurePartyHeard",
  explain: "当事人到场的，应当听取其陈述和申辩；当事人不到场的，应当邀请见证人到场，由见证人和执法人员在现场笔录上签名或者盖章",
  basis: QZ("十八") + "第六项至第九项",
  needsPayload: true,
  test: (_c, e) => e.payload.partyPresent === "yes" || String(e.payload.witness ?? "").trim().length > 0,
};

export const seizureAwaitsApproval: Guard = {
  name: "seizureAwaitsApproval",
  explain: "所选查封、扣押不是待补办批准的紧急措施（已批准、已不予批准或已处理）",
  basis: QZ("十九"),
  needsPayload: true,
  test: (c, e) => { const s = seizureOf(c, e.payload.n); return !!s && !!s.emergency && !s.approval && !s.rejected && !s.ended; },
};

export const approvalWithin24Hours: Guard = {
  name: "approvalWithin24Hours",
  explain: "情况紧急当场实施的，应当在二十四小时内补办批准手续；已超过二十四小时，应当不予批准并立即解除",
  basis: QZ("十九"),
  needsPayload: true,
  test: (c, e) => {
    const s = seizureOf(c, e.payload.n);
    return e.payload.decision === "reject" || (!!s && Date.parse(e.at) <= instant(s.time) + EMERGENCY_APPROVAL_HOURS * 3600_000);
  },
};

export const seizureOpen: Guard = {
  name: "seizureOpen",
  explain: "所选查封、扣押未经批准、已不予批准或已作出处理决定",
  basis: QZ("二十五"),
  needsPayload: true,
  test: (c, e) => { const s = seizureOf(c, e.payload.n); return !!s && !!s.approval && !s.rejected && !s.ended; },
};

export const seizureNotExtended: Guard = {
  name: "seizureNotExtended",
  explain: "查封、扣押期限已经延长过一次；延长期限不得超过三十日",
  basis: QZ("二十五"),
  needsPayload: true,
  test: (c, e) => !seizureOf(c, e.payload.n)?.extension,
};

export const extensionWithinPeriod: Guard = {
  name: "extensionWithinPeriod",
  explain: "应当在查封、扣押期限届满前决定延长并书面告知当事人；期限已届满的，应当解除",
  basis: QZ("二十五") + "、第二十八条",
  needsPayload: true,
  test: (_c, e) => !!e.payload.due && today(e) <= String(e.payload.due) && dateOf(e, "notifiedOn") <= String(e.payload.due) && dateOf(e, "notifiedOn") <= today(e),
};

export const seizureToEnd: Guard = {
  name: "seizureToEnd",
  explain: "所选查封、扣押已作出处理决定；处理决定日期不能早于查封、扣押之日，也不能晚于今天",
  basis: QZ("二十七"),
  needsPayload: true,
  test: (c, e) => { const s = seizureOf(c, e.payload.n); return !!s && !s.ended && dateOf(e) >= s.time.slice(0, 10) && dateOf(e) <= today(e); },
};

export const rejectedSeizureReleased: Guard = {
  name: "rejectedSeizureReleased",
  explain: "负责人认为不应当采取查封、扣押的，应当立即解除：处理决定只能是解除",
  basis: QZ("十九"),
  needsPayload: true,
  test: (c, e) => !seizureOf(c, e.payload.n)?.rejected || e.payload.outcome === "release",
};

export const seizuresEnded: Guard = {
  name: "seizuresEnded",
  explain: "尚有查封、扣押未作出没收、销毁或者解除的处理决定",
  basis: QZ("二十七") + "、第二十八条",
  test: (c) => seizuresOf(c).every((s) => s.ended),
};
