/**
 * Guards of a major decision, each citing the article of 《重大行政决策程序暂行条例》(国务院令第713号)
 * it rests on; a street office applies the regulation by reference (参照, art. 42).
 */
import { addDays, chinaDate } from "../calendar/calendar";
import type { GuardRule } from "../engine/types";
import { chairIsHead as chairHead, chairSpeaksLast as chairLast, quorum as meetingQuorum } from "../meeting";
import { currentDraft, latest, skipped, type MajorDecisionContext, type Opinion, type OptionalStep } from "./context";

type Guard = GuardRule<MajorDecisionContext>;
const art = (n: string, what: string) => `参照《重大行政决策程序暂行条例》第${n}条（${what}）、第四十二条`;
const payload = <T>(e: { payload: Record<string, unknown> }) => e.payload as T;
const isHead = (roles: readonly string[]) => roles.includes("street_leader") || roles.includes("judicial_director");

/** 公众参与: at least 30 days, counted on the calendar; a shorter call states why when it is published. */
export const callLongEnough: Guard = {
  name: "callLongEnough",
  explain: "征求意见期限一般不少于30日：截止日期早于法定最短期限的，须在公告中说明缩短期限的理由",
  basis: art("十五", "公开征求意见的期限一般不少于30日；因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明"),
  needsPayload: true,
  test: (_c, e) => {
    const p = payload<{ opensOn?: string; closesOn?: string; minimumEnd?: string; shortReason?: string }>(e);
    return !p.closesOn || !p.minimumEnd || p.closesOn >= p.minimumEnd || !!p.shortReason?.trim();
  },
};

export const callDatesInOrder: Guard = {
  name: "callDatesInOrder",
  explain: "征求意见截止日期应晚于开始日期，开始日期不能早于公告之日",
  basis: art("十五", "公布决策草案及其说明，明确提出意见的方式和期限"),
  needsPayload: true,
  test: (_c, e) => {
    const p = payload<{ opensOn?: string; closesOn?: string }>(e);
    return !p.opensOn || !p.closesOn || (p.closesOn > p.opensOn && p.opensOn >= chinaDate(e.at));
  },
};

/** Comments are considered only once the call has run its course, and each one is answered. */
export const callEnded: Guard = {
  name: "callEnded",
  explain: "征求意见期限尚未届满，不能结束公众参与",
  basis: art("十五", "公开征求意见的期限"),
  test: (c, e) => !!c.call && chinaDate(e.at) > c.call.closesOn,
};

export const allCommentsDisposed: Guard = {
  name: "allCommentsDisposed",
  explain: "尚有公众意见未作处理：每条意见须注明采纳、部分采纳或不采纳及理由",
  basis: art("十八", "对社会各方面提出的意见归纳整理、研究论证，充分采纳合理意见"),
  needsPayload: true,
  test: (c, e) => {
    const ids = payload<{ receivedIds?: number[] }>(e).receivedIds;
    return !ids || ids.every((id) => c.comments.some((x) => x.id === id));
  },
};

export const commentNotDisposed: Guard = {
  name: "commentNotDisposed",
  explain: "该条公众意见已作处理，或不是本决策收到的意见",
  basis: art("十八", "对社会各方面提出的意见归纳整理、研究论证"),
  needsPayload: true,
  test: (c, e) => {
    const p = payload<{ comment?: number; received?: { id: number } }>(e);
    return !!p.received && p.received.id === Number(p.comment) && !c.comments.some((x) => x.id === Number(p.comment));
  },
};

/** A step planned in the catalogue is taken, or marked 不适用 with its reason, before the procedure moves on. */
const stepSettled = (step: OptionalStep, done: (c: MajorDecisionContext) => boolean, name: string, what: string, basis: string): Guard => ({
  name,
  explain: `${what}：须完成，或标注“不适用”并写明理由`,
  basis,
  test: (c) => done(c) || !!skipped(c, step),
});
export const hearingSettled = stepSettled("hearing", (c) => c.hearing !== null, "hearingSettled", "听证会", art("十六", "决策事项直接涉及公民、法人、其他组织切身利益或者存在较大分歧的，可以召开听证会"));
export const expertiseSettled = stepSettled("expert", (c) => c.experts.length > 0, "expertiseSettled", "专家论证", art("十九", "专业性、技术性较强的决策事项，应当组织专家、专业机构论证"));
export const riskSettled = stepSettled("risk", (c) => c.risks.length > 0, "riskSettled", "风险评估", art("二十二", "决策实施可能对社会稳定、公共安全等方面造成不利影响的，应当组织风险评估"));

export const materialsSevenDaysBefore: Guard = {
  name: "materialsSevenDaysBefore",
  explain: "听证材料应当在听证会举行7日前提供给听证参加人",
  basis: art("十七", "听证会举行7日前向听证参加人提供决策草案及有关材料"),
  needsPayload: true,
  test: (_c, e) => {
    const p = payload<{ materialsOn?: string; heldOn?: string }>(e);
    return !p.materialsOn || !p.heldOn || addDays(p.materialsOn, 7) <= p.heldOn;
  },
};

export const expertHasNoInterest: Guard = {
  name: "expertHasNoInterest",
  explain: "与决策事项有直接利害关系的专家应当回避，不得参加论证",
  basis: art("二十", "选择专家、专业机构参与论证，坚持专业性、代表性和中立性，不得选择与决策事项有直接利害关系的专家、专业机构"),
  needsPayload: true,
  test: (_c, e) => payload<{ interest?: string }>(e).interest !== "yes",
};

export const riskControllable: Guard = {
  name: "riskControllable",
  explain: "风险评估认为风险不可控：须调整决策草案并重新评估，或者终止决策",
  basis: art("二十四", "风险评估结果作为决策的重要依据；风险不可控的，须采取调整决策草案等措施确保风险可控后方可决策"),
  test: (c) => latest(c.risks)?.level !== "uncontrollable",
};

export const reviewerIsAdviser: Guard = {
  name: "reviewerIsAdviser",
  explain: "合法性审查须由本街道法律顾问名册中的法律顾问或公职律师提出意见",
  basis: art("二十八", "合法性审查过程中，应当组织法律顾问、公职律师提出法律意见"),
  needsPayload: true,
  test: (c, e) => {
    const r = payload<{ reviewer?: { roles?: string[]; officeId?: number } }>(e).reviewer;
    return !!r && (r.roles ?? []).includes("legal_adviser") && r.officeId === c.officeId;
  },
};

/** At least 7 working days, unless the head records why a shorter window is needed. */
export const reviewWindowLongEnough: Guard = {
  name: "reviewWindowLongEnough",
  explain: "合法性审查时间一般不少于7个工作日：期限更短的，须由街道或司法所负责人写明理由",
  basis: art("二十六", "送请合法性审查，应当保证必要的审查时间，一般不少于7个工作日"),
  needsPayload: true,
  test: (_c, e) => {
    const p = payload<{ dueOn?: string; minimumDue?: string; shortReason?: string }>(e);
    return !p.dueOn || !p.minimumDue || p.dueOn >= p.minimumDue || (!!p.shortReason?.trim() && isHead(e.actor.roles));
  },
};

export const actorIsReviewer: Guard = {
  name: "actorIsReviewer",
  explain: "只有被送请审查的法律顾问或公职律师可以提出审查意见",
  basis: art("二十八", "组织法律顾问、公职律师提出法律意见"),
  test: (c, e) => latest(c.reviewRequests)?.reviewer.id === e.actor.id,
};

/** Not reviewed, or found unlawful: the draft may not go to the meeting. */
export const reviewedLawful: Guard = {
  name: "reviewedLawful",
  explain: "决策草案未经合法性审查或者经审查不合法，不得提交集体讨论",
  basis: art("二十五", "不得以征求意见等方式代替合法性审查；未经合法性审查或者经审查不合法的，不得提交决策机关讨论"),
  test: (c) => {
    const r = latest(c.reviews);
    const draft = latest(c.drafts);
    // The last review answers the last request, and came after the draft's last revision, or that
    // revision carries out what the review asked (修改后合法).
    return !!r && r.conclusion !== "unlawful" && r.round === c.reviewRequests.length && (!draft || r.at > draft.at || draft.perReview === r.round);
  },
};

export const quorum: Guard = meetingQuorum();

export const chairIsHead: Guard = chairHead(art("三十", "决策草案由决策机关常务会议或者全体会议讨论，行政首长最后发表意见并作出决定"));

/** The meeting discusses a reviewed draft: it is held on or after the day of the review (art. 25). */
export const meetingAfterReview: Guard = {
  name: "meetingAfterReview",
  explain: "集体讨论的会议日期不能早于合法性审查意见出具之日",
  basis: art("二十五", "决策草案提交决策机关讨论前，应当由负责合法性审查的部门进行合法性审查"),
  needsPayload: true,
  test: (c, e) => {
    const d = payload<{ date?: string }>(e).date;
    const r = latest(c.reviews);
    return !d || !r || d >= chinaDate(r.at);
  },
};

/** Once the risk has been assessed it is not 不适用: an uncontrollable finding cannot be stepped around (art. 24). */
export const noRiskAssessedYet: Guard = {
  name: "noRiskAssessedYet",
  explain: "已开展风险评估，不能再标注不适用：风险不可控的，须调整决策草案并重新评估，或者终止决策",
  basis: art("二十四", "风险不可控的，须采取调整决策草案等措施确保风险可控后方可决策"),
  test: (c) => c.risks.length === 0,
};

/** Before the meeting a draft is revised only to carry out a 修改后合法 opinion; anything else goes back to review. */
export const reviewAskedForChanges: Guard = {
  name: "reviewAskedForChanges",
  explain: "审查结论为合法的草案不能在讨论前修改：修改的，须重新送请合法性审查",
  basis: art("二十八", "决策承办单位根据合法性审查意见进行必要的调整或者补充"),
  test: (c) => latest(c.reviews)?.conclusion === "lawful_after_changes",
};

/** One hearing record: a second would overwrite the first. */
export const noHearingYet: Guard = {
  name: "noHearingYet",
  explain: "本决策已记录听证会",
  basis: art("十七", "听证会举行7日前向听证参加人提供决策草案及有关材料"),
  test: (c) => c.hearing === null,
};

/** A decision in force is not dropped: a change not pursued leaves it in force; stopping it has its own procedure. */
export const notInForce: Guard = {
  name: "notInForce",
  explain: "决策已公布施行，不能终止；停止执行须经法定程序决定",
  basis: art("三十七", "依法作出的重大行政决策，未经法定程序不得随意变更或者停止执行"),
  test: (c) => c.publication === null,
};

export const chairSpeaksLast: Guard = chairLast("会议主持人（行政首长）应当最后发表意见：发言记录的最后一行应为主持人", art("三十", "组成人员充分发表意见，行政首长最后发表意见"));

/** Against the majority: allowed, with the reason stated at the meeting. */
export const reasonIfAgainstMajority: Guard = {
  name: "reasonIfAgainstMajority",
  explain: "行政首长拟作出的决定与会议组成人员多数人的意见不一致的，应当在会上说明理由",
  basis: art("三十", "行政首长拟作出的决定与会议组成人员多数人的意见不一致的，应当在会上说明理由"),
  needsPayload: true,
  test: (_c, e) => {
    const p = payload<{ chair?: { name: string }; opinions?: Opinion[]; outcome?: string; againstMajorityReason?: string }>(e);
    if (!p.opinions || !p.chair || !p.outcome) return true;
    const others = p.opinions.filter((o) => o.name !== p.chair!.name);
    const agree = others.filter((o) => o.position === "agree").length;
    const disagree = others.length - agree;
    const against = (p.outcome === "passed" && disagree > agree) || (p.outcome === "rejected" && agree > disagree);
    return !against || !!p.againstMajorityReason?.trim();
  },
};

export const dateNotFuture: Guard = {
  name: "dateNotFuture",
  explain: "日期不能晚于今天",
  basis: "如实记录（会议、听证、公布日期应为已发生的日期）",
  needsPayload: true,
  test: (_c, e) => {
    const p = payload<{ date?: string; heldOn?: string; publishedOn?: string }>(e);
    const d = p.date ?? p.heldOn ?? p.publishedOn;
    return !d || d <= chinaDate(e.at);
  },
};

export const publishedAfterMeeting: Guard = {
  name: "publishedAfterMeeting",
  explain: "决策公布日期不能早于集体讨论决定的会议日期",
  basis: art("三十二", "及时公布重大行政决策，并说明公众意见、专家论证意见的采纳情况"),
  needsPayload: true,
  test: (c, e) => {
    const on = payload<{ publishedOn?: string }>(e).publishedOn;
    const m = latest(c.meetings);
    return !on || !m || on >= m.date;
  },
};

/** The post-evaluation is done by a unit other than the one that did the main assessment before the decision. */
export const evaluatorIndependent: Guard = {
  name: "evaluatorIndependent",
  explain: "决策后评估不得由承担主要论证评估工作的单位（本决策的承办单位）实施",
  basis: art("三十六", "开展决策后评估，可以委托专业机构、社会组织等第三方进行，决策作出前承担主要论证评估工作的单位除外"),
  needsPayload: true,
  test: (c, e) => {
    const unit = payload<{ unit?: string }>(e).unit?.trim();
    return !unit || (unit !== c.launch?.unit && unit !== c.item.unit);
  },
};

export const actorIsHead: Guard = {
  name: "actorIsHead",
  explain: "中止执行须由街道负责人决定",
  basis: art("三十七", "依法作出的重大行政决策，未经法定程序不得随意变更或者停止执行；情况紧急的，行政首长可以先决定中止执行"),
  test: (_c, e) => e.actor.roles.includes("street_leader"),
};

export const hasDraft: Guard = {
  name: "hasDraft",
  explain: "尚无决策草案",
  basis: art("十一", "决策机关决定启动决策程序的，明确决策承办单位，由其拟订决策草案"),
  test: (c) => currentDraft(c) !== null,
};

export const ALL_GUARDS: readonly Guard[] = [
  callLongEnough, callDatesInOrder, callEnded, allCommentsDisposed, commentNotDisposed, hearingSettled, expertiseSettled, riskSettled,
  materialsSevenDaysBefore, expertHasNoInterest, riskControllable, reviewerIsAdviser, reviewWindowLongEnough, actorIsReviewer,
  reviewedLawful, quorum, chairSpeaksLast, reasonIfAgainstMajority, dateNotFuture, publishedAfterMeeting, evaluatorIndependent, actorIsHead, hasDraft,
  chairIsHead, meetingAfterReview, noRiskAssessedYet, noHearingYet, notInForce, reviewAskedForChanges,
];
