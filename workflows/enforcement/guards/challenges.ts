/**
 * Guards of 行政复议 and 行政诉讼 against the decision (行政复议法 2023 arts 11, 29, 48; 行政诉讼法 67).
 */
import { challengesOf, corrects, pendingChallenge, type ChallengeOutcome } from "../coercion/context";
import { type Guard, dateOf, today } from "./common";

const FY = (n: string) => `《中华人民共和国行政复议法》第${n}条`;
const SS = (n: string) => `《中华人民共和国行政诉讼法》第${n}条`;

export const challengeableDecision: Guard = {
  name: "challengeableDecision",
  explain: "只能对本案已作出的行政处罚决定或其他执法决定登记复议、诉讼；移送司法机关不是对当事人作出的行政决定",
  basis: FY("十一") + "；" + SS("十二"),
  test: (c) => c.decision !== null && c.decision.kind !== "transfer",
};

export const noChallengePending: Guard = {
  name: "noChallengePending",
  explain: "本案已有尚未审结的复议或诉讼：复议机关已受理的，复议期间不得起诉；法院已受理的，不得再申请复议",
  basis: FY("二十九"),
  test: (c) => pendingChallenge(c) === null,
};

export const challengeDatesValid: Guard = {
  name: "challengeDatesValid",
  explain: "申请复议（起诉）日期不能早于决定日期，收到副本日期不能早于申请（起诉）日期，也不能晚于今天",
  basis: FY("四十八") + "；" + SS("六十七"),
  needsPayload: true,
  test: (c, e) => !!c.decision && dateOf(e, "filedOn") >= c.decision.date && dateOf(e, "receivedOn") >= dateOf(e, "filedOn") && dateOf(e, "receivedOn") <= today(e),
};

export const challengeAwaitingAnswer: Guard = {
  name: "challengeAwaitingAnswer",
  explain: "没有待答复（答辩）的复议或诉讼，或已经提交过答复（答辩）",
  basis: FY("四十八") + "；" + SS("六十七"),
  test: (c) => { const x = pendingChallenge(c); return !!x && x.answer === null; },
};

export const answerAfterReceipt: Guard = {
  name: "answerAfterReceipt",
  explain: "答复（答辩）日期不能早于收到申请书（起诉状）副本之日，也不能晚于今天",
  basis: FY("四十八") + "；" + SS("六十七"),
  needsPayload: true,
  test: (c, e) => { const x = pendingChallenge(c); return !!x && dateOf(e) >= x.receivedOn && dateOf(e) <= today(e); },
};

export const challengePending: Guard = {
  name: "challengePending",
  explain: "本案没有尚未审结的复议或诉讼；请先登记复议或诉讼",
  basis: FY("六十一") + "；" + SS("六十九") + "至第七十七条",
  test: (c) => pendingChallenge(c) !== null,
};

export const outcomeAfterFiling: Guard = {
  name: "outcomeAfterFiling",
  explain: "复议决定或裁判日期不能早于申请复议（起诉）日期，也不能晚于今天",
  basis: FY("六十一") + "；" + SS("六十九") + "至第七十七条",
  needsPayload: true,
  test: (c, e) => { const x = pendingChallenge(c); return !!x && dateOf(e) >= x.filedOn && dateOf(e) <= today(e); },
};

/** A second correction of the same decision is not recorded over the first. */
export const correctionNotYetRecorded: Guard = {
  name: "correctionNotYetRecorded",
  explain: "本案已记录决定被撤销、变更或确认违法；不能再记录一次纠错结果",
  basis: FY("六十三") + "至第六十七条",
  needsPayload: true,
  test: (c, e) => !corrects(e.payload.kind as ChallengeOutcome) || c.revocation === null,
};

/** A 复议 or lawsuit still pending is ended by its own outcome, not by a revocation typed in beside it. */
export const revocationNotBesidePendingChallenge: Guard = {
  name: "revocationNotBesidePendingChallenge",
  explain: "本案有尚未审结的复议或诉讼：复议决定或裁判结果请通过“记录复议决定或裁判结果”记录",
  basis: FY("六十一") + "；" + SS("六十九") + "至第七十七条",
  test: (c) => pendingChallenge(c) === null,
};

/** Whether a decision was challenged, and corrected by the challenge (被纠错), for the figures. */
export const challenged = (c: Parameters<typeof challengesOf>[0]) => challengesOf(c).length > 0;
export const correctedByChallenge = (c: Parameters<typeof challengesOf>[0]) => challengesOf(c).some((x) => !!x.outcome && corrects(x.outcome.kind));
