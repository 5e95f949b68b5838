/**
 * Guards of 公示 and its withdrawal (APL 48; 118 §6).
 */
import { personalDataIn } from "../publication";
import { APL, G118, type Guard, dateOf, today } from "./common";

export const notPublished: Guard = {
  name: "notPublished",
  explain: "决定已公示，或决定已被撤销、变更、确认违法（不再公示）",
  basis: APL("四十八"),
  // A text withdrawn because it disclosed personal data is published again, corrected.
  test: (c) => c.decision !== null && c.revocation === null && (c.publication === null || (c.publication.status === "withdrawn" && c.publication.withdrawCause === "privacy")),
};

export const publicTextRedacted: Guard = {
  name: "publicTextRedacted",
  explain: "公示文本含有未隐去的个人信息（自然人姓名、身份证号码、电话号码或住址）；请使用系统生成的隐名文本或自行隐去",
  basis: G118("二") + "（依法保护个人信息）",
  needsPayload: true,
  test: (c, e) => personalDataIn(String(e.payload.text ?? ""), c).length === 0,
};

export const revocationNotRecorded: Guard = {
  name: "revocationNotRecorded",
  explain: "已记录决定被撤销、变更或确认违法",
  basis: APL("四十八"),
  test: (c) => c.revocation === null,
};

export const withdrawable: Guard = {
  name: "withdrawable",
  explain: "只有公示中的决定才能撤回",
  basis: APL("四十八") + "第二款",
  test: (c) => c.publication?.status === "published",
};

export const withdrawCauseRecorded: Guard = {
  name: "withdrawCauseRecorded",
  explain: "以决定被撤销、变更或确认违法为由撤回的，须先记录该情形",
  basis: APL("四十八") + "第二款",
  needsPayload: true,
  test: (c, e) => e.payload.cause === "privacy" || c.revocation !== null,
};

export const revocationAfterDecision: Guard = {
  name: "revocationAfterDecision",
  explain: "撤销、变更或确认违法的日期不能早于决定日期，也不能晚于今天",
  basis: APL("四十八"),
  needsPayload: true,
  test: (c, e) => !!c.decision && dateOf(e) >= c.decision.date && dateOf(e) <= today(e),
};
