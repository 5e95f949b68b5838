/**
 * 重大行政决策: 决策启动 → 公众参与 (征求意见 ≥30日, 逐条处理意见, 听证会或不适用) → 专家论证 (或不适用)
 * → 风险评估 (或不适用; 风险不可控须调整草案或终止) → 合法性审查 (不合法退回修改后再送审) → 集体讨论决定
 * (通过 / 修改后再议 / 不予通过) → 决策公布 → 决策执行 (中止、恢复、停止) → 决策后评估 → 归档.
 */
import { and, assign, setup } from "xstate";
import { chinaDate } from "../calendar/calendar";
import { namedGuards } from "../engine/run";
import type { GuardRule, ProcedureEvent } from "../engine/types";
import type { CatalogueItemRef, CheckItem, Conclusion, Disposition, FileRef, MajorDecisionContext, Meeting, OptionalStep, PersonRef, RiskLevel } from "./context";
import { ALL_GUARDS } from "./guards";
import { credentialsOf, type RosterEntry } from "../advisers";

export interface MajorDecisionInput {
  readonly officeId: number;
  readonly item: CatalogueItemRef;
  readonly startedBy: PersonRef;
  readonly startedAt: string;
}

const person = (e: ProcedureEvent): PersonRef => ({ id: e.actor.id, name: e.actor.name });
const p = <T>(e: ProcedureEvent) => e.payload as T;
const file = (f: FileRef): FileRef => ({ sha256: f.sha256, name: f.name });
/** Which way a review or a meeting goes is read from what was decided: guards the machine needs, no refusal. */
const ROUTES: GuardRule<MajorDecisionContext>[] = [
  { name: "foundUnlawful", explain: "", basis: "", test: (_c, e) => p<{ conclusion: string }>(e).conclusion === "unlawful" },
  { name: "outcomeRevise", explain: "", basis: "", test: (_c, e) => p<{ outcome: string }>(e).outcome === "revise" },
  { name: "outcomeRejected", explain: "", basis: "", test: (_c, e) => p<{ outcome: string }>(e).outcome === "rejected" },
  { name: "inForce", explain: "", basis: "", test: (c) => c.publication !== null },
];
const skip = (c: MajorDecisionContext, e: ProcedureEvent, step: OptionalStep) => ({
  notApplicable: [...c.notApplicable, { step, reason: p<{ reason: string }>(e).reason, by: person(e), at: e.at }],
});
const NO_EXECUTION = { unit: "", reports: [], suspended: null };
const meetingGuards = ["reviewedLawful", "meetingAfterReview", "quorum", "chairIsHead", "chairSpeaksLast", "reasonIfAgainstMajority", "dateNotFuture"] as const;

export const majorDecisionMachine = setup({
  types: { context: {} as MajorDecisionContext, events: {} as ProcedureEvent, input: {} as MajorDecisionInput },
  guards: namedGuards([...ALL_GUARDS, ...ROUTES]),
  actions: {
    launch: assign(({ event }) => {
      const l = p<{ unit: string; draft: FileRef; explanation: string }>(event);
      return { launch: { unit: l.unit, draft: file(l.draft), explanation: l.explanation, at: event.at } };
    }),
    openCall: assign(({ event }) => {
      const c = p<{ opensOn: string; closesOn: string; minimumEnd: string; shortReason: string; text: string }>(event);
      return { call: { opensOn: c.opensOn, closesOn: c.closesOn, minimumEnd: c.minimumEnd, shortReason: c.shortReason, text: c.text, at: event.at } };
    }),
    dispose: assign(({ context, event }) => {
      const d = p<{ received: { id: number; text: string; receivedAt: string }; disposition: Disposition; reason: string }>(event);
      return { comments: [...context.comments, { ...d.received, disposition: d.disposition, reason: d.reason, by: person(event), at: event.at }] };
    }),
    closeCall: assign(({ event }) => ({ callClosed: { received: (p<{ receivedIds?: number[] }>(event).receivedIds ?? []).length, at: event.at } })),
    holdHearing: assign(({ event }) => ({ hearing: { ...p<{ materialsOn: string; heldOn: string; place: string; summary: string }>(event), at: event.at } })),
    skipHearing: assign(({ context, event }) => skip(context, event, "hearing")),
    skipExpertise: assign(({ context, event }) => skip(context, event, "expert")),
    skipRisk: assign(({ context, event }) => skip(context, event, "risk")),
    endRejected: assign(({ event }) => ({ ended: { kind: "dropped" as const, reason: "集体讨论决定不予通过", at: event.at } })),
    addExpert: assign(({ context, event }) => {
      const x = p<{ name: string; field: string; institution: string; opinion: string }>(event);
      return { experts: [...context.experts, { name: x.name, field: x.field, institution: x.institution, opinion: x.opinion, at: event.at }] };
    }),
    assessRisk: assign(({ context, event }) => {
      const r = p<{ level: RiskLevel; report?: FileRef; points: string; measures: string }>(event);
      return { risks: [...context.risks, { level: r.level, report: r.report ? file(r.report) : null, points: r.points, measures: r.measures, at: event.at }] };
    }),
    reviseDraft: assign(({ context, event }) => {
      const r = p<{ draft: FileRef; note: string }>(event);
      return { drafts: [...context.drafts, { draft: file(r.draft), note: r.note, at: event.at }] };
    }),
    // After 修改后合法 the 承办单位 revises as the opinion says, before the meeting.
    revisePerReview: assign(({ context, event }) => {
      const r = p<{ draft: FileRef; note: string }>(event);
      return { drafts: [...context.drafts, { draft: file(r.draft), note: r.note, at: event.at, perReview: context.reviews.at(-1)!.round }] };
    }),
    requestReview: assign(({ context, event }) => {
      const r = p<{ reviewer: PersonRef & { roster?: RosterEntry | null }; dueOn: string; minimumDue: string; shortReason: string }>(event);
      const round = context.reviewRequests.length + 1;
      return { reviewRequests: [...context.reviewRequests, { round, reviewer: { id: r.reviewer.id, name: r.reviewer.name, ...credentialsOf(r.reviewer) }, requestedOn: chinaDate(event.at), dueOn: r.dueOn, minimumDue: r.minimumDue, shortReason: r.shortReason, at: event.at }] };
    }),
    review: assign(({ context, event }) => {
      const r = p<Record<CheckItem, "ok" | "problem"> & { problems: string; conclusion: Conclusion; opinion: string; number: string }>(event);
      const checks = { authority: r.authority, procedure: r.procedure, content: r.content, consistency: r.consistency };
      return { reviews: [...context.reviews, { round: context.reviewRequests.length, reviewer: person(event), checks, problems: r.problems, conclusion: r.conclusion, opinion: r.opinion, number: r.number, at: event.at }] };
    }),
    meet: assign(({ context, event }) => {
      const m = p<Omit<Meeting, "round" | "at" | "chair"> & { chair: PersonRef }>(event);
      const meeting: Meeting = { ...m, chair: { id: m.chair.id, name: m.chair.name }, round: context.meetings.length + 1, at: event.at };
      return { meetings: [...context.meetings, meeting] };
    }),
    publish: assign(({ event }) => ({ publication: { ...p<{ publishedOn: string; text: string; adoption: string }>(event), at: event.at } })),
    assignExecution: assign(({ context, event }) => ({ execution: { unit: p<{ unit: string }>(event).unit, reports: context.execution?.reports ?? [], suspended: null } })),
    report: assign(({ context, event }) => {
      const x = context.execution ?? NO_EXECUTION;
      return { execution: { ...x, reports: [...x.reports, { text: p<{ text: string }>(event).text, at: event.at }] } };
    }),
    suspend: assign(({ context, event }) => ({ execution: { ...(context.execution ?? NO_EXECUTION), suspended: { reason: p<{ reason: string }>(event).reason, by: person(event), at: event.at } } })),
    resume: assign(({ context, event }) => {
      const x = context.execution ?? NO_EXECUTION;
      return { execution: { ...x, suspended: null, reports: [...x.reports, { text: `恢复执行：${p<{ text: string }>(event).text}`, at: event.at }] } };
    }),
    evaluate: assign(({ event }) => ({ postEvaluation: { ...p<{ unit: string; result: string; publishedOn: string }>(event), at: event.at } })),
    drop: assign(({ event }) => ({ ended: { kind: "dropped" as const, reason: p<{ reason: string }>(event).reason, at: event.at } })),
    change: assign(({ context, event }) => {
      const x = p<{ draft: FileRef; reason: string; meeting: string }>(event);
      return {
        drafts: [...context.drafts, { draft: file(x.draft), note: `调整：${x.reason}`, at: event.at }],
        changes: [...(context.changes ?? []), { reason: x.reason, meeting: x.meeting, replaced: context.publication, at: event.at }],
      };
    }),
    stop: assign(({ event }) => {
      const s = p<{ reason: string; meeting: string }>(event);
      return { ended: { kind: "stopped" as const, reason: `${s.reason}（${s.meeting}决定）`, at: event.at } };
    }),
    archive: assign(({ event }) => ({ archivedAt: event.at })),
  },
}).createMachine({
  id: "major-decision",
  initial: "launching",
  context: ({ input }) => ({
    officeId: input.officeId,
    item: input.item,
    startedBy: input.startedBy,
    startedAt: input.startedAt,
    launch: null,
    drafts: [],
    notApplicable: [],
    call: null,
    comments: [],
    callClosed: null,
    hearing: null,
    experts: [],
    risks: [],
    reviewRequests: [],
    reviews: [],
    meetings: [],
    publication: null,
    execution: null,
    postEvaluation: null,
    changes: [],
    ended: null,
    archivedAt: null,
  }),
  states: {
    launching: { on: { LAUNCH: { target: "participation", actions: "launch" } } },
    participation: { on: { OPEN_CALL: { target: "commenting", guard: and(["callDatesInOrder", "callLongEnough"]), actions: "openCall" } } },
    commenting: {
      on: {
        DISPOSE_COMMENT: { guard: "commentNotDisposed", actions: "dispose" },
        HOLD_HEARING: { guard: and(["noHearingYet", "materialsSevenDaysBefore", "dateNotFuture"]), actions: "holdHearing" },
        SKIP_HEARING: { actions: "skipHearing" },
        CLOSE_CALL: { target: "expertise", guard: and(["callEnded", "allCommentsDisposed", "hearingSettled"]), actions: "closeCall" },
      },
    },
    expertise: {
      on: {
        RECORD_EXPERT: { guard: "expertHasNoInterest", actions: "addExpert" },
        SKIP_EXPERTISE: { target: "risk", actions: "skipExpertise" },
        FINISH_EXPERTISE: { target: "risk", guard: "expertiseSettled" },
      },
    },
    risk: {
      on: {
        ASSESS_RISK: { actions: "assessRisk" },
        REVISE_DRAFT: { actions: "reviseDraft" },
        SKIP_RISK: { target: "legality", guard: "noRiskAssessedYet", actions: "skipRisk" },
        FINISH_RISK: { target: "legality", guard: and(["riskSettled", "riskControllable"]) },
        DROP: { target: "ended", guard: "notInForce", actions: "drop" },
      },
    },
    legality: {
      on: {
        REVISE_DRAFT: { actions: "reviseDraft" },
        REQUEST_REVIEW: { target: "reviewing", guard: and(["hasDraft", "reviewerIsAdviser", "reviewWindowLongEnough"]), actions: "requestReview" },
        DROP: { target: "ended", guard: "notInForce", actions: "drop" },
      },
    },
    reviewing: {
      on: {
        // Sent again, to another adviser (the first one left, or cannot review it): a new round.
        REQUEST_REVIEW: { guard: and(["hasDraft", "reviewerIsAdviser", "reviewWindowLongEnough"]), actions: "requestReview" },
        REVIEW_OPINION: [
          { target: "legality", guard: and(["actorIsReviewer", "foundUnlawful"]), actions: "review" },
          { target: "meeting", guard: "actorIsReviewer", actions: "review" },
        ],
      },
    },
    meeting: {
      on: {
        REVISE_DRAFT: { guard: "reviewAskedForChanges", actions: "revisePerReview" },
        RECORD_MEETING: [
          { target: "legality", guard: and([...meetingGuards, "outcomeRevise"]), actions: "meet" },
          // A change not adopted: the decision in force stays as it was.
          { target: "executing", guard: and([...meetingGuards, "outcomeRejected", "inForce"]), actions: "meet" },
          { target: "ended", guard: and([...meetingGuards, "outcomeRejected"]), actions: ["meet", "endRejected"] },
          { target: "publication", guard: and([...meetingGuards]), actions: "meet" },
        ],
      },
    },
    publication: { on: { PUBLISH_DECISION: { target: "executing", guard: and(["dateNotFuture", "publishedAfterMeeting"]), actions: "publish" } } },
    executing: {
      on: {
        ASSIGN_EXECUTION: { actions: "assignExecution" },
        REPORT_PROGRESS: { actions: "report" },
        SUSPEND: { target: "suspended", guard: "actorIsHead", actions: "suspend" },
        POST_EVALUATE: { target: "evaluated", guard: and(["evaluatorIndependent", "dateNotFuture"]), actions: "evaluate" },
        CHANGE: { target: "legality", actions: "change" },
        STOP: { target: "ended", actions: "stop" },
      },
    },
    suspended: {
      on: {
        RESUME: { target: "executing", guard: "actorIsHead", actions: "resume" },
        CHANGE: { target: "legality", actions: "change" },
        STOP: { target: "ended", actions: "stop" },
      },
    },
    evaluated: { on: { ARCHIVE: { target: "archived", actions: "archive" } } },
    ended: { on: { ARCHIVE: { target: "archived", actions: "archive" } } },
    archived: { type: "final" },
  },
});
