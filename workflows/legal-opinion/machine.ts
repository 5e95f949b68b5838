/**
 * 法律意见书 procedure: 申请 → 受理并指派 → 起草 → 所长审核 (退回/同意) → 出具 → 归档,
 * with 不予受理 and 撤回 as other endings.
 */
import { and, assign, setup } from "xstate";
import type { ProcedureEvent } from "../engine/types";
import { namedGuards } from "../engine/run";
import type { LegalOpinionContext, LegalOpinionDraft, PersonRef } from "./context";
import type { LegalOpinionRequest } from "./events";
import { ALL_GUARDS } from "./guards";
import { credentialsOf, type RosterEntry } from "../advisers";

export interface LegalOpinionInput extends LegalOpinionRequest {
  readonly officeId: number;
  readonly requestedBy: PersonRef;
  readonly requestedAt: string;
}

const person = (e: ProcedureEvent): PersonRef => ({ id: e.actor.id, name: e.actor.name });
const p = <T>(e: ProcedureEvent) => e.payload as T;

export const legalOpinionMachine = setup({
  types: {
    context: {} as LegalOpinionContext,
    events: {} as ProcedureEvent,
    input: {} as LegalOpinionInput,
  },
  guards: namedGuards(ALL_GUARDS),
  actions: {
    recordAssignment: assign(({ event }) => {
      const { assignee, draftDays, draftDeadlineBasis } = p<{ assignee: PersonRef & { roster?: RosterEntry | null }; draftDays: number; draftDeadlineBasis: string }>(event);
      return {
        assignee: { id: assignee.id, name: assignee.name, ...credentialsOf(assignee) },
        assignedAt: event.at,
        draftDays,
        draftDeadlineBasis,
      };
    }),
    // The period keeps running from the first assignment: a change of adviser does not extend it.
    recordReassignment: assign(({ event }) => {
      const { assignee } = p<{ assignee: PersonRef & { roster?: RosterEntry | null } }>(event);
      return { assignee: { id: assignee.id, name: assignee.name, ...credentialsOf(assignee) } };
    }),
    recordDraft: assign(({ event }) => ({ draft: p<LegalOpinionDraft>(event) })),
    recordReturn: assign(({ context, event }) => ({
      reviews: [
        ...context.reviews,
        { round: context.reviews.length + 1, at: event.at, by: person(event), decision: "returned" as const, comments: p<{ comments: string }>(event).comments },
      ],
    })),
    recordApproval: assign(({ context, event }) => ({
      reviews: [
        ...context.reviews,
        { round: context.reviews.length + 1, at: event.at, by: person(event), decision: "approved" as const, comments: p<{ comments: string }>(event).comments },
      ],
    })),
    recordIssue: assign(({ event }) => ({ issued: { ...p<{ number: string; sha256: string }>(event), at: event.at } })),
    recordArchive: assign(({ event }) => ({ archivedAt: event.at })),
    recordClosure: assign(({ event }) => ({ closedReason: p<{ reason: string }>(event).reason })),
  },
}).createMachine({
  id: "legal-opinion",
  initial: "requested",
  context: ({ input }) => ({
    officeId: input.officeId,
    matterType: input.matterType,
    subject: input.subject,
    requestingUnit: input.requestingUnit,
    background: input.background,
    questions: input.questions,
    requestedBy: input.requestedBy,
    requestedAt: input.requestedAt,
    assignee: null,
    assignedAt: null,
    draftDays: null,
    draftDeadlineBasis: null,
    draft: null,
    reviews: [],
    issued: null,
    archivedAt: null,
    closedReason: null,
  }),
  states: {
    requested: {
      on: {
        ACCEPT: { target: "drafting", guard: and(["assigneeIsAdviser", "assigneeInOffice"]), actions: "recordAssignment" },
        REJECT: { target: "rejected", actions: "recordClosure" },
        WITHDRAW: { target: "withdrawn", guard: "actorMayWithdraw", actions: "recordClosure" },
      },
    },
    drafting: {
      on: {
        SUBMIT_DRAFT: { target: "reviewing", guard: "actorIsAssignee", actions: "recordDraft" },
        REASSIGN: { target: "drafting", guard: and(["assigneeIsAdviser", "assigneeInOffice", "assigneeChanges"]), actions: "recordReassignment" },
        WITHDRAW: { target: "withdrawn", guard: "actorMayWithdraw", actions: "recordClosure" },
      },
    },
    reviewing: {
      on: {
        RETURN: { target: "drafting", guard: "reviewerIsNotDrafter", actions: "recordReturn" },
        APPROVE: { target: "approved", guard: and(["reviewerIsNotDrafter", "draftCitesArticles"]), actions: "recordApproval" },
      },
    },
    approved: {
      on: { ISSUE: { target: "issued", guard: and(["lastReviewApproved", "draftCitesArticles"]), actions: "recordIssue" } },
    },
    issued: { on: { ARCHIVE: { target: "archived", actions: "recordArchive" } } },
    archived: { type: "final" },
    rejected: { type: "final" },
    withdrawn: { type: "final" },
  },
});
