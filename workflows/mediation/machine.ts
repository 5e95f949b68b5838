/**
 * 人民调解 procedure: 受理登记 (parties, consent, risk grading, mediators; tiered moves) → 调解
 * (sessions) → written agreement awaiting signatures, or oral agreement → 履行 (司法确认, 回访) →
 * 结案 → 归档; with 不予调解, 终止调解 and 撤回 as other endings. RULES.md §4.
 */
import { and, assign, setup } from "xstate";
import { chinaDate } from "../calendar/calendar";
import type { ProcedureEvent } from "../engine/types";
import { namedGuards } from "../engine/run";
import type { MediationContext, Party, PersonRef, RiskFactor, RiskGrade } from "./context";
import { REFERRAL_SOURCES, type MediationIntake } from "./events";
import { ALL_GUARDS } from "./guards";
import { ENDING_GUARDS } from "./endings";

export const DEFAULT_FOLLOW_UP_DAYS = 15;

export interface MediationInput extends MediationIntake {
  readonly disputeTypeLabel: string;
  readonly officeId: number;
  readonly streetId: number;
  readonly level: "committee" | "street";
  readonly acceptedBy: PersonRef;
  readonly acceptedAt: string;
  readonly followUpDays: number;
}

const by = (e: ProcedureEvent): PersonRef => ({ id: e.actor.id, name: e.actor.name });
const p = <T>(e: ProcedureEvent) => e.payload as T;

/** What can be done while a dispute is being handled, before and during mediation sessions. */
const HANDLING = {
  GRADE_RISK: { guard: "revisionHasReason", actions: "gradeRisk" },
  NOTIFY_POLICE: { actions: "notifyPolice" },
  ASSIGN_MEDIATOR: { guard: "assigneeIsMediator", actions: "assignMediator" },
  ADD_CO_MEDIATOR: { actions: "addCoMediator" },
  ESCALATE: { guard: and(["canEscalate", "policeNotifiedIfRed"]), actions: "move" },
  DELEGATE: { guard: and(["canDelegate", "policeNotifiedIfRed"]), actions: "move" },
} as const;

/** An ended dispute is archived, after the referral (if any) is answered (PML 18). */
const ENDED_ON = { ARCHIVE: "archived", REPLY_REFERRAL: { guard: "referralToAnswer", actions: "replyReferral" } } as const;

export const mediationMachine = setup({
  types: { context: {} as MediationContext, events: {} as ProcedureEvent, input: {} as MediationInput },
  guards: namedGuards([...ALL_GUARDS, ...ENDING_GUARDS]),
  actions: {
    addParty: assign(({ context, event }) => ({
      parties: [...context.parties, { ...p<Omit<Party, "index" | "consent" | "consentNote">>(event), index: context.parties.length + 1, consent: "pending" as const, consentNote: "" }],
    })),
    recordConsent: assign(({ context, event }) => {
      const { party, consent, note } = p<{ party: number; consent: "given" | "refused"; note: string }>(event);
      return {
        parties: context.parties.map((x) => (x.index === party ? { ...x, consent, consentNote: note } : x)),
        rightsNoticeOn: context.rightsNoticeOn ?? chinaDate(event.at),
      };
    }),
    gradeRisk: assign(({ context, event }) => {
      const { grade, factors, reason } = p<{ grade: RiskGrade; factors: RiskFactor[]; reason: string }>(event);
      return { risk: { grade, factors, reason, at: event.at }, riskHistory: [...context.riskHistory, { grade, reason, at: event.at, by: by(event) }] };
    }),
    notifyPolice: assign(({ event }) => ({ policeNotified: { ...p<{ station: string; note: string; measures?: string }>(event), at: event.at } })),
    assignMediator: assign(({ context, event }) => {
      const { mediator, chosenByParties } = p<{ mediator: PersonRef; chosenByParties: "yes" | "no" }>(event);
      const already = context.mediators.some((m) => m.id === mediator.id);
      const mediators = already
        ? context.mediators.map((m) => (m.id === mediator.id ? { ...m, assignedAt: event.at } : m))
        : [...context.mediators, { id: mediator.id, name: mediator.name, assignedAt: event.at }];
      return { mediators, chosenByParties: context.chosenByParties || chosenByParties === "yes" };
    }),
    addCoMediator: assign(({ context, event }) => {
      const { name, role, note } = p<MediationContext["coMediators"][number]>(event);
      return { coMediators: [...context.coMediators, { name, role, note, ...(event.payload.partiesConsent === "yes" ? { partiesConsent: true } : {}) }] };
    }),
    move: assign(({ context, event }) => {
      const { target, reason } = p<{ target: { id: number; name: string; level: MediationContext["level"] }; reason: string }>(event);
      return {
        officeId: target.id,
        level: target.level,
        moves: [...context.moves, { from: context.level, to: target.level, direction: event.type === "ESCALATE" ? ("up" as const) : ("down" as const), reason, at: event.at, by: by(event) }],
      };
    }),
    addSession: assign(({ context, event }) => ({
      sessions: [...context.sessions, { ...p<Omit<MediationContext["sessions"][number], "index" | "recordedBy">>(event), index: context.sessions.length + 1, recordedBy: by(event) }],
    })),
    extend: assign(({ event }) => ({ extension: { ...p<{ days: number; reason: string }>(event), at: event.at } })),
    writtenAgreement: assign(({ event }) => ({
      agreement: { ...p<{ date: string; facts: string; terms: string; performance: string }>(event), kind: "written" as const, effectiveOn: null, confirmationDue: null, signedCopySha256: null },
    })),
    // An oral agreement takes effect when reached (PML 30).
    oralAgreement: assign(({ event }) => {
      const { confirmationDue, obligations: _o, writingRequested: _w, ...a } = p<{ date: string; facts: string; terms: string; performance: string; confirmationDue?: string; obligations?: string; writingRequested?: string }>(event);
      return { agreement: { ...a, kind: "oral" as const, effectiveOn: a.date, confirmationDue: confirmationDue ?? null, signedCopySha256: null } };
    }),
    // A written agreement takes effect on the day all signed and sealed it (PML 29), proven by the copy.
    signed: assign(({ context, event }) => ({
      agreement: {
        ...context.agreement!,
        effectiveOn: p<{ signedOn: string }>(event).signedOn,
        confirmationDue: p<{ confirmationDue?: string }>(event).confirmationDue ?? null,
        signedCopySha256: p<{ signedCopy: { sha256: string } }>(event).signedCopy.sha256,
      },
    })),
    applyConfirmation: assign(({ event }) => {
      const a = p<{ date: string; court: string; applicants?: string[] }>(event);
      return { confirmation: { appliedAt: a.date, court: a.court, ...(a.applicants ? { applicants: a.applicants } : {}), ruling: null, rulingDate: null } };
    }),
    recordRuling: assign(({ context, event }) => ({ confirmation: { ...context.confirmation!, ruling: p<{ ruling: "valid" | "rejected" }>(event).ruling, rulingDate: p<{ date: string }>(event).date } })),
    followUp: assign(({ context, event }) => ({ followUps: [...context.followUps, { ...p<{ date: string; method: "visit" | "meeting" | "phone" | "video"; visited: string; performance: "full" | "partial" | "none"; note: string }>(event), by: by(event) }] })),
    // The unperformed agreement stays on file; re-mediation starts a new period (see deadlines.ts).
    remediate: assign(({ context, event }) => ({
      priorAgreements: [
        ...context.priorAgreements,
        { agreement: context.agreement!, confirmation: context.confirmation, followUps: context.followUps, reason: p<{ reason: string }>(event).reason, at: event.at },
      ],
      agreement: null,
      confirmation: null,
      followUps: [],
      extension: null,
      remediatedAt: event.at,
    })),
    close: assign(({ event }) => ({ closedAt: event.at })),
    end: assign(({ event }) => {
      const { reason, ground } = p<{ reason: string; ground?: string }>(event);
      const kind = ({ DECLINE: "declined", TERMINATE: "terminated", WITHDRAW: "withdrawn" } as const)[event.type as "DECLINE" | "TERMINATE" | "WITHDRAW"];
      return { ending: { kind, ...(ground ? { ground } : {}), reason, at: event.at } };
    }),
    replyReferral: assign(({ event }) => ({ referralReply: { ...p<{ date: string; content: string }>(event), by: by(event), at: event.at } })),
  },
}).createMachine({
  id: "mediation",
  initial: "registered",
  context: ({ input }) => ({
    streetId: input.streetId,
    officeId: input.officeId,
    level: input.level,
    moves: [],
    source: input.source,
    disputeType: input.disputeType,
    disputeTypeLabel: input.disputeTypeLabel,
    summary: input.summary,
    claims: input.claims,
    acceptedAt: input.acceptedAt,
    acceptedBy: input.acceptedBy,
    parties: [],
    risk: null,
    riskHistory: [],
    policeNotified: null,
    mediators: [],
    chosenByParties: false,
    coMediators: [],
    sessions: [],
    extension: null,
    agreement: null,
    ending: null,
    confirmation: null,
    followUpDays: input.followUpDays,
    followUps: [],
    priorAgreements: [],
    remediatedAt: null,
    rightsNoticeOn: null,
    closedAt: null,
    // Only referred disputes carry the key, so cases filed before it replay to the same snapshot.
    ...(input.referringBody && REFERRAL_SOURCES.includes(input.source) ? { referral: { body: input.referringBody, number: input.referralNumber ?? "", due: input.referralDue ?? "" } } : {}),
  }),
  on: {},
  states: {
    registered: {
      on: {
        ADD_PARTY: { actions: "addParty" },
        RECORD_CONSENT: { guard: "partyExists", actions: "recordConsent" },
        ...HANDLING,
        START: { target: "mediating", guard: and(["partiesOnBothSides", "allPartiesConsent", "riskGraded", "policeNotifiedIfRed", "mediatorAssigned"]) },
        DECLINE: { target: "declined", guard: and(["declineGroundHolds", "policeNotifiedIfRed"]), actions: "end" },
        WITHDRAW: { target: "withdrawn", guard: and(["partyExists", "policeNotifiedIfRed"]), actions: "end" },
      },
    },
    mediating: {
      on: {
        RECORD_SESSION: { guard: "dateNotBeforeAcceptance", actions: "addSession" },
        ...HANDLING,
        EXTEND: { guard: "notExtendedYet", actions: "extend" },
        AGREE_WRITTEN: { target: "signing", guard: and(["hasMediationSession", "policeNotifiedIfRed", "agreementAfterSessions"]), actions: "writtenAgreement" },
        AGREE_ORAL: { target: "performing", guard: and(["hasMediationSession", "policeNotifiedIfRed", "agreementAfterSessions"]), actions: "oralAgreement" },
        TERMINATE: { target: "terminated", guard: "policeNotifiedIfRed", actions: "end" },
        WITHDRAW: { target: "withdrawn", guard: and(["partyExists", "policeNotifiedIfRed"]), actions: "end" },
      },
    },
    signing: {
      on: {
        RECORD_SIGNED: { target: "performing", guard: "signedOnValid", actions: "signed" },
        TERMINATE: { target: "terminated", actions: "end" },
      },
    },
    performing: {
      on: {
        APPLY_CONFIRMATION: { guard: and(["agreementInForce", "confirmationNotYetApplied", "withinConfirmationWindow"]), actions: "applyConfirmation" },
        RECORD_RULING: { guard: and(["confirmationAwaitingRuling", "rulingAfterApplication"]), actions: "recordRuling" },
        FOLLOW_UP: { guard: "followUpAfterAgreement", actions: "followUp" },
        REMEDIATE: { target: "mediating", actions: "remediate" },
        CLOSE: { target: "closed", guard: "hasFollowUp", actions: "close" },
        REPLY_REFERRAL: { guard: "referralToAnswer", actions: "replyReferral" },
      },
    },
    closed: { on: ENDED_ON },
    declined: { on: ENDED_ON },
    terminated: { on: ENDED_ON },
    withdrawn: { on: ENDED_ON },
    archived: { type: "final" },
  },
});
