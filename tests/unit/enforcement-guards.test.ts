import type { EventActor } from "../../workflows/engine/types";
import type { EnforcementContext } from "../../workflows/enforcement/context";
import { ALL_GUARDS } from "../../workflows/enforcement/guards";
import { certified, leader, newCase, noticed, officerA, reviewer, sanction, step, two } from "./enforcement-helpers";

const at = (d: string) => `${d}T02:00:00Z`;
const ctx = (s: { context: unknown }) => s.context as EnforcementContext;
const photo = { sha256: "a".repeat(64), name: "p.jpg", mime: "image/jpeg" };
const video = { sha256: "b".repeat(64), name: "v.mp4", mime: "video/mp4" };

// Cases at the stages the guards look at.
const registered = ctx(newCase());
const filedSnapshot = step(newCase(), "FILE", { officers: two, opinion: "同意" }, at("2026-09-01"), leader).snapshot;
const filed = ctx(filedSnapshot);
const withPreservation = ctx(step(filedSnapshot, "RECORD_ACT", { kind: "preservation", time: "2026-09-02T09:00", endTime: "2026-09-02T09:30", place: "x", officers: two, content: "保存", items: "电锤", files: [], approver: { id: 43, name: "孙主任", roles: ["street_leader"], officeId: 30 } }, at("2026-09-02")));
const bigNotice = ctx(noticed(60000));
const smallNotice = ctx(noticed(3000));
const requested: EnforcementContext = { ...bigNotice, hearing: { requestedOn: "2026-09-16", scheduled: null, held: null } };
const scheduled: EnforcementContext = { ...requested, hearing: { ...requested.hearing!, scheduled: { date: "2026-09-28", place: "x", chair: { id: 9, name: "吴" }, noticeServedOn: "2026-09-17", noticeNumber: "n" } } };
const round = (outcome: "approved" | "problems" | null) => ({ round: 1, submittedAt: "", submittedBy: officerA, materials: "", corrections: "", sanction: null, result: outcome ? { reviewer: { id: 44, name: "何", qualificationNo: "A" }, items: [], outcome, opinion: "", at: "", number: "" } : null });
const approved: EnforcementContext = { ...bigNotice, legalReviews: [round("approved")] };
const decided: EnforcementContext = { ...smallNotice, decision: { ...sanction(3000), kind: "penalty", penalties: ["fine"], number: "n", date: "2026-09-22", decidedBy: leader, socialImpact: false, at: "" } as any };
const served: EnforcementContext = { ...decided, service: { date: "2026-09-23", method: "direct", receiver: "王", at: "" } };
const paid: EnforcementContext = { ...served, payments: [{ date: "2026-09-24", amount: 3000, surcharge: 0, by: officerA }] };
const published: EnforcementContext = { ...decided, publication: { status: "published", text: "x", publishedAt: "", publishedBy: officerA, withdrawnAt: null, withdrawReason: null } };
const revoked: EnforcementContext = { ...published, revocation: { kind: "revoked", date: "2026-10-09", reason: "x", at: "" } };

const zhao = certified(45, "赵队员");
const challenge = { n: 1, kind: "review" as const, organ: "上海市静安区人民政府", caseNumber: "静府复〔2026〕12号", filedOn: "2026-09-25", receivedOn: "2026-10-09", claims: "撤销", registeredAt: "", registeredBy: officerA, answer: null, outcome: null };
const ordered: EnforcementContext = { ...served, decision: { ...served.decision!, order: { structure: "违法搭建彩钢板房约20平方米", deadline: "2026-10-10" } } };
const urged: EnforcementContext = { ...ordered, urgings: [{ obligation: "demolition", date: "2026-10-12", method: "direct", deadline: "2026-10-20", number: "", by: leader, at: "" }] };
const none = { statements: [], decision: null, served: null, announced: null, done: null, complied: null };
const enfDecision = { date: "2026-10-21", method: "demolish" as const, executor: "", reasons: "逾期不拆", number: "", by: leader, at: "" };
const statementAccepted: EnforcementContext = { ...urged, demolition: { ...none, statements: [{ date: "2026-10-13", content: "已取得规划许可", result: "accepted", reason: "属实", by: leader }] } };
const decidedEnf: EnforcementContext = { ...urged, demolition: { ...none, decision: enfDecision } };
const servedEnf: EnforcementContext = { ...urged, demolition: { ...none, decision: enfDecision, served: { date: "2026-10-22", method: "direct", receiver: "王" } } };
const announced: EnforcementContext = { ...servedEnf, demolition: { ...servedEnf.demolition!, announced: { date: "2026-10-23", deadline: "2026-11-02", place: "现场", number: "" } } };
const substitute: EnforcementContext = { ...announced, demolition: { ...announced.demolition!, decision: { ...enfDecision, method: "substitute", executor: "某拆除公司" } } };
const demolished: EnforcementContext = { ...announced, demolition: { ...announced.demolition!, done: { entry: 2, time: "2026-11-03T09:00", urgent: "", by: leader } } };
const seizure = { n: 1, entry: 1, kind: "seal" as const, time: "2026-09-02T10:00", place: "x", items: "电锤1把", reasons: "防止证据损毁", number: "", approval: null, emergency: "当事人正在转移工具", rejected: null, statement: "", partyPresent: true, refusedToSign: false, witness: "", extension: null, ended: null };
const emergencySeized: EnforcementContext = { ...filed, seizures: [seizure] };
const approvedSeized: EnforcementContext = { ...filed, seizures: [{ ...seizure, emergency: "", approval: { by: leader, at: "2026-09-02T09:30" } }] };
const rejectedSeized: EnforcementContext = { ...filed, seizures: [{ ...seizure, rejected: { by: leader, at: "", reason: "不应查封" } }] };
const endedSeized: EnforcementContext = { ...approvedSeized, seizures: [{ ...approvedSeized.seizures![0], extension: { days: 30, reason: "x", notifiedOn: "2026-09-20", by: leader, at: "" }, ended: { outcome: "release", ground: "decided", date: "2026-09-30", reason: "x", by: leader } }] };
const transferReport: EnforcementContext = { ...filed, report: { facts: "x", evidence: "y", proposal: { kind: "transfer", penalties: [], fine: 0, confiscation: 0, reasons: "" }, at: "2026-09-10T02:00:00Z", by: officerA } };
const transferred: EnforcementContext = { ...transferReport, decision: { kind: "transfer", penalties: [], fine: 0, confiscation: 0, reasons: "", number: "", date: "2026-09-20", decidedBy: leader, socialImpact: false, at: "" }, transfer: { date: "2026-09-20", police: "公安分局", procuratorate: "", reasons: "x", items: "", tests: "", other: "", number: "", by: leader, at: "", delivered: null, reply: null } };
const delivered: EnforcementContext = { ...transferred, transfer: { ...transferred.transfer!, delivered: { date: "2026-09-21", receipt: "已签收", by: officerA } } };
const challengedCase: EnforcementContext = { ...served, challenges: [challenge] };
const headRef = { id: 43, name: "孙主任", roles: ["street_leader"] };
const deputyRef = { id: 46, name: "冯副主任", roles: ["street_leader"] };
const recused: EnforcementContext = { ...filed, recusals: [{ officer: { id: 41, name: "刘队员" }, reason: "近亲属", decision: "granted", replacement: zhao, at: "", by: leader }] };

type Case = [EnforcementContext, Record<string, unknown>, string?, EventActor?];
const act = (p: Record<string, unknown>) => ({ kind: "inspection", time: "2026-09-02T09:00", officers: two, files: [], ...p });
const reviewerRef = (qualificationNo: string | null) => ({ reviewer: { id: 44, name: "何", roles: [], officeId: 30, qualificationNo } });

/** For every guard: a case where it holds and one where it refuses. */
const TABLE: Record<string, { pass: Case; fail: Case }> = {
  twoOfficers: { pass: [registered, { officers: two }], fail: [registered, { officers: [two[0], two[0]] }] },
  officersCertified: { pass: [registered, { officers: two }], fail: [registered, { officers: [two[0], certified(45, "过期", "2026-06-30")] }] },
  actHasTwoOfficers: { pass: [filed, act({ kind: "service", officers: [two[0]] })], fail: [filed, act({ kind: "inquiry", officers: [two[0]] })] },
  videoWhereRequired: { pass: [filed, act({ kind: "demolition", files: [video] })], fail: [filed, act({ kind: "demolition", files: [photo] })] },
  actTimeNotFuture: { pass: [filed, act({ time: "2026-09-02T10:00" })], fail: [filed, act({ time: "2026-09-02T10:01" })] },
  correctionPointsAtEntry: { pass: [withPreservation, act({ corrects: 1, correctionReason: "笔误" })], fail: [withPreservation, act({ corrects: 5, correctionReason: "笔误" })] },
  preservationListsItems: { pass: [filed, act({ kind: "preservation", items: "电锤" })], fail: [filed, act({ kind: "preservation", items: " " })] },
  preservationPending: { pass: [withPreservation, { entry: 1, on: "2026-09-05" }, at("2026-09-05")], fail: [withPreservation, { entry: 1, on: "2026-09-01" }, at("2026-09-05")] },
  preservationsHandled: { pass: [filed, {}], fail: [withPreservation, {}] },
  hasInvestigationRecord: { pass: [bigNotice, {}], fail: [filed, {}] },
  noticeBeforePenalty: { pass: [filed, { kind: "no_penalty" }], fail: [filed, { kind: "penalty", penalties: ["warning"] }] },
  notHeavierThanNotice: { pass: [bigNotice, { kind: "penalty", penalties: ["fine"], fine: 50000 }], fail: [bigNotice, { kind: "penalty", penalties: ["fine", "confiscation"], fine: 50000, confiscation: 1 }] },
  hearingRight: { pass: [bigNotice, {}], fail: [smallNotice, {}] },
  withinHearingRequestWindow: { pass: [bigNotice, { date: "2026-09-21", windowDue: "2026-09-21" }, at("2026-09-21")], fail: [bigNotice, { date: "2026-09-13", windowDue: "2026-09-21" }, at("2026-09-21")] },
  hearingNoticeSevenDays: { pass: [requested, { date: "2026-09-28", noticeServedOn: "2026-09-17", earliest: "2026-09-28" }, at("2026-09-17")], fail: [requested, { date: "2026-09-25", noticeServedOn: "2026-09-17", earliest: "2026-09-28" }, at("2026-09-17")] },
  chairNotInvestigator: { pass: [bigNotice, { chair: { id: 9 } }], fail: [bigNotice, { chair: { id: two[0].id } }] },
  hearingHeldOnOrAfterSchedule: { pass: [scheduled, { date: "2026-09-28" }, at("2026-09-28")], fail: [scheduled, { date: "2026-09-27" }, at("2026-09-28")] },
  hearingScheduled: { pass: [scheduled, {}], fail: [requested, {}] },
  representationsClosed: { pass: [bigNotice, { windowDue: "2026-09-21" }, at("2026-09-22")], fail: [bigNotice, { windowDue: "2026-09-21" }, at("2026-09-21")] },
  dateNotFuture: { pass: [filed, { date: "2026-09-02" }, at("2026-09-02")], fail: [filed, { date: "2026-09-03" }, at("2026-09-02")] },
  correctionsAfterProblems: { pass: [{ ...bigNotice, legalReviews: [round("problems")] }, { corrections: "已补充" }], fail: [{ ...bigNotice, legalReviews: [round("problems")] }, { corrections: "" }] },
  notYetApproved: { pass: [{ ...bigNotice, legalReviews: [round("problems")] }, {}], fail: [approved, {}] },
  reviewerQualified: { pass: [bigNotice, reviewerRef("A2018")], fail: [bigNotice, reviewerRef(null)] },
  reviewerNotInvestigator: { pass: [bigNotice, {}, undefined, reviewer], fail: [bigNotice, {}, undefined, officerA] },
  majorReviewApproved: { pass: [approved, { kind: "penalty", penalties: ["fine"], fine: 60000 }], fail: [bigNotice, { kind: "penalty", penalties: ["fine"], fine: 60000 }] },
  collectiveWhereRequired: { pass: [smallNotice, { kind: "penalty", penalties: ["fine"], fine: 3000 }], fail: [approved, { kind: "penalty", penalties: ["fine"], fine: 60000 }] },
  decisionDateValid: { pass: [bigNotice, { date: "2026-09-14" }, at("2026-09-20")], fail: [bigNotice, { date: "2026-09-13" }, at("2026-09-20")] },
  serviceAfterDecision: { pass: [decided, { date: "2026-09-22" }, at("2026-09-23")], fail: [decided, { date: "2026-09-21" }, at("2026-09-23")] },
  paymentAfterService: { pass: [served, { date: "2026-09-23" }, at("2026-09-24")], fail: [served, { date: "2026-09-22" }, at("2026-09-24")] },
  outstandingFine: { pass: [served, {}], fail: [paid, {}] },
  finePaidOrEnforced: { pass: [paid, {}], fail: [served, {}] },
  onSpotWithinLimits: { pass: [registered, { penalty: "fine", fine: 200 }], fail: [registered, { penalty: "fine", fine: 201 }] },
  notPublished: { pass: [decided, {}], fail: [published, {}] },
  publicTextRedacted: { pass: [decided, { text: "当事人:王某某" }], fail: [decided, { text: "当事人:王大明" }] },
  revocationNotRecorded: { pass: [published, {}], fail: [revoked, {}] },
  withdrawable: { pass: [published, {}], fail: [decided, {}] },
  withdrawCauseRecorded: { pass: [published, { cause: "privacy" }], fail: [published, { cause: "revoked" }] },
  decisionInForce: { pass: [served, {}], fail: [{ ...served, revocation: revoked.revocation }, {}] },
  notExtendedYet: { pass: [filed, {}], fail: [{ ...filed, extensions: [{ days: 30, reason: "x", at: "", by: leader }] }, {}] },
  preservationApproved: { pass: [filed, { kind: "preservation", approver: { roles: ["street_leader"] } }], fail: [filed, { kind: "preservation", approver: { roles: ["enforcement_officer"] } }] },
  // Two years counted from the act: discovered on the anniversary is still in time (APL 36).
  withinLimitation: { pass: [{ ...registered, occurredOn: "2024-09-01", discoveredOn: "2026-09-01" }, {}], fail: [{ ...registered, occurredOn: "2024-08-31", discoveredOn: "2026-09-01" }, {}] },
  actorNotRecused: { pass: [recused, {}, undefined, leader], fail: [recused, {}, undefined, officerA] },
  changeNotHeavier: { pass: [decided, { kind: "changed", fine: 3000 }], fail: [decided, { kind: "changed", fine: 3001 }] },
  recusalOfCaseOfficer: { pass: [filed, { officer: { id: 41 } }], fail: [recused, { officer: { id: 41 } }] },
  recusalKeepsTwoOfficers: { pass: [filed, { officer: { id: 41 }, decision: "granted", replacement: zhao }], fail: [filed, { officer: { id: 41 }, decision: "granted" }] },
  noRecusedOfficer: { pass: [recused, act({ officers: [two[1], zhao] })], fail: [recused, act({ officers: two })] },
  // APL 57: the heads discuss, each opinion on record; APL 58: a major case only after an approving review.
  collectiveByLeaders: { pass: [approved, { chair: headRef, attendees: [headRef, deputyRef] }], fail: [approved, { chair: headRef, attendees: [headRef, { id: 41, name: "刘队员", roles: ["enforcement_officer"] }] }] },
  collectiveOpinionsRecorded: {
    pass: [approved, { attendees: [headRef, deputyRef], opinions: [{ name: "冯副主任", position: "disagree", text: "罚款偏重" }, { name: "孙主任", position: "agree", text: "" }] }],
    fail: [approved, { attendees: [headRef, deputyRef], opinions: [{ name: "孙主任", position: "agree", text: "均同意" }] }],
  },
  collectiveAfterReview: { pass: [approved, {}], fail: [bigNotice, {}] },
  // 行政复议法 11, 29, 48; 行政诉讼法 12, 67.
  challengeableDecision: { pass: [decided, {}], fail: [{ ...decided, decision: { ...decided.decision!, kind: "transfer" } }, {}] },
  noChallengePending: { pass: [decided, {}], fail: [challengedCase, {}] },
  challengeDatesValid: { pass: [decided, { filedOn: "2026-09-25", receivedOn: "2026-10-09" }, at("2026-10-09")], fail: [decided, { filedOn: "2026-09-21", receivedOn: "2026-10-09" }, at("2026-10-09")] },
  challengeAwaitingAnswer: { pass: [challengedCase, {}], fail: [served, {}] },
  answerAfterReceipt: { pass: [challengedCase, { date: "2026-10-12" }, at("2026-10-12")], fail: [challengedCase, { date: "2026-10-08" }, at("2026-10-12")] },
  challengePending: { pass: [challengedCase, {}], fail: [served, {}] },
  outcomeAfterFiling: { pass: [challengedCase, { date: "2026-11-20" }, at("2026-11-20")], fail: [challengedCase, { date: "2026-09-24" }, at("2026-11-20")] },
  revocationNotBesidePendingChallenge: { pass: [served, {}], fail: [challengedCase, {}] },
  correctionNotYetRecorded: { pass: [challengedCase, { kind: "revoked" }], fail: [{ ...challengedCase, revocation: revoked.revocation }, { kind: "revoked" }] },
  // APL 66, 72; 行政强制法 53, 54, 69.
  noPaymentPlanYet: { pass: [served, {}], fail: [{ ...served, paymentPlan: { kind: "defer", appliedOn: "2026-10-01", reason: "x", instalments: [], by: leader, at: "" } }, {}] },
  planCoversOutstanding: {
    pass: [served, { appliedOn: "2026-10-01", schedule: [{ due: "2026-11-01", amount: 1000 }, { due: "2026-12-01", amount: 2000 }] }, at("2026-10-02")],
    fail: [served, { appliedOn: "2026-10-01", schedule: [{ due: "2026-11-01", amount: 1000 }, { due: "2026-12-01", amount: 1000 }] }, at("2026-10-02")],
  },
  paymentOverdue: { pass: [served, { date: "2026-10-09", paymentDue: "2026-10-08" }, at("2026-10-09")], fail: [served, { date: "2026-10-08", paymentDue: "2026-10-08" }, at("2026-10-09")] },
  urgedTenWorkingDaysBefore: { pass: [served, { date: "2026-10-24", urgeDue: "2026-10-23" }], fail: [served, { date: "2026-10-23", urgeDue: "2026-10-23" }] },
  challengePeriodsOver: { pass: [served, { date: "2027-03-24", periodsEnd: "2027-03-23" }], fail: [served, { date: "2027-03-23", periodsEnd: "2027-03-23" }] },
  noChallengeRunning: { pass: [served, {}], fail: [challengedCase, {}] },
  withinApplicationWindow: { pass: [served, { date: "2027-06-23", windowEnd: "2027-06-23" }, at("2027-06-23")], fail: [served, { date: "2027-06-24", windowEnd: "2027-06-23" }, at("2027-06-24")] },
  // 行政强制法 35–38, 43, 44, 51; 118 §8.
  orderToCarryOut: { pass: [ordered, {}], fail: [served, {}] },
  orderOverdue: { pass: [ordered, { date: "2026-10-11" }, at("2026-10-11")], fail: [ordered, { date: "2026-10-10" }, at("2026-10-11")] },
  urgedToDemolish: { pass: [urged, { date: "2026-10-13" }, at("2026-10-13")], fail: [ordered, { date: "2026-10-13" }, at("2026-10-13")] },
  urgeDeadlinePassed: { pass: [urged, { date: "2026-10-21" }, at("2026-10-21")], fail: [urged, { date: "2026-10-20" }, at("2026-10-21")] },
  statementsNotUpheld: { pass: [urged, {}], fail: [statementAccepted, {}] },
  noEnforcementDecisionYet: { pass: [urged, {}], fail: [decidedEnf, {}] },
  enforcementDecided: { pass: [decidedEnf, { date: "2026-10-22" }, at("2026-10-22")], fail: [decidedEnf, { date: "2026-10-20" }, at("2026-10-22")] },
  enforcementServed: { pass: [servedEnf, { date: "2026-10-23" }, at("2026-10-23")], fail: [decidedEnf, { date: "2026-10-23" }, at("2026-10-23")] },
  announcementDeadlinePassed: { pass: [announced, { time: "2026-11-03T09:00" }], fail: [announced, { time: "2026-11-02T09:00" }] },
  demolitionAfterChallengePeriods: { pass: [announced, { time: "2027-04-24T09:00", periodsEnd: "2027-04-23" }], fail: [announced, { time: "2027-04-23T09:00", periodsEnd: "2027-04-23" }] },
  notAtNightOrRestDay: { pass: [announced, { time: "2027-04-26T09:00", endTime: "2027-04-26T16:00", restDays: [] }], fail: [announced, { time: "2027-04-26T21:00", endTime: "2027-04-26T23:00", restDays: [] }] },
  coerciveOnVideo: { pass: [announced, { files: [video] }], fail: [announced, { files: [photo] }] },
  substituteNoticeThreeDays: { pass: [substitute, { time: "2026-10-26T09:00" }], fail: [substitute, { time: "2026-10-25T09:00" }] },
  complianceDateValid: { pass: [ordered, { date: "2026-10-05" }, at("2026-10-06")], fail: [ordered, { date: "2026-09-21" }, at("2026-10-06")] },
  orderCarriedOut: { pass: [demolished, {}], fail: [ordered, {}] },
  // 行政强制法 18, 19, 24, 25, 27, 28.
  seizureApproved: { pass: [filed, { approval: "prior", approver: { roles: ["street_leader"] }, approvedAt: "2026-09-02T09:30", time: "2026-09-02T10:00" }], fail: [filed, { approval: "prior", approver: { roles: ["street_leader"] }, approvedAt: "2026-09-02T10:30", time: "2026-09-02T10:00" }] },
  seizurePartyHeard: { pass: [filed, { partyPresent: "no", witness: "李卫东，居委会工作人员" }], fail: [filed, { partyPresent: "no", witness: "" }] },
  seizureAwaitsApproval: { pass: [emergencySeized, { n: 1 }], fail: [approvedSeized, { n: 1 }] },
  approvalWithin24Hours: { pass: [emergencySeized, { n: 1, decision: "approve" }, "2026-09-03T01:59:00Z"], fail: [emergencySeized, { n: 1, decision: "approve" }, "2026-09-03T02:01:00Z"] },
  seizureOpen: { pass: [approvedSeized, { n: 1 }], fail: [rejectedSeized, { n: 1 }] },
  seizureNotExtended: { pass: [approvedSeized, { n: 1 }], fail: [endedSeized, { n: 1 }] },
  extensionWithinPeriod: { pass: [approvedSeized, { n: 1, notifiedOn: "2026-10-02", due: "2026-10-02" }, at("2026-10-02")], fail: [approvedSeized, { n: 1, notifiedOn: "2026-10-03", due: "2026-10-02" }, at("2026-10-03")] },
  seizureToEnd: { pass: [approvedSeized, { n: 1, date: "2026-09-02" }, at("2026-09-03")], fail: [endedSeized, { n: 1, date: "2026-09-30" }, at("2026-10-03")] },
  rejectedSeizureReleased: { pass: [rejectedSeized, { n: 1, outcome: "release" }], fail: [rejectedSeized, { n: 1, outcome: "confiscate" }] },
  seizuresEnded: { pass: [endedSeized, {}], fail: [approvedSeized, {}] },
  coerciveActsByTheirOwnSteps: { pass: [registered, { kind: "inspection" }], fail: [registered, { kind: "seizure" }] },
  // 国务院令第310号 arts. 5, 8; APL 27, 48.
  transferProposed: { pass: [transferReport, { date: "2026-09-12" }, at("2026-09-12")], fail: [bigNotice, { date: "2026-09-12" }, at("2026-09-12")] },
  transferToBeDelivered: { pass: [transferred, { date: "2026-09-21" }, at("2026-09-21")], fail: [delivered, { date: "2026-09-21" }, at("2026-09-21")] },
  transferAwaitingReply: { pass: [delivered, { date: "2026-09-24" }, at("2026-09-24")], fail: [transferred, { date: "2026-09-24" }, at("2026-09-24")] },
  transferDeliveredBeforeClosing: { pass: [delivered, {}], fail: [transferred, {}] },
  publishableDecision: { pass: [decided, {}], fail: [transferred, {}] },
  revocationAfterDecision: { pass: [decided, { date: "2026-09-22" }, at("2026-09-30")], fail: [decided, { date: "2026-09-21" }, at("2026-09-30")] },
};

describe("every enforcement guard", () => {
  it("has a passing and a refusing case in this table", () => {
    expect(ALL_GUARDS.map((g) => g.name).sort()).toEqual(Object.keys(TABLE).sort());
  });

  for (const g of ALL_GUARDS) {
    it(`${g.name}: holds and refuses as the law says, citing ${g.basis.slice(0, 24)}…`, () => {
      const run = ([c, payload, when = at("2026-09-02"), actor = officerA]: Case) => g.test(c, { type: "X", at: when, actor, payload });
      expect(run(TABLE[g.name].pass)).toBe(true);
      expect(run(TABLE[g.name].fail)).toBe(false);
      expect(g.explain).toMatch(/[\u4e00-\u9fa5]/);
      expect(g.basis).toMatch(/《|国办发/);
    });
  }
});
