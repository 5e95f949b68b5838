/**
 * Case data of one major administrative decision (重大行政决策), run from a published catalogue item
 * through 713's procedure, which a street office applies by reference (art. 42): 决策启动, 公众参与,
 * 专家论证, 风险评估, 合法性审查, 集体讨论决定, 决策公布, 决策执行, 决策后评估, 调整/停止, 归档 (RULES.md §3).
 */
import type { AdviserCredentials } from "../advisers";
export interface PersonRef {
  readonly id: number;
  readonly name: string;
}
export interface FileRef {
  readonly sha256: string;
  readonly name: string;
}

/** The steps a street may mark 不适用 with a written reason (713 arts. 16, 19, 22). */
export const OPTIONAL_STEPS = { hearing: "听证会", expert: "专家论证", risk: "风险评估" } as const;
export type OptionalStep = keyof typeof OPTIONAL_STEPS;

export const DISPOSITIONS = { adopted: "采纳", partly: "部分采纳", rejected: "不采纳" } as const;
export type Disposition = keyof typeof DISPOSITIONS;

export const RISK_LEVELS = { low: "低风险", medium: "中风险", high: "高风险（可控）", uncontrollable: "风险不可控" } as const;
export type RiskLevel = keyof typeof RISK_LEVELS;

/** What a legality review looks at (713 art. 27, with consistency with higher law spelled out). */
export const CHECK_ITEMS = { authority: "主体与权限", procedure: "程序", content: "内容", consistency: "与上位法的一致性" } as const;
export type CheckItem = keyof typeof CHECK_ITEMS;

export const CONCLUSIONS = { lawful: "合法", lawful_after_changes: "修改后合法", unlawful: "不合法" } as const;
export type Conclusion = keyof typeof CONCLUSIONS;

export const MEETING_KINDS = { party: "党工委会议", directors: "主任办公会议" } as const;
export const MEETING_OUTCOMES = { passed: "通过", revise: "修改后再议", rejected: "不予通过" } as const;
export type MeetingOutcome = keyof typeof MEETING_OUTCOMES;

export interface CatalogueItemRef {
  readonly catalogueCaseId: number;
  readonly catalogueNumber: string;
  readonly year: number;
  readonly no: number;
  readonly name: string;
  readonly unit: string;
  readonly basis: string;
  readonly steps: readonly OptionalStep[];
}

import type { Opinion } from "../meeting";
export type { Opinion };

export interface Meeting {
  readonly round: number;
  readonly kind: keyof typeof MEETING_KINDS;
  readonly date: string;
  readonly chair: PersonRef;
  /** How many members the meeting body has, and who attended. */
  readonly members: number;
  readonly attendees: readonly string[];
  /** In the order spoken; the chair's last. */
  readonly opinions: readonly Opinion[];
  readonly outcome: MeetingOutcome;
  readonly againstMajorityReason: string;
  readonly at: string;
}

export interface Review {
  readonly round: number;
  readonly reviewer: PersonRef;
  readonly checks: Readonly<Record<CheckItem, "ok" | "problem">>;
  readonly problems: string;
  readonly conclusion: Conclusion;
  readonly opinion: string;
  readonly number: string;
  readonly at: string;
}

export interface MajorDecisionContext {
  readonly officeId: number;
  readonly item: CatalogueItemRef;
  readonly startedBy: PersonRef;
  readonly startedAt: string;
  readonly launch: { readonly unit: string; readonly draft: FileRef; readonly explanation: string; readonly at: string } | null;
  /** Revisions; `perReview` is the review round a revision carries out (修改后合法, art. 28), which it does not undo. */
  readonly drafts: readonly { readonly draft: FileRef; readonly note: string; readonly at: string; readonly perReview?: number }[];
  readonly notApplicable: readonly { readonly step: OptionalStep; readonly reason: string; readonly by: PersonRef; readonly at: string }[];
  /** The comment call: from, until, the shortest lawful end on the calendar, and why it is shorter if it is. */
  readonly call: { readonly opensOn: string; readonly closesOn: string; readonly minimumEnd: string; readonly shortReason: string; readonly text: string; readonly at: string } | null;
  readonly comments: readonly { readonly id: number; readonly receivedAt: string; readonly text: string; readonly disposition: Disposition; readonly reason: string; readonly by: PersonRef; readonly at: string }[];
  readonly callClosed: { readonly received: number; readonly at: string } | null;
  readonly hearing: { readonly materialsOn: string; readonly heldOn: string; readonly place: string; readonly summary: string; readonly at: string } | null;
  readonly experts: readonly { readonly name: string; readonly field: string; readonly institution: string; readonly opinion: string; readonly at: string }[];
  readonly risks: readonly { readonly level: RiskLevel; readonly report: FileRef | null; readonly points: string; readonly measures: string; readonly at: string }[];
  /** The reviewer carries the roster credentials when requested after the roster existed. */
  readonly reviewRequests: readonly { readonly round: number; readonly reviewer: PersonRef & AdviserCredentials; readonly requestedOn: string; readonly dueOn: string; readonly minimumDue: string; readonly shortReason: string; readonly at: string }[];
  readonly reviews: readonly Review[];
  readonly meetings: readonly Meeting[];
  readonly publication: { readonly publishedOn: string; readonly text: string; readonly adoption: string; readonly at: string } | null;
  readonly execution: { readonly unit: string; readonly reports: readonly { readonly text: string; readonly at: string }[]; readonly suspended: { readonly reason: string; readonly by: PersonRef; readonly at: string } | null } | null;
  readonly postEvaluation: { readonly unit: string; readonly result: string; readonly publishedOn: string; readonly at: string } | null;
  /** Changes to a decision in force (713 art. 37): each reruns review, meeting and publication; the text it replaced is kept. Absent on cases from before. */
  readonly changes?: readonly { readonly reason: string; readonly meeting: string; readonly replaced: MajorDecisionContext["publication"]; readonly at: string }[];
  readonly ended: { readonly kind: "dropped" | "stopped"; readonly reason: string; readonly at: string } | null;
  readonly archivedAt: string | null;
}

export const latest = <T>(xs: readonly T[]): T | undefined => xs.at(-1);
/** The draft now under way: the last revision, or the one handed in at launch. */
export const currentDraft = (c: MajorDecisionContext) => latest(c.drafts)?.draft ?? c.launch?.draft ?? null;
export const skipped = (c: MajorDecisionContext, step: OptionalStep) => c.notApplicable.find((n) => n.step === step);
