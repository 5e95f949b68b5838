/**
 * The case data of what follows a decision when the party does not comply or challenges it, and of
 * the coercive measures (行政强制法): 复议 and 应诉, 催告, 暂缓 or 分期 payment, the application to the
 * court, 查封扣押, and 强制拆除 or 代履行 of a 限期拆除 order. Every field is optional on the case:
 * cases recorded before these existed have none of them.
 */
import type { PersonRef } from "../context";
import type { Demolition } from "./demolition";
import type { Seizure } from "./seizure";

// The measures' names and the readers the case page uses sit here, apart from their forms and
// schemas, so the browser's 案件信息 card does not load the validation library (issue 13 §10).
export const ENFORCEMENT_METHODS = { demolish: "强制拆除", substitute: "代履行" } as const;
export const SEIZURE_KINDS = { seal: "查封", detain: "扣押" } as const;
export const SEIZURE_OUTCOMES = { confiscate: "没收", destroy: "销毁", release: "解除查封、扣押" } as const;
/** 行政强制法 28: when a seizure must be released. */
export const RELEASE_GROUNDS = {
  lawful: "当事人没有违法行为",
  unrelated: "查封、扣押的场所、设施或者财物与违法行为无关",
  decided: "对违法行为已经作出处理决定，不再需要查封、扣押",
  expired: "查封、扣押期限已经届满",
  other: "其他不再需要采取查封、扣押措施的情形",
} as const;
export const POLICE_REPLIES = { filed: "决定立案", declined: "决定不予立案" } as const;

const NO_DEMOLITION: Demolition = { statements: [], decision: null, served: null, announced: null, done: null, complied: null };
export const demolitionOf = (c: { demolition?: Demolition }): Demolition => c.demolition ?? NO_DEMOLITION;
export const seizuresOf = (c: { seizures?: readonly Seizure[] }): readonly Seizure[] => c.seizures ?? [];

export const CHALLENGE_KINDS = { review: "行政复议", litigation: "行政诉讼" } as const;
export type ChallengeKind = keyof typeof CHALLENGE_KINDS;

/** 行政复议法 (2023) 63–69 and 行政诉讼法 69–77: how a review or a court disposes of the decision. */
export const CHALLENGE_OUTCOMES = {
  upheld: "维持",
  dismissed: "驳回",
  revoked: "撤销",
  changed: "变更",
  illegal: "确认违法",
  void: "确认无效",
  withdrawn: "申请人撤回申请或原告撤诉",
} as const;
export type ChallengeOutcome = keyof typeof CHALLENGE_OUTCOMES;

/** The outcomes that correct the decision (被纠错), recorded on the case as its revocation or change. */
export const CORRECTIONS = ["revoked", "changed", "illegal", "void"] as const;
export type Correction = (typeof CORRECTIONS)[number];
export const corrects = (o: ChallengeOutcome): o is Correction => (CORRECTIONS as readonly string[]).includes(o);

/** A 行政复议 or 行政诉讼 against the decision, from the copy served on the street to its outcome. */
export interface Challenge {
  readonly n: number;
  readonly kind: ChallengeKind;
  /** 复议机关 or 人民法院. */
  readonly organ: string;
  readonly caseNumber: string;
  /** When the party applied or sued. */
  readonly filedOn: string;
  /** When the street received the copy of the application or complaint: its answer runs from here. */
  readonly receivedOn: string;
  readonly claims: string;
  /** A review under the simple procedure: the answer is due in 5 working days (行政复议法 54). */
  readonly simple?: boolean;
  readonly registeredAt: string;
  readonly registeredBy: PersonRef;
  /** 复议答复 (行政复议法 48) or 答辩 (行政诉讼法 67), with the evidence and basis submitted. */
  readonly answer: { readonly date: string; readonly content: string; readonly evidence: string; readonly by: PersonRef } | null;
  readonly outcome: { readonly kind: ChallengeOutcome; readonly date: string; readonly reason: string; readonly fine: number | null; readonly by: PersonRef } | null;
}

export const challengesOf = (c: { challenges?: readonly Challenge[] }): readonly Challenge[] => c.challenges ?? [];
export const pendingChallenge = (c: { challenges?: readonly Challenge[] }) => challengesOf(c).find((x) => x.outcome === null) ?? null;
