/** Guards of the legal-opinion procedure, each with its explanation and basis (RULES.md §5). */
import type { GuardRule } from "../engine/types";
import type { LegalOpinionContext } from "./context";

type Guard = GuardRule<LegalOpinionContext>;
const ADVISER_BASIS = "中办发〔2016〕30号《关于推行法律顾问制度和公职律师公司律师制度的意见》";

/** The assignee must be a legal adviser or public-sector lawyer (法律顾问/公职律师). */
export const assigneeIsAdviser: Guard = {
  name: "assigneeIsAdviser",
  explain: "指派的承办人须为法律顾问或公职律师",
  basis: ADVISER_BASIS,
  needsPayload: true,
  test: (_c, e) => ((e.payload.assignee as { roles?: string[] } | undefined)?.roles ?? []).includes("legal_adviser"),
};

/** The assignee must belong to the office that handles the case. */
export const assigneeInOffice: Guard = {
  name: "assigneeInOffice",
  explain: "承办人须为本街道（本所）法律顾问名册中的人员",
  basis: "RULES.md §5：各所建立法律顾问名册",
  needsPayload: true,
  test: (c, e) => (e.payload.assignee as { officeId?: number } | undefined)?.officeId === c.officeId,
};

/** A reassignment names someone other than the current assignee. */
export const assigneeChanges: Guard = {
  name: "assigneeChanges",
  explain: "改派的承办人须不同于现承办人",
  basis: `所长指派承办人（${ADVISER_BASIS}）`,
  needsPayload: true,
  test: (c, e) => (e.payload.assignee as { id?: number } | undefined)?.id !== c.assignee?.id,
};

/** Only the assigned adviser drafts the opinion. */
export const actorIsAssignee: Guard = {
  name: "actorIsAssignee",
  explain: "只有被指派的法律顾问/公职律师可以起草本意见书",
  basis: `所长指派承办人（${ADVISER_BASIS}）`,
  test: (c, e) => c.assignee !== null && c.assignee.id === e.actor.id,
};

/** The reviewer is not the drafter: review and drafting stay separate. */
export const reviewerIsNotDrafter: Guard = {
  name: "reviewerIsNotDrafter",
  explain: "审核人不能是起草人本人（起草与审核分离）",
  basis: "《重大行政决策程序暂行条例》第二十八条精神；RULES.md §5",
  test: (c, e) => c.assignee === null || c.assignee.id !== e.actor.id,
};

/** A draft must exist and cite at least one article before it is reviewed or issued. */
export const draftCitesArticles: Guard = {
  name: "draftCitesArticles",
  explain: "意见书须有起草稿并引用具体法律条款",
  basis: "RULES.md §5：法律意见须引用具体条款",
  test: (c) => (c.draft?.bases.length ?? 0) > 0,
};

/** The last review round approved the opinion. */
export const lastReviewApproved: Guard = {
  name: "lastReviewApproved",
  explain: "意见书须经司法所所长审核同意后方可出具",
  basis: "中办发〔2016〕30号；《重大行政决策程序暂行条例》第二十八条",
  test: (c) => c.reviews.at(-1)?.decision === "approved",
};

/** Withdrawal by the requester or the director only. */
export const actorMayWithdraw: Guard = {
  name: "actorMayWithdraw",
  explain: "只有申请人或司法所所长可以撤回申请",
  basis: "申请人处分权",
  test: (c, e) => c.requestedBy.id === e.actor.id || e.actor.roles.includes("judicial_director"),
};

export const ALL_GUARDS: readonly Guard[] = [
  assigneeIsAdviser,
  assigneeInOffice,
  assigneeChanges,
  actorIsAssignee,
  reviewerIsNotDrafter,
  draftCitesArticles,
  lastReviewApproved,
  actorMayWithdraw,
];
