/**
 * 三重一大: 议题申报 → 调查研究 (and 行业比价、专业审价 when required) → 法制审核 (未通过: 补充后再审)
 * → 集体讨论 (通过 / 不予通过) → 落笔签字 → 执行 → 事后回溯 → 归档. An item standing on a major
 * administrative decision goes straight to 执行: its research, review and meeting are that case's.
 */
import { and, assign, setup } from "xstate";
import { namedGuards } from "../engine/run";
import type { GuardRule, ProcedureEvent } from "../engine/types";
import type { Opinion } from "../meeting";
import type { PersonRef, ThreeImportantContext } from "./context";
import { ALL_GUARDS } from "./guards";

/** What the declaration fixes: the item, the threshold in force, the decision it stands on, who declared it. */
export type ThreeImportantInput = Pick<ThreeImportantContext, "officeId" | "kind" | "title" | "unit" | "description" | "amount" | "threshold" | "linked" | "declaredBy" | "declaredAt">;

const person = (e: ProcedureEvent): PersonRef => ({ id: e.actor.id, name: e.actor.name });
const p = <T>(e: ProcedureEvent) => e.payload as T;
const ROUTES: GuardRule<ThreeImportantContext>[] = [
  { name: "isLinked", explain: "", basis: "", test: (c) => c.linked !== null },
  { name: "checkFailed", explain: "", basis: "", test: (_c, e) => p<{ outcome: string }>(e).outcome === "fail" },
  { name: "meetingRejected", explain: "", basis: "", test: (_c, e) => p<{ outcome: string }>(e).outcome === "rejected" },
];
const meetingGuards = ["legalCheckPassed", "quorum", "chairIsHead", "chairSpeaksLast", "dateNotFuture"] as const;

export const threeImportantMachine = setup({
  types: { context: {} as ThreeImportantContext, events: {} as ProcedureEvent, input: {} as ThreeImportantInput },
  guards: namedGuards([...ALL_GUARDS, ...ROUTES]),
  actions: {
    research: assign(({ event }) => ({ research: { findings: p<{ findings: string }>(event).findings, at: event.at } })),
    compare: assign(({ event }) => ({ comparison: { quotes: p<{ quotes: string[] }>(event).quotes, at: event.at } })),
    audit: assign(({ event }) => ({ audit: { ...p<{ auditor: string; result: string }>(event), at: event.at } })),
    check: assign(({ event }) => ({ legal: { by: person(event), ...p<{ outcome: "pass" | "fail"; opinion: string }>(event), at: event.at } })),
    meet: assign(({ event }) => {
      const m = p<{ date: string; chair: PersonRef; members: number; attendees: string[]; opinions: Opinion[]; outcome: "passed" | "rejected" }>(event);
      return { meeting: { date: m.date, chair: { id: m.chair.id, name: m.chair.name }, members: Number(m.members), attendees: m.attendees, opinions: m.opinions, outcome: m.outcome, at: event.at } };
    }),
    sign: assign(({ event }) => ({ signedBy: p<{ signed: string[] }>(event).signed })),
    execute: assign(({ context, event }) => ({ execution: [...context.execution, { text: p<{ text: string }>(event).text, at: event.at }] })),
    lookBack: assign(({ event }) => ({ lookback: { result: p<{ result: string }>(event).result, at: event.at } })),
    archive: assign(({ event }) => ({ archivedAt: event.at })),
  },
}).createMachine({
  id: "three-important",
  initial: "declared",
  context: ({ input }) => ({
    ...input,
    research: null,
    comparison: null,
    audit: null,
    legal: null,
    meeting: null,
    signedBy: [],
    execution: [],
    lookback: null,
    archivedAt: null,
  }),
  states: {
    declared: {
      always: { target: "executing", guard: "isLinked" },
      on: {
        RECORD_RESEARCH: { actions: "research" },
        RECORD_COMPARISON: { actions: "compare" },
        RECORD_AUDIT: { actions: "audit" },
        LEGAL_CHECK: [
          { guard: and(["researched", "pricedIfRequired", "checkFailed"]), actions: "check" },
          { target: "meeting", guard: and(["researched", "pricedIfRequired"]), actions: "check" },
        ],
      },
    },
    meeting: {
      on: {
        RECORD_MEETING: [
          { target: "rejected", guard: and([...meetingGuards, "meetingRejected"]), actions: "meet" },
          { target: "signing", guard: and([...meetingGuards]), actions: "meet" },
        ],
      },
    },
    signing: { on: { SIGN_MINUTES: { target: "executing", guard: "everyAttendeeSigned", actions: "sign" } } },
    executing: {
      on: {
        RECORD_EXECUTION: { actions: "execute" },
        LOOK_BACK: { target: "lookedBack", actions: "lookBack" },
      },
    },
    lookedBack: { on: { ARCHIVE: { target: "archived", actions: "archive" } } },
    rejected: { on: { ARCHIVE: { target: "archived", actions: "archive" } } },
    archived: { type: "final" },
  },
});
