/**
 * Guards of 法制审核 (APL 58; 118 §11–13).
 */
import { currentSanction, majorReasons } from "../catalogue";
import { APL, G118, type Guard, type Person, investigators, sanctionOf, standingApproval } from "./common";

export const correctionsAfterProblems: Guard = {
  name: "correctionsAfterProblems",
  explain: "上一轮法制审核认为存在问题的，重新送审时须写明整改情况",
  basis: G118("十三"),
  needsPayload: true,
  test: (c, e) => c.legalReviews.at(-1)?.result?.outcome !== "problems" || String(e.payload.corrections ?? "").trim().length > 0,
};

export const notYetApproved: Guard = {
  name: "notYetApproved",
  explain: "法制审核已经同意本案拟作出的决定，无需再次送审",
  basis: G118("十三"),
  test: (c) => standingApproval(c) === null,
};

export const reviewerQualified: Guard = {
  name: "reviewerQualified",
  explain: "初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格；您的账户未登记法律职业资格",
  basis: APL("五十八") + "第二款",
  needsPayload: true,
  test: (_c, e) => !!(e.payload.reviewer as Person | undefined)?.qualificationNo,
};

export const reviewerNotInvestigator: Guard = {
  name: "reviewerNotInvestigator",
  explain: "法制审核人员不得是本案调查人员（审查与调查分离）",
  basis: APL("五十四") + "至第五十七条；" + APL("五十八"),
  test: (c, e) => !investigators(c).has(e.actor.id),
};

/** "未经法制审核或者审核未通过的,不得作出决定": the decision of a major case waits for an approving review. */
export const majorReviewApproved: Guard = {
  name: "majorReviewApproved",
  metBy: ["SUBMIT_LEGAL_REVIEW", "LEGAL_REVIEW"],
  explain: "本案属于重大执法决定，未经法制审核或者审核未通过的，不得作出决定",
  basis: APL("五十八") + "；" + G118("十二") + "、第十三条",
  test: (c, e) => {
    const s = sanctionOf(e);
    const reasons = majorReasons(s ? { ...c, decision: { ...s, number: "", date: "", decidedBy: e.actor, socialImpact: false, at: e.at } } : c);
    return reasons.length === 0 || standingApproval(c, s ?? currentSanction(c)) !== null;
  },
};
