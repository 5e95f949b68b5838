/**
 * Guards of the legality review, each with its explanation and basis. A street office applies
 * 《重大行政决策程序暂行条例》(国务院令第713号) arts. 25–28 by reference (参照, art. 42) to the
 * drafts it reviews: the draft and its materials are sent (art. 26), the review is done by the
 * office responsible with a 法律顾问/公职律师 (art. 28), and it is not replaced by comments (art. 25).
 */
import type { GuardRule } from "../engine/types";
import type { NormativeReviewContext } from "./context";

type Guard = GuardRule<NormativeReviewContext>;
const MATERIALS = "参照《重大行政决策程序暂行条例》第二十六条第一款（送请合法性审查，应当提供草案及相关材料）";
const ADVISERS = "参照《重大行政决策程序暂行条例》第二十八条（审查过程中应当组织法律顾问、公职律师提出法律意见）";

/** Nothing is reviewed before the draft itself has been handed in. */
export const draftSubmitted: Guard = {
  name: "draftSubmitted",
  explain: "尚未提交送审稿：须先上传并提交送审的文件或合同文本",
  basis: MATERIALS,
  test: (c) => c.draft !== null,
};

/** The reviewer is a 法律顾问 or 公职律师. */
export const reviewerIsAdviser: Guard = {
  name: "reviewerIsAdviser",
  explain: "审查人须为法律顾问或公职律师",
  basis: ADVISERS,
  needsPayload: true,
  test: (_c, e) => ((e.payload.reviewer as { roles?: string[] } | undefined)?.roles ?? []).includes("legal_adviser"),
};

/** … on this street's roster. */
export const reviewerInOffice: Guard = {
  name: "reviewerInOffice",
  explain: "审查人须为本街道（本所）法律顾问名册中的人员",
  basis: ADVISERS,
  needsPayload: true,
  test: (c, e) => (e.payload.reviewer as { officeId?: number } | undefined)?.officeId === c.officeId,
};

/** Only the assigned reviewer gives the opinion. */
export const actorIsReviewer: Guard = {
  name: "actorIsReviewer",
  explain: "只有被指派的审查人可以提交审查意见",
  basis: ADVISERS,
  test: (c, e) => c.reviewer !== null && c.reviewer.id === e.actor.id,
};

/** 补正 is asked by the reviewer or the head of the 司法所. */
export const actorMayAskCorrection: Guard = {
  name: "actorMayAskCorrection",
  explain: "只有审查人或司法所所长可以通知补正材料",
  basis: "参照《重大行政决策程序暂行条例》第二十六条第一款（材料不符合要求的，可以退回或者要求补充）",
  test: (c, e) => c.reviewer?.id === e.actor.id || e.actor.roles.includes("judicial_director"),
};

/** Review and sign-off stay in different hands. */
export const signerIsNotReviewer: Guard = {
  name: "signerIsNotReviewer",
  explain: "签发人不能是审查人本人（审查与签发分离）",
  basis: "参照《重大行政决策程序暂行条例》第二十八条（负责合法性审查的部门对审查意见负责）",
  test: (c, e) => c.reviewer === null || c.reviewer.id !== e.actor.id,
};

/** An opinion exists before it is signed off or issued. */
export const opinionGiven: Guard = {
  name: "opinionGiven",
  explain: "尚无审查意见",
  basis: "参照《重大行政决策程序暂行条例》第二十八条",
  test: (c) => c.opinion !== null,
};

/** The last sign-off approved the opinion. */
export const lastSignOffApproved: Guard = {
  name: "lastSignOffApproved",
  explain: "审查意见须经司法所所长签发后方可出具",
  basis: "参照《重大行政决策程序暂行条例》第二十八条（负责合法性审查的部门对审查意见负责）",
  test: (c) => c.signOffs.at(-1)?.decision === "approved",
};

/** Withdrawal by whoever registered the request, or by the head. */
export const actorMayWithdraw: Guard = {
  name: "actorMayWithdraw",
  explain: "只有送审登记人或司法所所长可以撤回送审",
  basis: "送审单位处分权",
  test: (c, e) => c.requestedBy.id === e.actor.id || e.actor.roles.includes("judicial_director"),
};

export const ALL_GUARDS: readonly Guard[] = [
  draftSubmitted,
  reviewerIsAdviser,
  reviewerInOffice,
  actorIsReviewer,
  actorMayAskCorrection,
  signerIsNotReviewer,
  opinionGiven,
  lastSignOffApproved,
  actorMayWithdraw,
];
