/** Guards of the mediation procedure, each with its explanation and article (RULES.md §4). */
import { addDays, chinaDate } from "../calendar/calendar";
import type { GuardRule } from "../engine/types";
import type { MediationContext } from "./context";

type Guard = GuardRule<MediationContext>;
const PML = (n: string) => `《中华人民共和国人民调解法》第${n}条`;
export const CONFIRMATION_WINDOW_DAYS = 30;

const payloadDate = (e: { payload: Record<string, unknown> }) => String(e.payload.date ?? "");
const lastSessionDate = (c: MediationContext) => c.sessions.map((s) => s.date).sort().at(-1) ?? null;

export const partiesOnBothSides: Guard = {
  name: "partiesOnBothSides",
  metBy: ["ADD_PARTY"],
  explain: "须登记申请人和被申请人双方当事人",
  basis: PML("二"),
  test: (c) => c.parties.some((p) => p.side === "applicant") && c.parties.some((p) => p.side === "respondent"),
};

export const allPartiesConsent: Guard = {
  name: "allPartiesConsent",
  metBy: ["RECORD_CONSENT"],
  explain: "须征得各方当事人同意调解；当事人一方明确拒绝调解的，不得调解",
  basis: PML("十七"),
  test: (c) => c.parties.length > 0 && c.parties.every((p) => p.consent === "given"),
};

export const riskGraded: Guard = {
  name: "riskGraded",
  metBy: ["GRADE_RISK"],
  explain: "开始调解前须完成风险研判，确定风险等级",
  basis: "枫桥经验矛盾纠纷风险研判制度（彭浦码分级）",
  test: (c) => c.risk !== null,
};

export const policeNotifiedIfRed: Guard = {
  name: "policeNotifiedIfRed",
  explain: "红色风险纠纷（可能激化为刑事案件）须先向公安机关通报",
  basis: PML("二十五"),
  test: (c) => c.risk?.grade !== "red" || c.policeNotified !== null,
};

export const mediatorAssigned: Guard = {
  name: "mediatorAssigned",
  metBy: ["ASSIGN_MEDIATOR"],
  explain: "须指定或由当事人选择至少一名人民调解员",
  basis: PML("十九"),
  test: (c) => c.mediators.length > 0,
};

export const assigneeIsMediator: Guard = {
  name: "assigneeIsMediator",
  explain: "只能指定人民调解员担任调解员",
  basis: PML("十九"),
  needsPayload: true,
  test: (_c, e) => ((e.payload.mediator as { roles?: string[] } | undefined)?.roles ?? []).includes("mediator"),
};

export const revisionHasReason: Guard = {
  name: "revisionHasReason",
  explain: "调整风险等级须说明理由",
  basis: "枫桥经验矛盾纠纷风险研判制度",
  needsPayload: true,
  test: (c, e) => c.risk === null || e.payload.grade === c.risk.grade || String(e.payload.reason ?? "").trim().length > 0,
};

export const partyExists: Guard = {
  name: "partyExists",
  explain: "所选当事人不存在",
  basis: PML("十七"),
  needsPayload: true,
  test: (c, e) => Number(e.payload.party) >= 1 && Number(e.payload.party) <= c.parties.length,
};

export const dateNotBeforeAcceptance: Guard = {
  name: "dateNotBeforeAcceptance",
  explain: "日期不能早于受理日期，也不能晚于今天",
  basis: PML("二十七") + "（调解记录须真实）",
  needsPayload: true,
  test: (c, e) => payloadDate(e) >= chinaDate(c.acceptedAt) && payloadDate(e) <= chinaDate(e.at),
};

export const hasMediationSession: Guard = {
  name: "hasMediationSession",
  explain: "尚未进行任何调解，不能达成调解协议",
  basis: PML("二十七、二十八"),
  test: (c) => c.sessions.some((s) => s.kind === "mediation"),
};

export const agreementAfterSessions: Guard = {
  name: "agreementAfterSessions",
  explain: "协议日期不能早于最后一次调解，也不能晚于今天",
  basis: PML("二十八"),
  needsPayload: true,
  test: (c, e) => payloadDate(e) >= (lastSessionDate(c) ?? "") && payloadDate(e) <= chinaDate(e.at),
};

export const agreementInForce: Guard = {
  name: "agreementInForce",
  explain: "调解协议尚未生效",
  basis: PML("二十九、三十"),
  test: (c) => c.agreement?.effectiveOn != null,
};

export const withinConfirmationWindow: Guard = {
  name: "withinConfirmationWindow",
  explain: `司法确认须自调解协议生效之日起${CONFIRMATION_WINDOW_DAYS}日内由双方共同向人民法院申请`,
  basis: PML("三十三") + "；《中华人民共和国民事诉讼法》第二百零五条",
  needsPayload: true,
  test: (c, e) =>
    !!c.agreement?.effectiveOn &&
    payloadDate(e) >= c.agreement.effectiveOn &&
    payloadDate(e) <= String(e.payload.windowDue ?? c.agreement.confirmationDue ?? addDays(c.agreement.effectiveOn, CONFIRMATION_WINDOW_DAYS)) &&
    payloadDate(e) <= chinaDate(e.at),
};

export const confirmationNotYetApplied: Guard = {
  name: "confirmationNotYetApplied",
  explain: "已申请过司法确认；被驳回的，应重新调解或告知当事人向人民法院起诉",
  basis: PML("三十三") + "；《中华人民共和国民事诉讼法》第二百零六条",
  test: (c) => c.confirmation === null,
};

export const signedOnValid: Guard = {
  name: "signedOnValid",
  explain: "签字盖章日期不能早于协议达成日期，也不能晚于今天",
  basis: PML("二十九"),
  needsPayload: true,
  test: (c, e) => !!c.agreement && String(e.payload.signedOn ?? "") >= c.agreement.date && String(e.payload.signedOn ?? "") <= chinaDate(e.at),
};

export const rulingAfterApplication: Guard = {
  name: "rulingAfterApplication",
  explain: "裁定日期不能早于申请日期，也不能晚于今天",
  basis: "《中华人民共和国民事诉讼法》第二百零六条",
  needsPayload: true,
  test: (c, e) => !!c.confirmation && payloadDate(e) >= c.confirmation.appliedAt && payloadDate(e) <= chinaDate(e.at),
};

export const confirmationAwaitingRuling: Guard = {
  name: "confirmationAwaitingRuling",
  explain: "尚未申请司法确认，或法院已作出裁定",
  basis: "《中华人民共和国民事诉讼法》第二百零六条",
  test: (c) => c.confirmation !== null && c.confirmation.ruling === null,
};

export const followUpAfterAgreement: Guard = {
  name: "followUpAfterAgreement",
  explain: "回访日期不能早于协议达成日期，也不能晚于今天",
  basis: PML("三十一"),
  needsPayload: true,
  test: (c, e) => !!c.agreement && payloadDate(e) >= c.agreement.date && payloadDate(e) <= chinaDate(e.at),
};

export const hasFollowUp: Guard = {
  name: "hasFollowUp",
  explain: "结案前须至少回访一次，了解协议履行情况",
  basis: PML("三十一"),
  test: (c) => c.followUps.length > 0,
};

export const canEscalate: Guard = {
  name: "canEscalate",
  explain: "已在区级调解，不能再上移",
  basis: "小事不出村（社区）、大事不出镇（街道）、矛盾不上交",
  test: (c) => c.level !== "district",
};

export const canDelegate: Guard = {
  name: "canDelegate",
  explain: "居委会一级不能再下交",
  basis: "小事不出村（社区）、大事不出镇（街道）、矛盾不上交",
  test: (c) => c.level !== "committee",
};

export const notExtendedYet: Guard = {
  name: "notExtendedYet",
  explain: "调解期限已延长过一次",
  basis: "《人民调解工作若干规定》第三十三条",
  test: (c) => c.extension === null,
};


const PMR = (n: string) => `《人民调解工作若干规定》（司法部令第75号）第${n}条`;
const CONFIRMATION_RULES = "《最高人民法院关于人民调解协议司法确认程序的若干规定》（法释〔2011〕5号）";
/** Words that give an agreement civil rights and duties: money, payment, performance. */
const OBLIGATION = /\d+(\.\d+)?\s*(万)?元|赔偿|补偿|支付|给付|偿还|归还|退还|返还|交付|搬离|拆除|修复|维修|承担.*费/;

/** An agreement with civil rights and duties, or one a party wants written, is written (PMR 34; PML 28). */
export const oralOnlyWithoutObligations: Guard = {
  name: "oralOnlyWithoutObligations",
  explain: "调解协议有民事权利义务内容（如赔偿、付款、履行某项义务）的，或者当事人要求制作书面调解协议的，应当制作书面调解协议，不能采取口头协议方式",
  basis: PMR("三十四") + "；" + PML("二十八"),
  needsPayload: true,
  test: (_c, e) => e.payload.obligations !== "yes" && e.payload.writingRequested !== "yes" && !OBLIGATION.test(`${e.payload.terms ?? ""}${e.payload.performance ?? ""}`),
};

/** Only a written agreement goes to the court, which takes the agreement itself (法释〔2011〕5号 art. 3). */
export const writtenForConfirmation: Guard = {
  name: "writtenForConfirmation",
  explain: "申请司法确认须向人民法院提交调解协议；口头协议不能申请司法确认，需要确认的应制作书面调解协议",
  basis: CONFIRMATION_RULES + "第三条；" + PML("三十三"),
  test: (c) => c.agreement?.kind === "written",
};

/** The application is joint: every party's consent to apply is recorded (民事诉讼法 205; 法释〔2011〕5号 art. 1). */
export const jointApplication: Guard = {
  name: "jointApplication",
  explain: "司法确认须由双方当事人共同申请：请逐一记录全部当事人同意共同申请",
  basis: "《中华人民共和国民事诉讼法》第二百零五条；" + CONFIRMATION_RULES + "第一条",
  needsPayload: true,
  test: (c, e) => {
    const named = new Set(((e.payload.applicants as string[] | undefined) ?? []).map((n) => n.trim()));
    return c.parties.length > 0 && c.parties.every((p) => named.has(p.name));
  },
};

/** 民转刑 risk: violence or threats of revenge, whatever the grade, or a red grade (PML 25). */
export const criminalRisk = (c: MediationContext) => c.risk?.grade === "red" || (c.risk?.factors ?? []).includes("violence");

export const policeNotifiedForRisk: Guard = {
  name: "policeNotifiedForRisk",
  metBy: ["NOTIFY_POLICE"],
  explain: "纠纷有暴力倾向或扬言报复（民转刑风险），或研判为红色风险的，须先向公安机关报告并记录已采取的预防措施，方可继续调解",
  basis: PML("二十五"),
  test: (c) => !criminalRisk(c) || c.policeNotified !== null,
};

export const ALL_GUARDS: readonly Guard[] = [
  partiesOnBothSides, allPartiesConsent, riskGraded, policeNotifiedIfRed, mediatorAssigned,
  assigneeIsMediator, revisionHasReason, partyExists, dateNotBeforeAcceptance, hasMediationSession, agreementAfterSessions,
  agreementInForce, withinConfirmationWindow, confirmationNotYetApplied, confirmationAwaitingRuling, signedOnValid, rulingAfterApplication,
  followUpAfterAgreement, hasFollowUp, canEscalate, canDelegate, notExtendedYet,
  oralOnlyWithoutObligations, writtenForConfirmation, jointApplication, policeNotifiedForRisk,
];
