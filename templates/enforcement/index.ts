/** The enforcement procedure's documents (彭执告/彭执听/彭执审/彭执罚决/彭执当罚 series and unnumbered forms). */
import { renderRecord, type RecordSection } from "../gbt9704/record";
import type { DocumentInput, DocumentTemplate } from "../types";
import { agencyOf, filingForm, inquiryRecord, inspectionRecord, preservationNotice, recordManifest, type EnforcementDocInput } from "./content";
import { challengeAnswer, coerciveDecision, demolitionNotice, seizureDecision, transferLetter, urgeLetter } from "./coercion";
import * as ed from "./decision";

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

export const ENFORCEMENT_DOCUMENTS: readonly DocumentTemplate[] = [
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
  enforcementDoc("enforcement-transfer", "涉嫌犯罪案件移送书", transferLetter, { series: "doc:enforcement-transfer", codeSuffix: "执移" }),
  enforcementDoc("enforcement-seizure", "查封决定书（扣押决定书）", seizureDecision, { series: "doc:enforcement-seizure", codeSuffix: "执封扣" }),
  enforcementDoc("enforcement-urge", "催告书", urgeLetter, { series: "doc:enforcement-urge", codeSuffix: "执催" }),
  enforcementDoc("enforcement-coercive-decision", "强制执行决定书", coerciveDecision, { series: "doc:enforcement-coercive", codeSuffix: "执强决" }),
  enforcementDoc("enforcement-demolition-notice", "强制拆除公告", demolitionNotice, { series: "doc:enforcement-demolition", codeSuffix: "执拆告" }),
  enforcementDoc("enforcement-answer", "行政复议答复书（行政诉讼答辩状）", challengeAnswer, undefined, true),
];
