/**
 * 重大行政决策事项目录: 编制 → 审核 (司法所; 退回 back to 编制) → 党(工)委同意 → 报区备案 → 区里确认备案
 * → 向社会公布 → 执行中 (调整: 提出 → 审核 → 党(工)委同意 → 公布, each item added or taken off with its
 * reason, never overwriting the list) → 年度评估 (each item done, carried over or dropped) → 归档.
 */
import { and, assign, setup } from "xstate";
import { namedGuards } from "../engine/run";
import type { ProcedureEvent } from "../engine/types";
import type { Approval, CatalogueItem, DecisionCatalogueContext, ItemFields, Outcome, PersonRef, PlannedStep, Review } from "./context";
import { ALL_GUARDS } from "./guards";

export interface DecisionCatalogueInput {
  readonly officeId: number;
  readonly year: number;
  readonly compiledBy: PersonRef;
  readonly compiledAt: string;
}

const person = (e: ProcedureEvent): PersonRef => ({ id: e.actor.id, name: e.actor.name });
const p = <T>(e: ProcedureEvent) => e.payload as T;
const nextNo = (c: DecisionCatalogueContext) => c.items.reduce((n, i) => Math.max(n, i.no), 0) + 1;
const fields = (x: { name: string; unit: string; basis: string; reason: string; plannedBy: string; steps?: PlannedStep[] }): ItemFields => ({
  name: x.name.trim(),
  unit: x.unit,
  basis: x.basis,
  reason: x.reason,
  plannedBy: x.plannedBy,
  steps: x.steps ?? [],
});
const review = (rounds: readonly Review[], e: ProcedureEvent, outcome: Review["outcome"]): Review[] => [
  ...rounds,
  { round: rounds.length + 1, by: person(e), at: e.at, outcome, opinion: p<{ opinion: string }>(e).opinion },
];
const approval = (e: ProcedureEvent): Approval => ({ ...p<{ meeting: string; date: string }>(e), by: person(e), at: e.at });
/** The adjustment under way is always the last one. */
const withOpen = (c: DecisionCatalogueContext, change: (a: DecisionCatalogueContext["adjustments"][number]) => DecisionCatalogueContext["adjustments"][number]) => ({
  adjustments: [...c.adjustments.slice(0, -1), change(c.adjustments.at(-1)!)],
});

export const decisionCatalogueMachine = setup({
  types: { context: {} as DecisionCatalogueContext, events: {} as ProcedureEvent, input: {} as DecisionCatalogueInput },
  guards: namedGuards(ALL_GUARDS),
  actions: {
    addItem: assign(({ context, event }) => ({
      items: [...context.items, { ...fields(p(event)), no: nextNo(context), addedBy: null, removed: null, evaluation: null } satisfies CatalogueItem],
    })),
    // Before the list is agreed, a draft item is simply taken out.
    removeDraftItem: assign(({ context, event }) => ({ items: context.items.filter((i) => i.no !== Number(p<{ item: number }>(event).item)) })),
    pass: assign(({ context, event }) => ({ reviews: review(context.reviews, event, "pass") })),
    returnToDraft: assign(({ context, event }) => ({ reviews: review(context.reviews, event, "return") })),
    agree: assign(({ event }) => ({ approval: approval(event) })),
    file: assign(({ event }) => ({ filing: { ...p<{ filedOn: string; filedWith: string }>(event), by: person(event), at: event.at } })),
    acknowledge: assign(({ event }) => ({ acknowledgement: { by: person(event), at: event.at, opinion: p<{ opinion: string }>(event).opinion } })),
    publish: assign(({ event }) => ({ publishedOn: p<{ publishedOn: string }>(event).publishedOn })),
    propose: assign(({ context, event }) => {
      const a = p<{ kind: "add" | "remove"; item?: number; name: string; unit: string; basis: string; purpose: string; plannedBy: string; steps: PlannedStep[]; reason: string }>(event);
      return {
        adjustments: [
          ...context.adjustments,
          {
            index: context.adjustments.length + 1,
            kind: a.kind,
            item: a.kind === "add" ? fields({ ...a, reason: a.purpose }) : null,
            itemNo: a.kind === "remove" ? Number(a.item) : null,
            reason: a.reason,
            proposedBy: person(event),
            proposedAt: event.at,
            reviews: [],
            approval: null,
            publishedOn: null,
            dropped: false,
          },
        ],
      };
    }),
    passAdjustment: assign(({ context, event }) => withOpen(context, (a) => ({ ...a, reviews: review(a.reviews, event, "pass") }))),
    dropAdjustment: assign(({ context, event }) => withOpen(context, (a) => ({ ...a, reviews: review(a.reviews, event, "return"), dropped: true }))),
    agreeAdjustment: assign(({ context, event }) => withOpen(context, (a) => ({ ...a, approval: approval(event) }))),
    // Published: the item joins the list, or is marked as taken off; nothing is overwritten.
    publishAdjustment: assign(({ context, event }) => {
      const on = p<{ publishedOn: string }>(event).publishedOn;
      const a = context.adjustments.at(-1)!;
      const items =
        a.kind === "add"
          ? [...context.items, { ...a.item!, no: nextNo(context), addedBy: a.index, removed: null, evaluation: null }]
          : context.items.map((i) => (i.no === a.itemNo ? { ...i, removed: { by: a.index, on, reason: a.reason } } : i));
      return { items, ...withOpen(context, (x) => ({ ...x, publishedOn: on })) };
    }),
    evaluateItem: assign(({ context, event }) => {
      const v = p<{ item: number; outcome: Outcome; reason: string }>(event);
      return { items: context.items.map((i) => (i.no === Number(v.item) ? { ...i, evaluation: { outcome: v.outcome, reason: v.reason, by: person(event), at: event.at } } : i)) };
    }),
    finishEvaluation: assign(({ event }) => ({ evaluation: { summary: p<{ summary: string }>(event).summary, by: person(event), at: event.at } })),
    archive: assign(({ event }) => ({ archivedAt: event.at })),
  },
}).createMachine({
  id: "decision-catalogue",
  initial: "drafting",
  context: ({ input }) => ({
    officeId: input.officeId,
    year: input.year,
    compiledBy: input.compiledBy,
    compiledAt: input.compiledAt,
    items: [],
    reviews: [],
    approval: null,
    filing: null,
    acknowledgement: null,
    publishedOn: null,
    adjustments: [],
    evaluation: null,
    archivedAt: null,
  }),
  states: {
    drafting: {
      on: {
        ADD_ITEM: { guard: and(["plannedInYear", "notListedYet"]), actions: "addItem" },
        REMOVE_DRAFT_ITEM: { guard: "itemOnList", actions: "removeDraftItem" },
        SUBMIT: { target: "reviewing", guard: "hasItems" },
      },
    },
    reviewing: {
      on: {
        REVIEW_PASS: { target: "approving", actions: "pass" },
        REVIEW_RETURN: { target: "drafting", actions: "returnToDraft" },
      },
    },
    approving: { on: { AGREE: { target: "filing", guard: "dateNotFuture", actions: "agree" } } },
    filing: { on: { FILE: { target: "filed", guard: and(["dateNotFuture", "notBeforeAgreement"]), actions: "file" } } },
    filed: { on: { ACKNOWLEDGE: { target: "acknowledged", actions: "acknowledge" } } },
    acknowledged: { on: { PUBLISH: { target: "executing", guard: and(["dateNotFuture", "notBeforeAgreement"]), actions: "publish" } } },
    executing: {
      on: {
        PROPOSE_ADJUSTMENT: { target: "adjustReviewing", guard: and(["itemOnList", "plannedInYear", "notListedYet"]), actions: "propose" },
        EVALUATE_ITEM: { guard: "evaluatedItemOnList", actions: "evaluateItem" },
        FINISH_EVALUATION: { target: "evaluated", guard: "allItemsEvaluated", actions: "finishEvaluation" },
      },
    },
    adjustReviewing: {
      on: {
        ADJUST_REVIEW_PASS: { target: "adjustApproving", actions: "passAdjustment" },
        ADJUST_REVIEW_RETURN: { target: "executing", actions: "dropAdjustment" },
      },
    },
    adjustApproving: { on: { ADJUST_AGREE: { target: "adjustPublishing", guard: "dateNotFuture", actions: "agreeAdjustment" } } },
    adjustPublishing: { on: { ADJUST_PUBLISH: { target: "executing", guard: and(["dateNotFuture", "notBeforeAgreement"]), actions: "publishAdjustment" } } },
    evaluated: { on: { ARCHIVE: { target: "archived", actions: "archive" } } },
    archived: { type: "final" },
  },
});
