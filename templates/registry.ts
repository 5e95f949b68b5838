/**
 * Every document the system generates: its title, which procedure it belongs to, whether it is
 * numbered (and its number series), and its builder (content → render).
 */
import type { LegalOpinionContext } from "../workflows/legal-opinion/context";
import { legalOpinionContent } from "./legal-opinion/content";
import { renderLegalOpinion } from "./legal-opinion/render";
import { requestFormContent, renderRequestForm } from "./legal-opinion-request/request-form";
import type { MediationContext } from "../workflows/mediation/context";
import * as m from "./mediation/content";
import type { MediationDocInput } from "./mediation/content";
import { renderCaseFile } from "./mediation/case-file";
import { renderRecord, type RecordSection } from "./gbt9704/record";
import { agencyOf, filingForm, inquiryRecord, inspectionRecord, preservationNotice, recordManifest, type EnforcementDocInput } from "./enforcement/content";
import * as ed from "./enforcement/decision";

export interface DocumentInput {
  readonly context: any;
  readonly caseNumber: string;
  readonly caseTitle: string;
  readonly number: string | null;
  readonly at: string;
  readonly officeName: string;
  readonly actorName: string;
  readonly files: readonly { readonly name: string; readonly kind: string; readonly sha256: string }[];
}

export interface DocumentTemplate {
  readonly id: string;
  readonly title: string;
  readonly procedure: string;
  /** 发文字号 series and 机关代字 suffix; null for unnumbered forms. */
  readonly numbering: { readonly series: string; readonly codeSuffix: string; readonly streetIssued?: boolean } | null;
  /** Whether users may generate it on demand (numbered ones come from their procedure event). */
  readonly onDemand: boolean;
  /** Whether the case has what the document needs yet (an agreement, a follow-up …). */
  readonly available?: (context: any) => boolean;
  readonly build: (input: DocumentInput) => Promise<Uint8Array>;
}

const committeeOf = (officeName: string) => `${officeName}人民调解委员会`;
const mediationInput = (i: DocumentInput): MediationDocInput => ({ c: i.context as MediationContext, caseNumber: i.caseNumber, committee: committeeOf(i.officeName), at: i.at });

function mediationRecord(id: string, title: string, content: (i: MediationDocInput) => RecordSection | null): DocumentTemplate {
  return {
    id,
    title,
    procedure: "mediation",
    numbering: null,
    onDemand: true,
    available: (c) => content({ c, caseNumber: "", committee: "", at: new Date(0).toISOString() }) !== null,
    build: async (i) => {
      const section = content(mediationInput(i));
      if (!section) throw new Error(`本案尚无可生成${title}的内容`);
      return renderRecord(section);
    },
  };
}

const enforcementInput = (i: DocumentInput): EnforcementDocInput => ({ c: i.context, caseNumber: i.caseNumber, number: i.number, agency: agencyOf(i.officeName), at: i.at });

/**
 * An enforcement document. `series`: numbered in the street's own name (彭执罚决〔2026〕1号) and
 * produced by its event; without it, generated on demand once the case has what it records.
 */
function enforcementDoc(id: string, title: string, content: (i: EnforcementDocInput) => RecordSection | null, numbering?: { series: string; codeSuffix: string }, byEvent = false): DocumentTemplate {
  return {
    id,
    title,
    procedure: "enforcement",
    numbering: numbering ? { ...numbering, streetIssued: true } : null,
    onDemand: !numbering && !byEvent,
    available: (c) => content({ c, caseNumber: "", number: null, agency: "", at: new Date(0).toISOString() }) !== null,
    build: async (i) => {
      const section = content(enforcementInput(i));
      if (!section) throw new Error(`本案尚无可生成${title}的内容`);
      return renderRecord(section);
    },
  };
}

export const TEMPLATES: Readonly<Record<string, DocumentTemplate>> = {
  ...Object.fromEntries(
    [
      enforcementDoc("enforcement-filing", "立案审批表", filingForm, undefined, true),
      enforcementDoc("enforcement-inspection", "现场检查笔录", inspectionRecord),
      enforcementDoc("enforcement-inquiry", "询问笔录", inquiryRecord),
      enforcementDoc("enforcement-preservation", "先行登记保存通知书", preservationNotice),
      enforcementDoc("enforcement-notice", "行政处罚事先告知书", ed.noticeLetter, { series: "doc:enforcement-notice", codeSuffix: "执告" }),
      enforcementDoc("enforcement-hearing-notice", "听证通知书", ed.hearingNotice, { series: "doc:enforcement-hearing", codeSuffix: "执听" }),
      enforcementDoc("enforcement-hearing-record", "听证笔录", ed.hearingRecord),
      enforcementDoc("enforcement-review-request", "重大执法决定法制审核申请表", ed.reviewRequest, undefined, true),
      enforcementDoc("enforcement-review-opinion", "法制审核意见书", ed.reviewOpinion, { series: "doc:enforcement-review", codeSuffix: "执审" }),
      enforcementDoc("enforcement-collective", "集体讨论记录", ed.collectiveRecord),
      enforcementDoc("enforcement-decision", "行政处罚决定书", ed.decisionLetter, { series: "doc:enforcement-decision", codeSuffix: "执罚决" }),
      enforcementDoc("enforcement-on-spot", "当场行政处罚决定书", ed.onSpotDecision, { series: "doc:enforcement-on-spot", codeSuffix: "执当罚" }),
      enforcementDoc("enforcement-service", "送达回证", ed.serviceReceipt),
      enforcementDoc("enforcement-closing", "结案审批表", ed.closingForm, undefined, true),
      enforcementDoc("enforcement-manifest", "全过程记录清单", recordManifest),
    ].map((t) => [t.id, t]),
  ),
  ...Object.fromEntries(
    [
      mediationRecord("mediation-application", "人民调解申请书", m.applicationForm),
      mediationRecord("mediation-registration", "人民调解受理登记表", m.registrationForm),
      mediationRecord("mediation-rights", "当事人权利义务告知书", m.rightsNotice),
      mediationRecord("mediation-investigation", "调查记录", m.investigationRecords),
      mediationRecord("mediation-sessions", "调解记录", m.mediationRecords),
      mediationRecord("mediation-agreement", "人民调解协议书", m.agreementDoc),
      mediationRecord("mediation-oral", "口头调解协议登记表", m.oralAgreementForm),
      mediationRecord("mediation-termination", "终止人民调解告知书", m.terminationNotice),
      mediationRecord("mediation-followup", "人民调解回访记录", m.followUpRecords),
    ].map((t) => [t.id, t]),
  ),
  "mediation-file": {
    id: "mediation-file",
    title: "人民调解卷宗",
    procedure: "mediation",
    numbering: null,
    onDemand: true,
    build: (i) => renderCaseFile({ ...mediationInput(i), title: m.fullTitle(i.context as MediationContext), archivist: i.actorName, retention: "长期", files: i.files }),
  },
  "legal-opinion": {
    id: "legal-opinion",
    title: "法律意见书",
    procedure: "legal-opinion",
    numbering: { series: "doc:legal-opinion", codeSuffix: "法意" },
    onDemand: false,
    build: (i) => renderLegalOpinion(legalOpinionContent(i.context as LegalOpinionContext, { number: i.number ?? "", at: i.at, officeName: i.officeName })),
  },
  "legal-opinion-request": {
    id: "legal-opinion-request",
    title: "法律意见申请登记表",
    procedure: "legal-opinion",
    numbering: null,
    onDemand: true,
    build: (i) => renderRequestForm(requestFormContent(i.context as LegalOpinionContext, i.caseNumber, i.at, i.officeName)),
  },
};
