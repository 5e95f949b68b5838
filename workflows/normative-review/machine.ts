/**
 * 规范性文件/合同合法性审查: 送审登记 → 提交送审稿 → 受理并指派审查人 → 审查 (⇄ 补正, the period
 * standing still) → 审查意见 → 所长签发 (退回/签发) → 出具合法性审查意见书 → 归档; with 不予受理 and
 * 撤回 as other endings.
 */
import { and, assign, setup } from "xstate";
import { chinaDate } from "../calendar/calendar";
import { namedGuards } from "../engine/run";
import type { ProcedureEvent } from "../engine/types";
import type { Conclusion, NormativeReviewContext, PersonRef, ReviewProblem } from "./context";
import type { ReviewRequest } from "./events";
import { ALL_GUARDS } from "./guards";
import { credentialsOf, type RosterEntry } from "../advisers";

export interface NormativeReviewInput extends ReviewRequest {
  readonly officeId: number;
  readonly requestedBy: PersonRef;
  readonly requestedAt: string;
}

const person = (e: ProcedureEvent): PersonRef => ({ id: e.actor.id, name: e.actor.name });
const p = <T>(e: ProcedureEvent) => e.payload as T;

export const normativeReviewMachine = setup({
  types: { context: {} as NormativeReviewContext, events: {} as ProcedureEvent, input: {} as NormativeReviewInput },
  guards: namedGuards(ALL_GUARDS),
  actions: {
    recordDraft: assign(({ event }) => {
      const { draft, note } = p<{ draft: { sha256: string; name: string }; note: string }>(event);
      return { draft: { sha256: draft.sha256, name: draft.name, at: event.at, note } };
    }),
    recordAcceptance: assign(({ event }) => {
      const { reviewer, reviewDays, reviewBasis } = p<{ reviewer: PersonRef & { roster?: RosterEntry | null }; reviewDays: number; reviewBasis: string }>(event);
      return { acceptedAt: event.at, reviewer: { id: reviewer.id, name: reviewer.name, ...credentialsOf(reviewer) }, reviewDays, reviewBasis };
    }),
    askCorrection: assign(({ context, event }) => ({
      corrections: [...context.corrections, { requestedOn: chinaDate(event.at), requestedBy: person(event), items: p<{ items: string }>(event).items, suppliedOn: null, note: null, files: [] }],
    })),
    recordCorrection: assign(({ context, event }) => {
      const { note, files } = p<{ note: string; files: { sha256: string; name: string }[] }>(event);
      const open = context.corrections.at(-1)!;
      const supplied = { ...open, suppliedOn: chinaDate(event.at), note, files: files.map((f) => ({ sha256: f.sha256, name: f.name })) };
      return { corrections: [...context.corrections.slice(0, -1), supplied] };
    }),
    recordOpinion: assign(({ event }) => {
      const o = p<{ conclusion: Conclusion; problems: ReviewProblem[]; reasoning: string; suggestions: string }>(event);
      return { opinion: { conclusion: o.conclusion, problems: o.problems, reasoning: o.reasoning, suggestions: o.suggestions, by: person(event), at: event.at } };
    }),
    recordReturn: assign(({ context, event }) => ({
      signOffs: [...context.signOffs, { round: context.signOffs.length + 1, at: event.at, by: person(event), decision: "returned" as const, comments: p<{ comments: string }>(event).comments }],
    })),
    recordApproval: assign(({ context, event }) => ({
      signOffs: [...context.signOffs, { round: context.signOffs.length + 1, at: event.at, by: person(event), decision: "approved" as const, comments: p<{ comments: string }>(event).comments }],
    })),
    recordIssue: assign(({ event }) => ({ issued: { ...p<{ number: string; sha256: string }>(event), at: event.at } })),
    recordArchive: assign(({ event }) => ({ archivedAt: event.at })),
    recordClosure: assign(({ event }) => ({ closedReason: p<{ reason: string }>(event).reason })),
  },
}).createMachine({
  id: "normative-review",
  initial: "submitted",
  context: ({ input }) => ({
    officeId: input.officeId,
    documentType: input.documentType,
    title: input.title,
    requestingUnit: input.requestingUnit,
    counterparty: input.counterparty,
    explanation: input.explanation,
    requestedBy: input.requestedBy,
    requestedAt: input.requestedAt,
    wantedBy: input.wantedBy,
    draft: null,
    acceptedAt: null,
    reviewer: null,
    reviewDays: null,
    reviewBasis: null,
    corrections: [],
    opinion: null,
    signOffs: [],
    issued: null,
    archivedAt: null,
    closedReason: null,
  }),
  states: {
    submitted: {
      on: {
        SUBMIT_DRAFT: { actions: "recordDraft" },
        ACCEPT: { target: "reviewing", guard: and(["draftSubmitted", "reviewerIsAdviser", "reviewerInOffice"]), actions: "recordAcceptance" },
        REJECT: { target: "rejected", actions: "recordClosure" },
        WITHDRAW: { target: "withdrawn", guard: "actorMayWithdraw", actions: "recordClosure" },
      },
    },
    reviewing: {
      on: {
        REQUEST_CORRECTION: { target: "correcting", guard: "actorMayAskCorrection", actions: "askCorrection" },
        SUBMIT_OPINION: { target: "signOff", guard: "actorIsReviewer", actions: "recordOpinion" },
        WITHDRAW: { target: "withdrawn", guard: "actorMayWithdraw", actions: "recordClosure" },
      },
    },
    // 补正: the review period stands still until the material arrives (deadlines.ts).
    correcting: {
      on: {
        SUPPLY_CORRECTION: { target: "reviewing", actions: "recordCorrection" },
        SUBMIT_DRAFT: { actions: "recordDraft" },
        WITHDRAW: { target: "withdrawn", guard: "actorMayWithdraw", actions: "recordClosure" },
      },
    },
    signOff: {
      on: {
        RETURN: { target: "reviewing", guard: "signerIsNotReviewer", actions: "recordReturn" },
        APPROVE: { target: "approved", guard: and(["signerIsNotReviewer", "opinionGiven"]), actions: "recordApproval" },
      },
    },
    approved: { on: { ISSUE: { target: "issued", guard: and(["lastSignOffApproved", "opinionGiven"]), actions: "recordIssue" } } },
    issued: { on: { ARCHIVE: { target: "archived", actions: "recordArchive" } } },
    archived: { type: "final" },
    rejected: { type: "final" },
    withdrawn: { type: "final" },
  },
});
