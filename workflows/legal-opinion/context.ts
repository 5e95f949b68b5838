/** Case data of a legal-opinion request (法律意见书申请). */
import type { AdviserCredentials } from "../advisers";
export const MATTER_TYPES = {
  contract: "合同审查",
  major_matter: "重大事项",
  risk_assessment: "疑难案件履职风险评估",
  petition: "信访/纠纷",
  other: "其他",
} as const;
export type MatterType = keyof typeof MATTER_TYPES;

export interface PersonRef {
  readonly id: number;
  readonly name: string;
}

export interface LegalOpinionDraft {
  readonly facts: string; // 基本事实
  readonly questions: string; // 咨询问题
  readonly analysis: string; // 法律分析
  readonly conclusion: string; // 法律意见
  readonly bases: readonly string[]; // 法律依据, each cited by article
}

export interface ReviewRound {
  readonly round: number;
  readonly at: string;
  readonly by: PersonRef;
  readonly decision: "approved" | "returned";
  readonly comments: string;
}

export interface LegalOpinionContext {
  readonly officeId: number;
  readonly matterType: MatterType;
  readonly subject: string;
  readonly requestingUnit: string;
  readonly background: string;
  readonly questions: string;
  readonly requestedBy: PersonRef;
  readonly requestedAt: string;
  /** licenceNo, adviserKind and firm from the roster; absent on assignments made before it. */
  readonly assignee: (PersonRef & AdviserCredentials) | null;
  readonly assignedAt: string | null;
  readonly draftDays: number | null;
  readonly draftDeadlineBasis: string | null;
  readonly draft: LegalOpinionDraft | null;
  readonly reviews: readonly ReviewRound[];
  readonly issued: { readonly number: string; readonly sha256: string; readonly at: string } | null;
  readonly archivedAt: string | null;
  readonly closedReason: string | null;
}
