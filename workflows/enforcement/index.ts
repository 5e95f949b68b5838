/** The administrative enforcement procedure (行政执法, 三项制度) as the engine sees it. */
import { chinaDate } from "../calendar/calendar";
import { maskIdNumber, maskName, maskPhone } from "../identity";
import type { EventDefinition, FormField, PendingTask, ProcedureDefinition } from "../engine/types";
import { parseCatalogue, parseThresholds } from "./catalogue";
import type { EnforcementContext } from "./context";
import { enforcementDeadlines } from "./deadlines";
import * as ch from "./coercion/challenges";
import * as co from "./coercion/collection";
import * as dm from "./coercion/demolition";
import * as sz from "./coercion/seizure";
import * as tr from "./coercion/transfer";
import { pendingChallenge } from "./coercion/context";
import { orderOutstanding } from "./coercion/demolition";
import * as s from "./events";
import { ACT_FORM, DECIDE_FORM, FORMS, REGISTER_FORM, REPORT_FORM, REVIEW_FORM } from "./forms";
import * as g from "./guards";
import { enforcementMachine, type EnforcementInput } from "./machine";
import { enforcementTimeline } from "./timeline";
import { draftPublicText, enforcementPersons, publicRecord, redact } from "./publication";

/** 普通程序's steps; an on-the-spot penalty has its own (stepsFor). */
const GENERAL_STEPS = [
  { state: "registered", label: "立案" },
  { state: "investigating", label: "调查取证" },
  { state: "caseReview", label: "案件审查" },
  { state: "noticing", label: "事先告知" },
  { state: "representing", label: "陈述申辩" },
  { state: "hearing", label: "听证" },
  { state: "deciding", label: "审核决定" },
  { state: "legalReview", label: "法制审核" },
  { state: "serving", label: "送达" },
  { state: "executing", label: "执行" },
  { state: "closing", label: "结案" },
  { state: "archived", label: "归档" },
];

export const CATALOGUE_SETTING = "enforcement.catalogue";
export const THRESHOLDS_SETTING = "enforcement.thresholds";

type Def = EventDefinition<EnforcementContext>;
const HANDLE = "enforcement.handle";
const APPROVE = "enforcement.approve";
const PUBLISH = "enforcement.publish";

const WORKING = ["investigating", "caseReview", "noticing", "representing", "hearing", "deciding"];
const RECORDING = ["registered", "onSpot", ...WORKING, "legalReview", "decidedOnSpot", "serving", "executing", "closing", "closed"];
const EXECUTING = ["executing", "closing"];
const AFTER_DECISION = ["decidedOnSpot", "serving", "executing", "closing", "closed", "archived"];

const event = (type: string, label: string, from: string[], payload: unknown, form: readonly FormField[], guards: Def["guards"] = [], permission = HANDLE, producesDocument?: string): Def => ({
  type, label, from, payload: payload as Def["payload"], form, guards, permission, producesDocument,
});

const events: Record<string, Def> = {
  RECORD_ACT: event("RECORD_ACT", "记录执法活动（全过程记录）", RECORDING, s.RecordActSchema, ACT_FORM, [g.coerciveActsByTheirOwnSteps, g.noRecusedOfficer, g.actHasTwoOfficers, g.officersCertified, g.videoWhereRequired, g.actTimeNotFuture, g.correctionPointsAtEntry, g.preservationListsItems, g.preservationApproved]),
  SEIZE: event("SEIZE", "实施查封、扣押", WORKING, sz.SeizeSchema, sz.SEIZURE_FORMS.SEIZE, [g.noRecusedOfficer, g.twoOfficers, g.officersCertified, g.actTimeNotFuture, g.seizureApproved, g.seizurePartyHeard, g.coerciveOnVideo], HANDLE, "enforcement-seizure"),
  APPROVE_SEIZURE: event("APPROVE_SEIZURE", "补办查封、扣押批准手续", RECORDING, sz.ApproveSeizureSchema, sz.SEIZURE_FORMS.APPROVE_SEIZURE, [g.seizureAwaitsApproval, g.approvalWithin24Hours], APPROVE),
  EXTEND_SEIZURE: event("EXTEND_SEIZURE", "延长查封、扣押期限", RECORDING, sz.ExtendSeizureSchema, sz.SEIZURE_FORMS.EXTEND_SEIZURE, [g.seizureOpen, g.seizureNotExtended, g.extensionWithinPeriod], APPROVE),
  END_SEIZURE: event("END_SEIZURE", "查封、扣押处理决定（没收、销毁或解除）", RECORDING, sz.EndSeizureSchema, sz.SEIZURE_FORMS.END_SEIZURE, [g.seizureToEnd, g.rejectedSeizureReleased], APPROVE),
  HANDLE_PRESERVATION: event("HANDLE_PRESERVATION", "先行登记保存处理决定", RECORDING, s.HandlePreservationSchema, FORMS.HANDLE_PRESERVATION, [g.preservationPending], APPROVE),
  FILE: event("FILE", "立案审批", ["registered"], s.FileCaseSchema, FORMS.FILE, [g.withinLimitation, g.twoOfficers, g.officersCertified], APPROVE, "enforcement-filing"),
  NOT_FILE: event("NOT_FILE", "不予立案", ["registered"], s.NotFileSchema, FORMS.NOT_FILE, [], APPROVE),
  RECUSAL: event("RECUSAL", "回避申请决定", WORKING, s.RecusalSchema, FORMS.RECUSAL, [g.recusalOfCaseOfficer, g.recusalKeepsTwoOfficers], APPROVE),
  EXTEND: event("EXTEND", "延长办案期限", WORKING, s.ExtendSchema, FORMS.EXTEND, [g.notExtendedYet], APPROVE),
  CANCEL: event("CANCEL", "撤销立案", ["investigating"], s.CancelSchema, FORMS.CANCEL, [g.seizuresEnded], APPROVE),
  SUBMIT_REPORT: event("SUBMIT_REPORT", "调查终结报告", ["investigating"], s.ReportSchema, REPORT_FORM, [g.hasInvestigationRecord, g.preservationsHandled]),
  APPROVE_CASE: event("APPROVE_CASE", "案件审查", ["caseReview"], s.CaseReviewSchema, FORMS.CASE_REVIEW, [], APPROVE),
  RETURN: event("RETURN", "退回补充调查", ["caseReview", "deciding"], s.ReturnSchema, FORMS.RETURN, [], APPROVE),
  SEND_NOTICE: event("SEND_NOTICE", "送达行政处罚事先告知书", ["noticing"], s.NoticeSchema, FORMS.SEND_NOTICE, [g.dateNotFuture], HANDLE, "enforcement-notice"),
  RECORD_REPRESENTATION: event("RECORD_REPRESENTATION", "记录陈述申辩及复核", ["representing"], s.RepresentationSchema, FORMS.RECORD_REPRESENTATION, [g.dateNotFuture, g.notHeavierThanNotice]),
  WAIVE: event("WAIVE", "当事人书面放弃权利", ["representing"], s.WaiverSchema, FORMS.WAIVE, [g.dateNotFuture]),
  REQUEST_HEARING: event("REQUEST_HEARING", "当事人要求听证", ["representing"], s.HearingRequestSchema, FORMS.REQUEST_HEARING, [g.hearingRight, g.withinHearingRequestWindow]),
  PROCEED: event("PROCEED", "陈述申辩结束，进入审核决定", ["representing"], s.ProceedSchema, FORMS.PROCEED, [g.representationsClosed]),
  SCHEDULE_HEARING: event("SCHEDULE_HEARING", "指定主持人并通知听证", ["hearing"], s.ScheduleHearingSchema, FORMS.SCHEDULE_HEARING, [g.hearingNoticeSevenDays, g.chairNotInvestigator], APPROVE, "enforcement-hearing-notice"),
  HEARING_HELD: event("HEARING_HELD", "记录听证", ["hearing"], s.HearingHeldSchema, FORMS.HEARING_HELD, [g.hearingScheduled, g.hearingHeldOnOrAfterSchedule]),
  SUBMIT_LEGAL_REVIEW: event("SUBMIT_LEGAL_REVIEW", "提请法制审核", ["deciding"], s.SubmitReviewSchema, FORMS.SUBMIT_LEGAL_REVIEW, [g.notYetApproved, g.correctionsAfterProblems], HANDLE, "enforcement-review-request"),
  LEGAL_REVIEW: event("LEGAL_REVIEW", "法制审核", ["legalReview"], s.LegalReviewSchema, REVIEW_FORM, [g.reviewerQualified, g.reviewerNotInvestigator], "enforcement.review", "enforcement-review-opinion"),
  RECORD_COLLECTIVE: event("RECORD_COLLECTIVE", "记录集体讨论", ["deciding"], s.CollectiveSchema, FORMS.RECORD_COLLECTIVE, [g.dateNotFuture, g.collectiveAfterReview, g.collectiveByLeaders, g.collectiveOpinionsRecorded], APPROVE),
  DECIDE: event("DECIDE", "作出决定", ["deciding"], s.DecideSchema, DECIDE_FORM, [g.noticeBeforePenalty, g.notHeavierThanNotice, g.majorReviewApproved, g.collectiveWhereRequired, g.decisionDateValid], APPROVE, "enforcement-decision"),
  SERVE: event("SERVE", "送达决定书", ["serving"], s.ServeSchema, FORMS.SERVE, [g.serviceAfterDecision]),
  RECORD_PAYMENT: event("RECORD_PAYMENT", "记录缴纳罚款", ["executing", "decidedOnSpot"], s.PaymentSchema, FORMS.RECORD_PAYMENT, [g.decisionInForce, g.outstandingFine, g.paymentAfterService]),
  // A street has no enforcement power of its own (行政强制法 13): it urges, then applies to the court.
  DEFER_PAYMENT: event("DEFER_PAYMENT", "批准暂缓或分期缴纳罚款", ["executing", "decidedOnSpot"], co.PaymentPlanSchema, co.COLLECTION_FORMS.DEFER_PAYMENT, [g.decisionInForce, g.outstandingFine, g.noPaymentPlanYet, g.planCoversOutstanding], APPROVE),
  URGE_PAYMENT: event("URGE_PAYMENT", "催告缴纳罚款", ["executing", "decidedOnSpot"], co.UrgePaymentSchema, co.COLLECTION_FORMS.URGE_PAYMENT, [g.decisionInForce, g.outstandingFine, g.paymentOverdue], HANDLE, "enforcement-urge"),
  APPLY_COURT: event("APPLY_COURT", "申请人民法院强制执行", ["executing", "decidedOnSpot"], co.ApplyCourtSchema, co.COLLECTION_FORMS.APPLY_COURT, [g.decisionInForce, g.outstandingFine, g.urgedTenWorkingDaysBefore, g.challengePeriodsOver, g.noChallengeRunning, g.withinApplicationWindow], APPROVE),
  CLOSE: event("CLOSE", "结案审批", ["closing", "decidedOnSpot", "executing"], s.CloseSchema, FORMS.CLOSE, [g.finePaidOrEnforced, g.orderCarriedOut, g.seizuresEnded, g.transferDeliveredBeforeClosing], APPROVE, "enforcement-closing"),
  ARCHIVE: event("ARCHIVE", "立卷归档", ["closed", "notFiled", "cancelled"], s.ArchiveSchema, FORMS.ARCHIVE, [], "enforcement.archive"),
  DECIDE_ON_SPOT: event("DECIDE_ON_SPOT", "当场作出处罚决定", ["onSpot"], s.OnSpotSchema, FORMS.DECIDE_ON_SPOT, [g.withinLimitation, g.twoOfficers, g.officersCertified, g.onSpotWithinLimits, g.dateNotFuture], HANDLE, "enforcement-on-spot"),
  FILE_WITH_OFFICE: event("FILE_WITH_OFFICE", "当场处罚备案", ["decidedOnSpot"], s.FileWithOfficeSchema, FORMS.FILE_WITH_OFFICE, [], APPROVE),
  PUBLISH: event("PUBLISH", "公示决定", AFTER_DECISION, s.PublishSchema, FORMS.PUBLISH, [g.publishableDecision, g.notPublished, g.publicTextRedacted], PUBLISH),
  RECORD_REVOCATION: event("RECORD_REVOCATION", "记录决定被撤销、变更或确认违法", AFTER_DECISION, s.RevocationSchema, FORMS.RECORD_REVOCATION, [g.revocationNotRecorded, g.revocationAfterDecision, g.changeNotHeavier, g.revocationNotBesidePendingChallenge], PUBLISH),
  WITHDRAW_PUBLICATION: event("WITHDRAW_PUBLICATION", "撤回公示", AFTER_DECISION, s.WithdrawSchema, FORMS.WITHDRAW_PUBLICATION, [g.withdrawable, g.withdrawCauseRecorded], PUBLISH),
  URGE_DEMOLITION: event("URGE_DEMOLITION", "催告自行拆除", EXECUTING, dm.UrgeDemolitionSchema, dm.DEMOLITION_FORMS.URGE_DEMOLITION, [g.orderToCarryOut, g.orderOverdue], HANDLE, "enforcement-urge"),
  RECORD_URGE_STATEMENT: event("RECORD_URGE_STATEMENT", "记录催告后的陈述申辩及复核", EXECUTING, dm.UrgeStatementSchema, dm.DEMOLITION_FORMS.RECORD_URGE_STATEMENT, [g.orderToCarryOut, g.urgedToDemolish]),
  DECIDE_ENFORCEMENT: event("DECIDE_ENFORCEMENT", "作出强制执行决定", EXECUTING, dm.EnforcementDecisionSchema, dm.DEMOLITION_FORMS.DECIDE_ENFORCEMENT, [g.orderToCarryOut, g.noEnforcementDecisionYet, g.urgeDeadlinePassed, g.statementsNotUpheld], APPROVE, "enforcement-coercive-decision"),
  SERVE_ENFORCEMENT: event("SERVE_ENFORCEMENT", "送达强制执行决定书", EXECUTING, dm.ServeEnforcementSchema, dm.DEMOLITION_FORMS.SERVE_ENFORCEMENT, [g.orderToCarryOut, g.enforcementDecided]),
  ANNOUNCE_DEMOLITION: event("ANNOUNCE_DEMOLITION", "公告限期自行拆除", EXECUTING, dm.AnnounceSchema, dm.DEMOLITION_FORMS.ANNOUNCE_DEMOLITION, [g.orderToCarryOut, g.enforcementServed], HANDLE, "enforcement-demolition-notice"),
  DEMOLISH: event("DEMOLISH", "实施强制拆除（代履行）", EXECUTING, dm.DemolishSchema, dm.DEMOLITION_FORMS.DEMOLISH, [g.orderToCarryOut, g.noRecusedOfficer, g.twoOfficers, g.officersCertified, g.actTimeNotFuture, g.announcementDeadlinePassed, g.demolitionAfterChallengePeriods, g.notAtNightOrRestDay, g.coerciveOnVideo, g.substituteNoticeThreeDays]),
  RECORD_COMPLIANCE: event("RECORD_COMPLIANCE", "记录当事人自行拆除", EXECUTING, dm.ComplianceSchema, dm.DEMOLITION_FORMS.RECORD_COMPLIANCE, [g.orderToCarryOut, g.complianceDateValid]),
  TRANSFER: event("TRANSFER", "批准移送司法机关", ["deciding"], tr.TransferSchema, tr.TRANSFER_FORMS.TRANSFER, [g.transferProposed], APPROVE, "enforcement-transfer"),
  RECORD_TRANSFER_DELIVERED: event("RECORD_TRANSFER_DELIVERED", "记录移送公安机关及回执", ["closing"], tr.TransferDeliveredSchema, tr.TRANSFER_FORMS.RECORD_TRANSFER_DELIVERED, [g.transferToBeDelivered]),
  RECORD_POLICE_REPLY: event("RECORD_POLICE_REPLY", "记录公安机关立案审查结果", ["closing", "closed"], tr.PoliceReplySchema, tr.TRANSFER_FORMS.RECORD_POLICE_REPLY, [g.transferAwaitingReply]),
  REGISTER_CHALLENGE: event("REGISTER_CHALLENGE", "登记行政复议或行政诉讼", AFTER_DECISION, ch.RegisterChallengeSchema, ch.CHALLENGE_FORMS.REGISTER_CHALLENGE, [g.challengeableDecision, g.noChallengePending, g.challengeDatesValid], PUBLISH),
  ANSWER_CHALLENGE: event("ANSWER_CHALLENGE", "提交复议答复（应诉答辩）", AFTER_DECISION, ch.AnswerChallengeSchema, ch.CHALLENGE_FORMS.ANSWER_CHALLENGE, [g.challengeAwaitingAnswer, g.answerAfterReceipt], HANDLE, "enforcement-answer"),
  RECORD_CHALLENGE_OUTCOME: event("RECORD_CHALLENGE_OUTCOME", "记录复议决定或裁判结果", AFTER_DECISION, ch.ChallengeOutcomeSchema, ch.CHALLENGE_FORMS.RECORD_CHALLENGE_OUTCOME, [g.challengePending, g.outcomeAfterFiling, g.correctionNotYetRecorded, g.changeNotHeavier], PUBLISH),
};

// An officer the head has recused does no more handling of the case (APL 43).
for (const [type, e] of Object.entries(events)) if (e.permission === HANDLE) events[type] = { ...e, guards: [g.actorNotRecused, ...e.guards] };

// CLOSE on the simple track also needs the 备案 (APL 52).
const filedWithOffice = { name: "filedWithOffice", explain: "当场处罚决定须报所属行政机关备案后结案", basis: "《中华人民共和国行政处罚法》第五十二条", test: (c: EnforcementContext) => c.track !== "simple" || c.filedWithOffice !== null };
events.CLOSE = { ...events.CLOSE, guards: [...events.CLOSE.guards, filedWithOffice] };

function pendingTasks(state: string, c: EnforcementContext): PendingTask[] {
  // An emergency seizure waits for the head's approval within 24 hours; an unapproved one for release (行政强制法 19).
  const seizures: PendingTask[] = sz.seizuresOf(c).filter((x) => !x.ended && (x.rejected || (x.emergency && !x.approval))).map((x) => ({ label: x.rejected ? "立即解除不予批准的查封、扣押" : "补办查封、扣押批准手续", role: "street_leader", userId: null }));
  return [...stageTasks(state, c), ...challengeTasks(c), ...seizures];
}

/** A 复议 or lawsuit awaiting the street's answer is the officers' task, whatever the stage (行政复议法 48). */
function challengeTasks(c: EnforcementContext): PendingTask[] {
  const x = pendingChallenge(c);
  if (!x || x.answer) return [];
  const label = x.kind === "review" ? "提交行政复议答复" : "提交行政诉讼答辩状";
  return c.filing?.officers.length ? c.filing.officers.map((o) => ({ label, role: null, userId: o.id })) : [{ label, role: "enforcement_officer", userId: null }];
}

/** The next step of a 限期拆除 order not carried out (行政强制法 35–38, 44). */
function demolitionStep(c: EnforcementContext): string {
  const d = dm.demolitionOf(c);
  if (!(c.urgings ?? []).some((u) => u.obligation === "demolition")) return "限期届满后催告当事人自行拆除";
  if (!d.decision) return "催告期限届满后报负责人作出强制执行决定";
  if (!d.served) return "送达强制执行决定书";
  if (!d.announced) return "公告限期自行拆除";
  return "复议、诉讼期限届满后依法实施强制拆除";
}

function stageTasks(state: string, c: EnforcementContext): PendingTask[] {
  const officers = (label: string): PendingTask[] => (c.filing?.officers.length ? c.filing.officers.map((o) => ({ label, role: null, userId: o.id })) : [{ label, role: "enforcement_officer", userId: null }]);
  const leader = (label: string): PendingTask[] => [{ label, role: "street_leader", userId: null }];
  const publish: PendingTask[] = c.decision && c.decision.kind !== "transfer" && !c.publication && g.inForce(c) ? [{ label: "公示处理决定", role: "enforcement_officer", userId: null }] : [];
  const withdraw: PendingTask[] = c.revocation && c.publication?.status === "published" ? [{ label: "撤回已公示的决定并说明理由", role: "enforcement_officer", userId: null }] : [];
  const preserved = c.preservations.some((p) => !p.handled) ? leader("对先行登记保存的证据作出处理决定") : [];
  switch (state) {
    case "onSpot": return [{ label: "当场作出处罚决定", role: "enforcement_officer", userId: null }];
    case "decidedOnSpot": return [...(c.filedWithOffice ? [] : leader("当场处罚决定备案")), ...publish, ...withdraw];
    case "registered": return leader("立案审批");
    case "investigating": return [...officers("调查取证并提交调查终结报告"), ...preserved];
    case "caseReview": return leader("案件审查");
    case "noticing": return officers("送达行政处罚事先告知书");
    case "representing": return officers("听取陈述申辩、复核");
    case "hearing": return c.hearing?.scheduled ? officers("组织听证并记录") : leader("指定听证主持人并通知听证");
    case "deciding": {
      const last = c.legalReviews.at(-1)?.result;
      return last?.outcome === "problems" ? officers("按法制审核意见整改后重新送审") : leader("审核决定");
    }
    case "legalReview": return [{ label: "法制审核", role: "legal_reviewer", userId: null }];
    case "serving": return [...officers("送达决定书"), ...publish, ...withdraw];
    case "executing": return [...officers(orderOutstanding(c) ? demolitionStep(c) : "督促缴纳罚款，逾期的催告后申请人民法院强制执行"), ...publish, ...withdraw];
    case "closing": return c.transfer && !c.transfer.delivered ? officers("24小时内移送公安机关并取得回执") : [...leader("结案审批"), ...publish, ...withdraw];
    case "closed":
    case "notFiled":
    case "cancelled": return [{ label: "立卷归档", role: "enforcement_officer", userId: null }, ...publish, ...withdraw];
    case "archived": return [...publish, ...withdraw];
    default: return [];
  }
}

export const enforcementProcedure: ProcedureDefinition<EnforcementContext, EnforcementInput> = {
  id: "enforcement",
  name: "行政执法",
  version: 1,
  machine: enforcementMachine,
  createPermission: "enforcement.create",
  createSchema: s.RegisterSchema as any,
  createForm: REGISTER_FORM,
  filedAt: "street",
  caseNumber: ({ docCode, year, n }) => `（${year}）${docCode.replace(/司$/, "")}执立字第${n}号`,
  createOptions: (settings) => ({ matter: parseCatalogue(settings[CATALOGUE_SETTING]).map((m) => ({ value: m.key, label: m.name })) }),
  validateCreate: (parsed, f) => {
    const today = chinaDate(f.at);
    return [
      ...(parseCatalogue(f.settings[CATALOGUE_SETTING]).some((m) => m.key === parsed.matter) ? [] : [{ path: ["matter"], message: "请选择本单位执法事项目录中的事项" }]),
      ...(parsed.occurredOn > today ? [{ path: ["occurredOn"], message: "违法行为发生日期不能晚于今天" }] : []),
      ...(parsed.discoveredOn && parsed.discoveredOn > today ? [{ path: ["discoveredOn"], message: "发现日期不能晚于今天" }] : []),
      ...(parsed.discoveredOn && parsed.discoveredOn < parsed.occurredOn ? [{ path: ["discoveredOn"], message: "发现日期不能早于违法行为发生日期" }] : []),
      // On the spot there is no 不予立案 to end the case with: refuse the registration itself (APL 36).
      ...(parsed.track === "simple" && g.outOfLimitation({ occurredOn: parsed.occurredOn, discoveredOn: parsed.discoveredOn, limitation: parsed.limitation, registeredAt: f.at })
        ? [{ path: ["occurredOn"], message: "违法行为已超过《中华人民共和国行政处罚法》第三十六条规定的追责时效，不得当场处罚" }]
        : []),
    ];
  },
  creationInput: (parsed: s.Registration, f) => ({
    streetId: f.streetId,
    officeId: f.officeId,
    track: parsed.track,
    source: parsed.source,
    sourceNote: parsed.sourceNote,
    matter: parseCatalogue(f.settings[CATALOGUE_SETTING]).find((m) => m.key === parsed.matter)!,
    party: {
      kind: parsed.partyKind,
      name: parsed.partyName,
      idNumber: parsed.partyKind === "person" ? parsed.idNumber : "",
      creditCode: parsed.partyKind === "organisation" ? parsed.creditCode : "",
      legalRepresentative: parsed.partyKind === "organisation" ? parsed.legalRepresentative : "",
      phone: parsed.phone,
      address: parsed.address,
    },
    facts: parsed.facts,
    place: parsed.place,
    occurredOn: parsed.occurredOn,
    discoveredOn: parsed.discoveredOn ?? chinaDate(f.at),
    limitation: parsed.limitation,
    registeredAt: f.at,
    registeredBy: f.by,
    thresholds: parseThresholds(f.settings[THRESHOLDS_SETTING]),
  }),
  masked: (c) => ({
    ...c,
    party: {
      ...c.party,
      name: c.party.kind === "person" ? maskName(c.party.name) : c.party.name,
      idNumber: c.party.idNumber ? maskIdNumber(c.party.idNumber) : "",
      phone: c.party.phone ? maskPhone(c.party.phone) : "",
      address: c.party.kind === "person" ? "" : c.party.address,
    },
  }),
  personalData: enforcementPersons,
  events,
  timeline: enforcementTimeline,
  formDefaults: (type, c, env): Record<string, string> => (type === "PUBLISH" ? { text: draftPublicText(c, env.officeName) } : {}),
  publicRecord,
  stepsFor: (c) => {
    // 简易程序: decided on the spot, paid and filed with the office, closed (APL 51, 52).
    if (c.track === "simple") return [{ state: "onSpot", label: "当场处罚" }, { state: "decidedOnSpot", label: "缴纳与备案" }, { state: "closed", label: "结案" }, { state: "archived", label: "归档" }];
    const decided = !!c.decision;
    return GENERAL_STEPS.map((s) =>
      s.state === "hearing" && !c.hearing && (c.waiver || c.readyOn || decided)
        ? { ...s, label: c.waiver ? "听证（已放弃）" : "听证（未申请）", skipped: true }
        : s.state === "legalReview" && decided && !c.legalReviews.length
          ? { ...s, label: "法制审核（非重大）", skipped: true }
          : s,
    );
  },
  steps: GENERAL_STEPS,
  stateLabels: {
    start: "登记",
    onSpot: "当场处罚",
    decidedOnSpot: "当场处罚已决定",
    registered: "待立案",
    investigating: "调查取证",
    caseReview: "案件审查",
    noticing: "事先告知",
    representing: "陈述申辩",
    hearing: "听证",
    deciding: "审核决定",
    legalReview: "法制审核中",
    serving: "送达",
    executing: "执行",
    closing: "待结案",
    closed: "已结案",
    notFiled: "不予立案",
    cancelled: "撤销立案",
    archived: "已归档",
  },
  finalStates: ["archived"],
  // Titles appear in every list: built masked, whatever the matter's name holds.
  title: (c) => redact(`${c.party.kind === "person" ? maskName(c.party.name) : c.party.name}${c.matter.name}案`, c),
  searchText: (c) => [c.matter.name, c.facts, c.place, c.party.name, c.party.creditCode, c.party.phone, c.report?.facts ?? "", c.decision?.number ?? "", ...(c.filing?.officers.map((o) => o.name) ?? [])].join("\n"),
  deadlines: enforcementDeadlines,
  pendingTasks,
};
