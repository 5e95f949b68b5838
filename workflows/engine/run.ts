/**
 * Running events against a procedure, purely: restore the machine from its persisted snapshot,
 * check the event's stage and named guards, let XState take it, and return the new snapshot.
 * The server wraps these calls in one SQLite transaction (app/cases/engine.server.ts).
 */
import { createActor, type AnyMachineSnapshot } from "xstate";
import type { z } from "zod";
import { timelineIssues } from "./timeline";
import type { EventActor, GuardRule, ProcedureDefinition, ProcedureEvent } from "./types";

export interface Refusal {
  readonly guard: string;
  readonly message: string;
  readonly basis: string;
}

export type ApplyResult =
  | { kind: "applied"; snapshot: PersistedSnapshot; state: string; context: any; event: ProcedureEvent }
  | { kind: "invalid"; issues: z.core.$ZodIssue[] }
  | { kind: "refused"; reasons: Refusal[] };

/** The JSON XState gives back from getPersistedSnapshot(); stored as-is on the case. */
export type PersistedSnapshot = Record<string, unknown> & { value: unknown; context: unknown };

/** Register guard rules with XState by name, so the machine and the engine share one function. */
export function namedGuards<C>(rules: readonly GuardRule<C>[]) {
  return Object.fromEntries(
    rules.map((r) => [r.name, ({ context, event }: { context: C; event: any }) => r.test(context, event)]),
  );
}

export function topState(value: unknown): string {
  if (typeof value === "string") return value;
  return Object.keys(value as object)[0] ?? "";
}

function restore(proc: ProcedureDefinition, snapshot: PersistedSnapshot) {
  const actor = createActor(proc.machine, { snapshot: snapshot as any });
  actor.start();
  return actor;
}

/** A new case: the machine's initial snapshot for the validated creation input. */
export function startCase(proc: ProcedureDefinition, input: unknown): PersistedSnapshot {
  const actor = createActor(proc.machine, { input });
  actor.start();
  const snapshot = actor.getPersistedSnapshot() as unknown as PersistedSnapshot;
  actor.stop();
  return snapshot;
}

const NOT_THIS_STAGE = (label: string, stateLabel: string): Refusal => ({
  guard: "stage",
  message: `案件当前处于“${stateLabel}”阶段，不能办理“${label}”`,
  basis: "程序规定的办理顺序",
});

function failingGuards<C>(rules: readonly GuardRule<C>[], context: C, event: ProcedureEvent, withPayload: boolean) {
  return rules
    .filter((g) => withPayload || !g.needsPayload)
    .filter((g) => !g.test(context, event))
    .map((g) => ({ guard: g.name, message: g.explain, basis: g.basis }));
}

export function applyEvent(
  proc: ProcedureDefinition,
  snapshot: PersistedSnapshot,
  raw: { type: string; at: string; actor: EventActor; payload: unknown },
): ApplyResult {
  const def = proc.events[raw.type];
  if (!def) return { kind: "refused", reasons: [{ guard: "unknown-event", message: `未知事项： ${raw.type}`, basis: "" }] };
  const parsed = def.payload.safeParse(raw.payload ?? {});
  if (!parsed.success) return { kind: "invalid", issues: parsed.error.issues };
  const event: ProcedureEvent = { type: raw.type, at: raw.at, actor: raw.actor, payload: parsed.data };

  const actor = restore(proc, snapshot);
  try {
    const current = actor.getSnapshot() as AnyMachineSnapshot;
    const state = topState(current.value);
    if (!def.from.includes(state)) {
      return { kind: "refused", reasons: [NOT_THIS_STAGE(def.label, proc.stateLabels[state] ?? state)] };
    }
    const dated = timelineIssues(proc.timeline, raw.type, current.context, event.payload);
    if (dated.length) return { kind: "invalid", issues: dated.map((i) => ({ code: "custom", input: undefined, ...i })) as z.core.$ZodIssue[] };
    const reasons = failingGuards(def.guards, current.context, event, true);
    if (reasons.length) return { kind: "refused", reasons };
    if (!current.can(event)) return { kind: "refused", reasons: [NOT_THIS_STAGE(def.label, proc.stateLabels[state] ?? state)] };
    actor.send(event);
    const next = actor.getSnapshot() as AnyMachineSnapshot;
    return {
      kind: "applied",
      snapshot: actor.getPersistedSnapshot() as unknown as PersistedSnapshot,
      state: topState(next.value),
      context: next.context,
      event,
    };
  } finally {
    actor.stop();
  }
}

export interface ActionAvailability {
  readonly type: string;
  readonly label: string;
  readonly available: boolean;
  readonly reasons: readonly Refusal[];
}

/**
 * Every action of the current stage, marked available or not with the reasons — "可办理事项" and
 * "暂不能办理,原因:…". Guards that need the form's payload are checked only when it is sent.
 */
export function listActions(
  proc: ProcedureDefinition,
  snapshot: PersistedSnapshot,
  actor: EventActor,
  at: string,
  mayPerform: (permission: string, type: string) => Refusal | null,
): ActionAvailability[] {
  const state = topState(snapshot.value);
  return Object.values(proc.events)
    .filter((def) => def.from.includes(state))
    .map((def) => {
      const probe: ProcedureEvent = { type: def.type, at, actor, payload: {} };
      const denied = mayPerform(def.permission, def.type);
      const reasons = [...(denied ? [denied] : []), ...failingGuards(def.guards, snapshot.context as any, probe, false)];
      return { type: def.type, label: def.label, available: reasons.length === 0, reasons };
    });
}

/** Rebuild a case from its creation input and event log; must equal the stored snapshot. */
export function replay(
  proc: ProcedureDefinition,
  input: unknown,
  events: readonly { type: string; at: string; actor: EventActor; payload: unknown }[],
): PersistedSnapshot {
  const actor = createActor(proc.machine, { input });
  actor.start();
  for (const e of events) actor.send({ type: e.type, at: e.at, actor: e.actor, payload: e.payload } as any);
  const snapshot = actor.getPersistedSnapshot() as unknown as PersistedSnapshot;
  actor.stop();
  return snapshot;
}
