/**
 * Pieces of the enforcement machine (machine.ts): its input, the helpers its actions read events
 * with, the transition groups open at several stages, and the routing conditions.
 */
import { and } from "xstate";
import type { ProcedureEvent } from "../engine/types";
import type { Opinion } from "../meeting";
import type { EnforcementContext, OnSpotHearing, Officer, PersonRef, Sanction } from "./context";
import { orderOf, orderOutstanding } from "./coercion/demolition";
import { fineOwed } from "./guards";

export interface EnforcementInput {
  readonly streetId: number;
  readonly officeId: number;
  readonly track: EnforcementContext["track"];
  readonly source: EnforcementContext["source"];
  readonly sourceNote: string;
  readonly matter: EnforcementContext["matter"];
  readonly party: EnforcementContext["party"];
  readonly facts: string;
  readonly place: string;
  readonly occurredOn: string;
  readonly discoveredOn?: string;
  readonly limitation?: EnforcementContext["limitation"];
  readonly registeredAt: string;
  readonly registeredBy: PersonRef;
  readonly thresholds: EnforcementContext["thresholds"];
}

export const by = (e: ProcedureEvent): PersonRef => ({ id: e.actor.id, name: e.actor.name });
export const p = <T>(e: ProcedureEvent) => e.payload as T;
export const officers = (list: readonly { id: number; name: string; certNo?: string | null; certValidUntil?: string | null }[]): Officer[] =>
  list.map((o) => ({ id: o.id, name: o.name, certNo: o.certNo ?? null, certValidUntil: o.certValidUntil ?? null }));
/** The discussion as recorded: names for the record's lines, the leaders' accounts and each one's opinion (APL 57). */
export function collectiveOf(e: ProcedureEvent): NonNullable<EnforcementContext["collective"]> {
  const k = p<{ date: string; start: string; end: string; place: string; chair: PersonRef | string; attendees: (PersonRef | string)[]; opinions: Opinion[] | string; conclusion: string }>(e);
  const name = (x: PersonRef | string) => (typeof x === "string" ? x : x.name);
  const base = { date: k.date, start: k.start, end: k.end, place: k.place, chair: name(k.chair), attendees: k.attendees.map(name), conclusion: k.conclusion, by: by(e) };
  // Discussions recorded before attendees were accounts carry names and free-text opinions.
  if (typeof k.opinions === "string") return { ...base, opinions: k.opinions };
  const opinionList = k.opinions.map((o) => ({ name: o.name, position: o.position, text: o.text }));
  return {
    ...base,
    members: k.attendees.flatMap((x) => (typeof x === "string" ? [] : [{ id: x.id, name: x.name }])),
    opinionList,
    opinions: opinionList.map((o) => `${o.name}：${o.position === "agree" ? "同意" : "不同意"}${o.text ? `：${o.text}` : ""}`).join("\n"),
  };
}

/** What the party was shown, told and said before an on-the-spot penalty (APL 44, 45, 52); nothing on older events. */
export function onSpotHearing(e: ProcedureEvent): { onSpot?: OnSpotHearing } {
  const o = p<{ certificateShown?: string; informed?: string; statement?: string; statementReview?: string; signed?: string }>(e);
  if (o.certificateShown !== "yes") return {};
  return { onSpot: { certificateShown: true, informed: true, statement: o.statement ?? "", statementReview: o.statementReview ?? "", refusedToSign: o.signed === "refused" } };
}

export const sanction = (e: ProcedureEvent): Sanction => {
  const s = p<Sanction>(e);
  return { kind: s.kind, penalties: s.penalties ?? [], fine: Number(s.fine ?? 0), confiscation: Number(s.confiscation ?? 0), reasons: s.reasons };
};

/** A seizure's approval after an emergency, its extension and its ending (行政强制法 19, 25, 27, 28). */
const SEIZURE_HANDLING = {
  APPROVE_SEIZURE: { guard: and(["seizureAwaitsApproval", "approvalWithin24Hours"]), actions: "approveSeizure" },
  EXTEND_SEIZURE: { guard: and(["seizureOpen", "seizureNotExtended", "extensionWithinPeriod"]), actions: "extendSeizure" },
  END_SEIZURE: { guard: and(["seizureToEnd", "rejectedSeizureReleased"]), actions: "endSeizure" },
} as const;

/** The record and the head's powers, open at every working stage. */
export const RECORDING = {
  ...SEIZURE_HANDLING,
  RECORD_ACT: { guard: and(["noRecusedOfficer", "actHasTwoOfficers", "officersCertified", "videoWhereRequired", "actTimeNotFuture", "correctionPointsAtEntry", "preservationListsItems", "preservationApproved"]), actions: "recordAct" },
  HANDLE_PRESERVATION: { guard: "preservationPending", actions: "handlePreservation" },
} as const;
export const HANDLING = {
  ...RECORDING,
  SEIZE: { guard: and(["noRecusedOfficer", "twoOfficers", "officersCertified", "actTimeNotFuture", "seizureApproved", "seizurePartyHeard", "coerciveOnVideo"]), actions: "seize" },
  RECUSAL: { guard: and(["recusalOfCaseOfficer", "recusalKeepsTwoOfficers"]), actions: "recusal" },
  EXTEND: { guard: "notExtendedYet", actions: "extend" },
} as const;
/** 行政复议 and 行政诉讼 against the decision, open from the decision on, archived cases included. */
export const CHALLENGES = {
  REGISTER_CHALLENGE: { guard: and(["challengeableDecision", "noChallengePending", "challengeDatesValid"]), actions: "registerChallenge" },
  ANSWER_CHALLENGE: { guard: and(["challengeAwaitingAnswer", "answerAfterReceipt"]), actions: "answerChallenge" },
  RECORD_CHALLENGE_OUTCOME: { guard: and(["challengePending", "outcomeAfterFiling", "correctionNotYetRecorded", "changeNotHeavier"]), actions: "challengeOutcome" },
} as const;

/** 事后公示 and its withdrawal, from the decision on (APL 48, 118 §6). */
export const AFTER_DECISION = {
  ...RECORDING,
  PUBLISH: { guard: and(["notPublished", "publicTextRedacted"]), actions: "publish" },
  RECORD_REVOCATION: { guard: and(["revocationNotRecorded", "revocationAfterDecision", "changeNotHeavier", "revocationNotBesidePendingChallenge"]), actions: "revocation" },
  WITHDRAW_PUBLICATION: { guard: and(["withdrawable", "withdrawCauseRecorded"]), actions: "withdraw" },
  ...CHALLENGES,
} as const;
/** Collecting an unpaid fine: 暂缓 or 分期 (APL 66), 催告 and the court (行政强制法 53, 54); `closes` routes the application. */
export const collecting = (closes: boolean) => ({
  DEFER_PAYMENT: { guard: and(["decisionInForce", "outstandingFine", "noPaymentPlanYet", "planCoversOutstanding"]), actions: "planPayment" as const },
  URGE_PAYMENT: { guard: and(["decisionInForce", "outstandingFine", "paymentOverdue"]), actions: "urgePayment" as const },
  APPLY_COURT: {
    ...(closes ? { target: "closing" as const } : {}),
    guard: and(["decisionInForce", "outstandingFine", "urgedTenWorkingDaysBefore", "challengePeriodsOver", "noChallengeRunning", "withinApplicationWindow"]),
    actions: "applyCourt" as const,
  },
});

/** 强制拆除 or 代履行 of a 限期拆除 order (行政强制法 35–38, 43, 44, 51), open while it is executed. */
export const DEMOLISHING = {
  URGE_DEMOLITION: { guard: and(["orderToCarryOut", "orderOverdue"]), actions: "urgeDemolition" },
  RECORD_URGE_STATEMENT: { guard: and(["orderToCarryOut", "urgedToDemolish"]), actions: "urgeStatement" },
  DECIDE_ENFORCEMENT: { guard: and(["orderToCarryOut", "noEnforcementDecisionYet", "urgeDeadlinePassed", "statementsNotUpheld"]), actions: "decideEnforcement" },
  SERVE_ENFORCEMENT: { guard: and(["orderToCarryOut", "enforcementDecided"]), actions: "serveEnforcement" },
  ANNOUNCE_DEMOLITION: { guard: and(["orderToCarryOut", "enforcementServed"]), actions: "announce" },
  DEMOLISH: {
    guard: and(["orderToCarryOut", "noRecusedOfficer", "twoOfficers", "officersCertified", "actTimeNotFuture", "announcementDeadlinePassed", "demolitionAfterChallengePeriods", "notAtNightOrRestDay", "coerciveOnVideo", "substituteNoticeThreeDays"]),
    actions: "demolish",
  },
  RECORD_COMPLIANCE: { guard: and(["orderToCarryOut", "complianceDateValid"]), actions: "comply" },
} as const;

/** After 移送: delivered to the police with its receipt, and their written reply (国务院令第310号 arts. 5, 8). */
export const TRANSFERRING = {
  RECORD_TRANSFER_DELIVERED: { guard: "transferToBeDelivered", actions: "transferDelivered" },
  RECORD_POLICE_REPLY: { guard: "transferAwaitingReply", actions: "policeReply" },
} as const;

export const PAYING = {
  RECORD_PAYMENT: [
    { target: "closing", guard: and(["decisionInForce", "outstandingFine", "paymentAfterService", "completesPayment"]), actions: "pay" },
    { guard: and(["decisionInForce", "outstandingFine", "paymentAfterService"]), actions: "pay" },
  ],
  // Kept so that cases enforced before 申请人民法院强制执行 replaced it replay; no longer offered (index.ts).
  ENFORCE: { target: "closing", guard: and(["decisionInForce", "outstandingFine"]), actions: "enforce" },
  ...collecting(true),
} as const;

/** Which way a transition goes (not refusals: those are the named guards in guards.ts). */
export const ROUTING: Record<string, (a: { context: EnforcementContext; event: any }) => boolean> = {
  isSimple: ({ context }) => context.track === "simple",
  proposesPenalty: ({ context }) => context.report?.proposal.kind === "penalty",
  decidesTransfer: ({ event }) => (event as ProcedureEvent).payload.kind === "transfer",
  // A fine to collect or a 限期拆除 order to see carried out keeps the case in 执行.
  decisionHasFine: ({ context }) => fineOwed(context) > 0 || orderOf(context) !== null,
  completesPayment: ({ context, event }) => {
    if (orderOutstanding(context)) return false;
    const e = event as ProcedureEvent;
    const surcharge = Number(e.payload.surcharge ?? 0);
    const paid = context.payments.reduce((n, x) => n + x.amount, 0) + Number(e.payload.amount ?? 0);
    return !!context.decision && paid >= fineOwed(context) + surcharge;
  },
  filedWithOffice: ({ context }) => context.filedWithOffice !== null,
  notYetFiledWithOffice: ({ context }) => context.filedWithOffice === null,
};

