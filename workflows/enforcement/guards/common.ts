/**
 * Helpers the enforcement guards share: article citations, the dates of an event, who investigated
 * and who judges, the sanction announced and approved, and the fine in force.
 */
import { chinaDate } from "../../calendar/calendar";
import type { GuardRule, ProcedureEvent } from "../../engine/types";
import { currentSanction, heavierThan } from "../catalogue";
import type { EnforcementContext, Sanction } from "../context";

export type Guard = GuardRule<EnforcementContext>;
export const APL = (n: string) => `《中华人民共和国行政处罚法》第${n}条`;
export const G118 = (n: string) => `国办发〔2018〕118号第${n}条`;

/** 简易程序 limits (APL 51), yuan. */
export const ON_SPOT_LIMIT_PERSON = 200;
export const ON_SPOT_LIMIT_ORGANISATION = 3000;

export type Person = { id: number; name: string; roles?: string[]; certNo?: string | null; certValidUntil?: string | null; qualificationNo?: string | null };
export const payload = <T>(e: ProcedureEvent) => e.payload as T;
export const today = (e: ProcedureEvent) => chinaDate(e.at);
export const dateOf = (e: ProcedureEvent, field = "date") => String(e.payload[field] ?? "");
export const certified = (p: Person, on: string) => !!p.certNo && !!p.certValidUntil && p.certValidUntil >= on;

/** The recused person of a recusal; recusals recorded before officers were chosen from a list name them only. */
export const recusedName = (r: EnforcementContext["recusals"][number]) => (typeof r.officer === "string" ? r.officer : r.officer.name);
export const recusedIds = (r: EnforcementContext["recusals"][number]): number[] => (typeof r.officer === "string" ? [] : [r.officer.id]);

/** Everyone who investigated: the officers in charge, any officer present at a recorded act, and any recused officer. */
export function investigators(c: EnforcementContext): Set<number> {
  return new Set([...(c.filing?.officers ?? []), ...c.record.flatMap((r) => r.officers)].map((o) => o.id).concat(c.recusals.flatMap(recusedIds)));
}

/** Officers the head has ordered to step aside (APL 43). */
export const recusedOfficers = (c: EnforcementContext): Set<number> =>
  new Set(c.recusals.filter((r) => r.decision === "granted").flatMap((r) => recusedIds(r)));

/** Who judges the case apart from its investigators: the hearing's chair and every legal reviewer (APL 58, 64). */
export const judges = (c: EnforcementContext): Set<number> =>
  new Set([...(c.hearing?.scheduled ? [c.hearing.scheduled.chair.id] : []), ...c.legalReviews.flatMap((r) => (r.result ? [r.result.reviewer.id] : []))]);

export const sanctionOf = (e: ProcedureEvent): Sanction | null =>
  typeof e.payload.kind === "string" && ["penalty", "no_penalty", "transfer"].includes(e.payload.kind as string)
    ? { kind: e.payload.kind as Sanction["kind"], penalties: (e.payload.penalties as Sanction["penalties"]) ?? [], fine: Number(e.payload.fine ?? 0), confiscation: Number(e.payload.confiscation ?? 0), reasons: "" }
    : null;

/** What the party was last told they face: the notice, or the lighter result of a re-examination. */
export const announced = (c: EnforcementContext): Sanction | null => [...c.representations].reverse().find((r) => r.revised)?.revised ?? c.notice?.proposal ?? null;

/**
 * The approval that stands: the last round, if it approved, was made for the investigation as it
 * now stands (not before a return to investigation), and covers the sanction (nothing heavier).
 */
export function standingApproval(c: EnforcementContext, sanction: Sanction | null = currentSanction(c)) {
  const last = c.legalReviews.at(-1);
  if (!last || c.legalReviews.length <= c.reviewBaseline || last.result?.outcome !== "approved") return null;
  if (sanction && last.sanction && heavierThan(sanction, last.sanction)) return null;
  return last;
}

/**
 * A revoked, illegal or void decision has no force; a changed one stands as changed. A change recorded
 * before the changed fine was asked (no `fine`) keeps the meaning it had then: no longer collected.
 */
export const inForce = (c: EnforcementContext) => c.revocation === null || (c.revocation.kind === "changed" && c.revocation.fine != null);

/** The fine the party owes: the decision's, as a reconsideration or court changed it, or none once it has no force. */
export function fineOwed(c: EnforcementContext): number {
  if (!c.decision || !inForce(c)) return 0;
  return c.revocation?.fine ?? c.decision.fine;
}

export function paidInFull(c: EnforcementContext): boolean {
  if (!c.decision) return false;
  const last = c.payments.at(-1);
  const owed = fineOwed(c) + (last?.surcharge ?? 0);
  return c.payments.reduce((n, p) => n + p.amount, 0) >= owed;
}
