/**
 * Guards of 调查取证: the full-process record (118 §7–8), 先行登记保存 (APL 56), the investigation record.
 */
import type { ProcedureEvent } from "../../engine/types";
import { ACT_KINDS, type ActKind } from "../context";
import { APL, G118, type Guard, certified, dateOf, payload, today } from "./common";
import { twoOfficers } from "./registration";

export const actKind = (e: ProcedureEvent) => e.payload.kind as ActKind | undefined;

/** Investigative acts need two certified officers present; other acts one certified officer. */
export const actHasTwoOfficers: Guard = {
  ...twoOfficers,
  name: "actHasTwoOfficers",
  explain: "现场检查、询问、调查取证、先行登记保存、查封扣押、强制拆除须由两名以上执法人员实施",
  test: (c, e) => !ACT_KINDS[actKind(e) ?? "other"]?.twoOfficers || twoOfficers.test(c, e),
};

export const videoWhereRequired: Guard = {
  name: "videoWhereRequired",
  explain: "查封扣押、强制拆除以及在执法办案场所实施的执法活动须全程音像记录：请附上录像文件",
  basis: G118("八"),
  needsPayload: true,
  test: (_c, e) => {
    const p = payload<{ kind?: ActKind; inCaseRoom?: boolean; files?: { mime: string }[] }>(e);
    const required = (p.kind && ACT_KINDS[p.kind]?.video) || p.inCaseRoom;
    return !required || (p.files ?? []).some((f) => f.mime.startsWith("video/"));
  },
};

/** 查封扣押 and 强制拆除 are coercive measures with their own steps, not entries typed into the record. */
export const coerciveActsByTheirOwnSteps: Guard = {
  name: "coerciveActsByTheirOwnSteps",
  explain: "查封、扣押须经负责人批准并制作决定书和清单，强制拆除须经催告、强制执行决定和公告：请通过“实施查封、扣押”或“实施强制拆除”办理，不能作为一般执法活动记录",
  basis: "《中华人民共和国行政强制法》第十八条、第二十四条、第三十五条至第三十八条、第四十四条",
  needsPayload: true,
  test: (_c, e) => !["seizure", "demolition"].includes(String(e.payload.kind ?? "")),
};

export const actTimeNotFuture: Guard = {
  name: "actTimeNotFuture",
  explain: "执法活动的开始和结束时间不能晚于记录时间",
  basis: G118("七") + "（全过程记录应真实）",
  needsPayload: true,
  test: (_c, e) => String(e.payload.endTime || e.payload.time || "") <= new Date(new Date(e.at).getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16),
};

export const correctionPointsAtEntry: Guard = {
  name: "correctionPointsAtEntry",
  explain: "更正须指向本案已有的一条记录，并写明更正理由；原记录保留不变",
  basis: G118("九") + "（记录不得篡改、删除）",
  needsPayload: true,
  test: (c, e) => {
    const p = payload<{ corrects?: number | null; correctionReason?: string }>(e);
    return p.corrects == null || (c.record.some((r) => r.seq === p.corrects) && !!p.correctionReason?.trim());
  },
};

export const preservationListsItems: Guard = {
  name: "preservationListsItems",
  explain: "先行登记保存须开列登记保存物品清单",
  basis: APL("五十六"),
  needsPayload: true,
  test: (_c, e) => actKind(e) !== "preservation" || String(e.payload.items ?? "").trim().length > 0,
};

export const preservationPending: Guard = {
  name: "preservationPending",
  explain: "没有待处理的先行登记保存；处理决定日期不能早于登记保存日期或晚于今天",
  basis: APL("五十六"),
  needsPayload: true,
  test: (c, e) => {
    const p = c.preservations.find((x) => x.entry === Number(e.payload.entry));
    return !!p && !p.handled && dateOf(e, "on") >= p.on && dateOf(e, "on") <= today(e);
  },
};

export const preservationsHandled: Guard = {
  name: "preservationsHandled",
  explain: "先行登记保存的证据须在七个工作日内作出处理决定；尚有未处理的登记保存",
  basis: APL("五十六"),
  test: (c) => c.preservations.every((p) => p.handled),
};

export const hasInvestigationRecord: Guard = {
  name: "hasInvestigationRecord",
  metBy: ["RECORD_ACT"],
  explain: "调查终结前须至少有一份现场检查、询问或调查取证记录（笔录）",
  basis: APL("五十五"),
  test: (c) => c.record.some((r) => ["inspection", "inquiry", "evidence"].includes(r.kind)),
};

export const preservationApproved: Guard = {
  name: "preservationApproved",
  explain: "先行登记保存须经行政机关负责人批准：请选择批准的负责人",
  basis: APL("五十六"),
  needsPayload: true,
  test: (_c, e) => e.payload.kind !== "preservation" || ((e.payload.approver as { roles?: string[] } | undefined)?.roles ?? []).includes("street_leader"),
};
