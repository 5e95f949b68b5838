/**
 * Case data of a legality review (合法性审查/审核) of a draft the street is about to adopt or sign:
 * a 行政规范性文件 or a contract. The 司法所 reviews it with a 法律顾问/公职律师 from its roster.
 */
import type { AdviserCredentials } from "../advisers";
export const DOCUMENT_TYPES = {
  normative: "行政规范性文件",
  contract: "合同",
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

/** The review's conclusion (审查结论). */
export const CONCLUSIONS = {
  lawful: "合法",
  lawful_after_changes: "修改后合法",
  unlawful: "不合法",
} as const;
export type Conclusion = keyof typeof CONCLUSIONS;

export interface PersonRef {
  readonly id: number;
  readonly name: string;
}

/** A problem found in the draft and the provision it conflicts with (《…》第…条). */
export interface ReviewProblem {
  readonly text: string;
  readonly article: string;
}

export interface ReviewOpinion {
  readonly conclusion: Conclusion;
  readonly problems: readonly ReviewProblem[];
  readonly reasoning: string; // 审查意见说明
  readonly suggestions: string; // 修改建议
  readonly by: PersonRef;
  readonly at: string;
}

/** 补正: material asked for while the review period stands still, and when it arrived. */
export interface Correction {
  readonly requestedOn: string; // China date
  readonly requestedBy: PersonRef;
  readonly items: string;
  readonly suppliedOn: string | null;
  readonly note: string | null;
  readonly files: readonly { readonly sha256: string; readonly name: string }[];
}

export interface SignOff {
  readonly round: number;
  readonly at: string;
  readonly by: PersonRef;
  readonly decision: "approved" | "returned";
  readonly comments: string;
}

export interface NormativeReviewContext {
  readonly officeId: number;
  readonly documentType: DocumentType;
  readonly title: string;
  readonly requestingUnit: string;
  readonly counterparty: string; // 合同相对方, empty for a normative document
  readonly explanation: string; // 起草说明 / 送审说明
  readonly requestedBy: PersonRef;
  readonly requestedAt: string;
  /** The date the requesting unit asks the opinion for (要求完成日期). */
  readonly wantedBy: string;
  readonly draft: { readonly sha256: string; readonly name: string; readonly at: string; readonly note: string } | null;
  readonly acceptedAt: string | null;
  /** licenceNo, adviserKind and firm from the roster; absent on assignments made before it. */
  readonly reviewer: (PersonRef & AdviserCredentials) | null;
  readonly reviewDays: number | null;
  readonly reviewBasis: string | null;
  readonly corrections: readonly Correction[];
  readonly opinion: ReviewOpinion | null;
  readonly signOffs: readonly SignOff[];
  readonly issued: { readonly number: string; readonly sha256: string; readonly at: string } | null;
  readonly archivedAt: string | null;
  readonly closedReason: string | null;
}
