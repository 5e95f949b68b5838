/**
 * 行政执法 procedure. 简易程序: 当场处罚 → 备案 → 结案. 普通程序: 登记 → 立案 → 调查取证 → 案件审查 →
 * 事先告知 → 陈述申辩 (→ 听证) → 审核决定 (法制审核, 集体讨论) → 决定 → 送达 → 执行 → 结案 → 归档;
 * with 不予立案 and 撤销立案 as other endings. The full-process record runs alongside every stage,
 * and the publicity steps follow the decision, even after archiving. RULES.md §1–2.
 */
import { and, setup } from "xstate";
import { namedGuards } from "../engine/run";
import type { ProcedureEvent } from "../engine/types";
import { ACTIONS } from "./actions";
import type { EnforcementContext } from "./context";
import { ALL_GUARDS } from "./guards";
import { AFTER_DECISION, CHALLENGES, collecting, DEMOLISHING, HANDLING, TRANSFERRING, PAYING, RECORDING, ROUTING, type EnforcementInput } from "./transitions";

export type { EnforcementInput } from "./transitions";

export const enforcementMachine = setup({
  types: { context: {} as EnforcementContext, events: {} as ProcedureEvent, input: {} as EnforcementInput },
  guards: {
    ...namedGuards(ALL_GUARDS),
    ...ROUTING,
  },
  actions: ACTIONS,
}).createMachine({
  id: "enforcement",
  initial: "start",
  context: ({ input }) => ({
    ...input,
    filing: null,
    notFiled: null,
    extensions: [],
    record: [],
    preservations: [],
    recusals: [],
    report: null,
    caseReview: null,
    flags: { publicInterest: false, socialRisk: false, complex: false, otherLaw: false },
    notice: null,
    representations: [],
    waiver: null,
    hearing: null,
    legalReviews: [],
    reviewBaseline: 0,
    readyOn: null,
    collective: null,
    decision: null,
    service: null,
    payments: [],
    enforcement: null,
    filedWithOffice: null,
    revocation: null,
    publication: null,
    cancelled: null,
    closedAt: null,
  }),
  states: {
    start: { always: [{ guard: "isSimple", target: "onSpot" }, { target: "registered" }] },
    // 简易程序 (APL 51, 52)
    onSpot: {
      on: {
        ...RECORDING,
        DECIDE_ON_SPOT: { target: "decidedOnSpot", guard: and(["withinLimitation", "twoOfficers", "officersCertified", "onSpotWithinLimits", "dateNotFuture"]), actions: "decideOnSpot" },
      },
    },
    decidedOnSpot: {
      on: {
        ...AFTER_DECISION,
        RECORD_PAYMENT: { guard: and(["decisionInForce", "outstandingFine", "paymentAfterService"]), actions: "pay" },
        ENFORCE: { guard: and(["decisionInForce", "outstandingFine"]), actions: "enforce" },
        ...collecting(false),
        FILE_WITH_OFFICE: { guard: "notYetFiledWithOffice", actions: "fileWithOffice" },
        CLOSE: { target: "closed", guard: and(["filedWithOffice", "finePaidOrEnforced", "seizuresEnded"]), actions: "close" },
      },
    },
    // 普通程序
    registered: {
      on: {
        ...RECORDING,
        FILE: { target: "investigating", guard: and(["withinLimitation", "twoOfficers", "officersCertified"]), actions: "file" },
        NOT_FILE: { target: "notFiled", actions: "notFile" },
      },
    },
    investigating: {
      on: {
        ...HANDLING,
        SUBMIT_REPORT: { target: "caseReview", guard: and(["hasInvestigationRecord", "preservationsHandled"]), actions: "report" },
        CANCEL: { target: "cancelled", guard: "seizuresEnded", actions: "cancel" },
      },
    },
    caseReview: {
      on: {
        ...HANDLING,
        APPROVE_CASE: [
          { target: "noticing", guard: "proposesPenalty", actions: "approveCase" },
          { target: "deciding", actions: ["approveCase", "ready"] },
        ],
        RETURN: { target: "investigating", actions: "returnCase" },
      },
    },
    noticing: { on: { ...HANDLING, SEND_NOTICE: { target: "representing", guard: "dateNotFuture", actions: "notice" } } },
    representing: {
      on: {
        ...HANDLING,
        RECORD_REPRESENTATION: { guard: and(["dateNotFuture", "notHeavierThanNotice"]), actions: "representation" },
        WAIVE: { guard: "dateNotFuture", actions: "waive" },
        REQUEST_HEARING: { target: "hearing", guard: and(["hearingRight", "withinHearingRequestWindow"]), actions: "requestHearing" },
        PROCEED: { target: "deciding", guard: "representationsClosed", actions: "ready" },
      },
    },
    hearing: {
      on: {
        ...HANDLING,
        SCHEDULE_HEARING: { guard: and(["hearingNoticeSevenDays", "chairNotInvestigator"]), actions: "scheduleHearing" },
        HEARING_HELD: { target: "deciding", guard: and(["hearingScheduled", "hearingHeldOnOrAfterSchedule"]), actions: ["hearingHeld", "ready"] },
      },
    },
    deciding: {
      on: {
        ...HANDLING,
        SUBMIT_LEGAL_REVIEW: { target: "legalReview", guard: and(["notYetApproved", "correctionsAfterProblems"]), actions: "submitReview" },
        RECORD_COLLECTIVE: { guard: "dateNotFuture", actions: "collective" },
        // 移送司法机关 (国务院令第310号): its own step; DECIDE's transfer branch stays for cases recorded before it.
        TRANSFER: { target: "closing", guard: "transferProposed", actions: "transfer" },
        DECIDE: [
          { target: "closing", guard: and(["decidesTransfer", "noticeBeforePenalty", "notHeavierThanNotice", "majorReviewApproved", "collectiveWhereRequired", "decisionDateValid"]), actions: "decide" },
          { target: "serving", guard: and(["noticeBeforePenalty", "notHeavierThanNotice", "majorReviewApproved", "collectiveWhereRequired", "decisionDateValid"]), actions: "decide" },
        ],
        RETURN: { target: "investigating", actions: "returnCase" },
      },
    },
    legalReview: { on: { ...RECORDING, LEGAL_REVIEW: { target: "deciding", guard: and(["reviewerQualified", "reviewerNotInvestigator"]), actions: "legalReview" } } },
    serving: {
      on: {
        ...AFTER_DECISION,
        SERVE: [
          { target: "executing", guard: and(["serviceAfterDecision", "decisionHasFine"]), actions: "serve" },
          { target: "closing", guard: "serviceAfterDecision", actions: "serve" },
        ],
      },
    },
    // A decision revoked before it is paid leaves nothing to collect: the case closes from here.
    executing: { on: { ...AFTER_DECISION, ...PAYING, ...DEMOLISHING, CLOSE: { target: "closed", guard: and(["finePaidOrEnforced", "orderCarriedOut", "seizuresEnded"]), actions: "close" } } },
    closing: { on: { ...AFTER_DECISION, ...DEMOLISHING, ...TRANSFERRING, CLOSE: { target: "closed", guard: and(["finePaidOrEnforced", "orderCarriedOut", "seizuresEnded", "transferDeliveredBeforeClosing"]), actions: "close" } } },
    closed: { on: { ...AFTER_DECISION, RECORD_POLICE_REPLY: TRANSFERRING.RECORD_POLICE_REPLY, ARCHIVE: "archived" } },
    notFiled: { on: { ARCHIVE: "archived" } },
    cancelled: { on: { ARCHIVE: "archived" } },
    // Not final: a decision revoked after archiving still has its publication withdrawn.
    archived: {
      on: {
        PUBLISH: AFTER_DECISION.PUBLISH,
        RECORD_REVOCATION: AFTER_DECISION.RECORD_REVOCATION,
        WITHDRAW_PUBLICATION: AFTER_DECISION.WITHDRAW_PUBLICATION,
        ...CHALLENGES,
      },
    },
  },
});
