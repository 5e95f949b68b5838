/**
 * Case data of a street's 三重一大 item (重大决策、重要人事任免、重大项目安排、大额资金使用), through the
 * street's own procedure (RULES.md §3; the 彭浦新村 report): 议题申报 → 调查研究 → 行业比价和专业审价 (for
 * spending at or above the street's threshold) → 法制审核 → 集体讨论 (each member's position, the 一把手
 * last) → 落笔签字 (every attendee signs the minutes) → 执行 → 事后回溯. An item that is also a major
 * administrative decision links to that decision's case instead of repeating its steps.
 */
import type { Opinion } from "../meeting";

export interface PersonRef {
  readonly id: number;
  readonly name: string;
}

export const KINDS = { decision: "重大决策", personnel: "重要人事任免", project: "重大项目安排", funds: "大额资金使用" } as const;
export type Kind = keyof typeof KINDS;

/** A decision case this item stands on: its steps are not repeated here. */
export interface LinkedDecision {
  readonly caseId: number;
  readonly number: string;
  readonly name: string;
  readonly state: string;
}

export interface ThreeImportantContext {
  readonly officeId: number;
  readonly kind: Kind;
  readonly title: string;
  readonly unit: string;
  readonly description: string;
  /** Yuan; 0 when the item spends nothing. */
  readonly amount: number;
  /** The street's threshold when the item was declared: at or above it, 比价 and 审价 are required. */
  readonly threshold: number;
  readonly linked: LinkedDecision | null;
  readonly declaredBy: PersonRef;
  readonly declaredAt: string;
  readonly research: { readonly findings: string; readonly at: string } | null;
  readonly comparison: { readonly quotes: readonly string[]; readonly at: string } | null;
  readonly audit: { readonly auditor: string; readonly result: string; readonly at: string } | null;
  readonly legal: { readonly by: PersonRef; readonly outcome: "pass" | "fail"; readonly opinion: string; readonly at: string } | null;
  readonly meeting: { readonly date: string; readonly chair: PersonRef; readonly members: number; readonly attendees: readonly string[]; readonly opinions: readonly Opinion[]; readonly outcome: "passed" | "rejected"; readonly at: string } | null;
  readonly signedBy: readonly string[];
  readonly execution: readonly { readonly text: string; readonly at: string }[];
  readonly lookback: { readonly result: string; readonly at: string } | null;
  readonly archivedAt: string | null;
}

/** 大额资金 and 重大项目 at or above the street's threshold are compared and audited before the meeting. */
export const needsPricing = (c: ThreeImportantContext) => (c.kind === "funds" || c.kind === "project") && c.amount >= c.threshold;
