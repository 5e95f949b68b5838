/**
 * Pieces of the enforcement machine (machine.ts): its input, the helpers its actions read events
 * with, the transition groups open at several stages, and the routing conditions.
 */
import { and } from "xstate";
import type { ProcedureEvent } from "../engine/types";
import type { EnforcementContext, Officer, PersonRef, Sanction } from "./context";
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
export const sanction = (e: ProcedureEvent): Sanction => {
  const s = p<Sanction>(e);
  return { kind: s.kind, penalties: s.penalties ?? [], fine: Number(s.fine ?? 0), confiscation: Number(s.confiscation ?? 0), reasons: s.reasons };
};

/** The record and the head's powers, open at every working stage. */
export const RECORDING = {
  RECORD_ACT: { guard: and(["noRecusedOfficer", "actHasTwoOfficers", "officersCertified", "videoWhereRequired", "actTimeNotFuture", "correctionPointsAtEntry", "preservationListsItems", "preservationApproved"]), actions: "recordAct" },
  HANDLE_PRESERVATION: { guard: "preservationPending", actions: "handlePreservation" },
} as const;
export const HANDLING = {
  ...RECORDING,
  RECUSAL: { guard: and(["recusalOfCaseOfficer", "recusalKeepsTwoOfficers"]), actions: "recusal" },
  EXTEND: { guard: "notExtendedYet", actions: "extend" },
} as const;
/** 事后公示 and its withdrawal, from the decision on (APL 48, 118 §6). */
export const AFTER_DECISION = {
  ...RECORDING,
  PUBLISH: { guard: and(["notPublished", "publicTextRedacted"]), actions: "publish" },
  RECORD_REVOCATION: { guard: and(["revocationNotRecorded", "revocationAfterDecision", "changeNotHeavier"]), actions: "revocation" },
  WITHDRAW_PUBLICATION: { guard: and(["withdrawable", "withdrawCauseRecorded"]), actions: "withdraw" },
} as const;
export const PAYING = {
  RECORD_PAYMENT: [
    { target: "closing", guard: and(["decisionInForce", "outstandingFine", "paymentAfterService", "completesPayment"]), actions: "pay" },
    { guard: and(["decisionInForce", "outstandingFine", "paymentAfterService"]), actions: "pay" },
  ],
  ENFORCE: { target: "closing", guard: and(["decisionInForce", "outstandingFine"]), actions: "enforce" },
} as const;

/** Which way a transition goes (not refusals: those are the named guards in guards.ts). */
export const ROUTING: Record<string, (a: { context: EnforcementContext; event: any }) => boolean> = {
  isSimple: ({ context }) => context.track === "simple",
  proposesPenalty: ({ context }) => context.report?.proposal.kind === "penalty",
  decidesTransfer: ({ event }) => (event as ProcedureEvent).payload.kind === "transfer",
  decisionHasFine: ({ context }) => fineOwed(context) > 0,
  completesPayment: ({ context, event }) => {
    const e = event as ProcedureEvent;
    const surcharge = Number(e.payload.surcharge ?? 0);
    const paid = context.payments.reduce((n, x) => n + x.amount, 0) + Number(e.payload.amount ?? 0);
    return !!context.decision && paid >= fineOwed(context) + surcharge;
  },
  filedWithOffice: ({ context }) => context.filedWithOffice !== null,
  notYetFiledWithOffice: ({ context }) => context.filedWithOffice === null,
};

