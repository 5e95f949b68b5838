/** The mediation procedure's documents: each record on demand, and the bound 人民调解卷宗. */
import type { MediationContext } from "../../workflows/mediation/context";
import { renderRecord, type RecordSection } from "../gbt9704/record";
import type { DocumentInput, DocumentTemplate } from "../types";
import { renderCaseFile } from "./case-file";
import * as m from "./content";
import * as e from "./endings";
import type { MediationDocInput } from "./content";

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

export const MEDIATION_DOCUMENTS: readonly DocumentTemplate[] = [
  mediationRecord("mediation-application", "人民调解申请书", m.applicationForm),
  mediationRecord("mediation-registration", "人民调解受理登记表", m.registrationForm),
  mediationRecord("mediation-rights", "当事人权利义务告知书", m.rightsNotice),
  mediationRecord("mediation-investigation", "调查记录", m.investigationRecords),
  mediationRecord("mediation-sessions", "调解记录", m.mediationRecords),
  mediationRecord("mediation-agreement", "人民调解协议书", m.agreementDoc),
  mediationRecord("mediation-oral", "口头调解协议登记表", m.oralAgreementForm),
  mediationRecord("mediation-decline", "不予受理（不予调解）告知书", e.declineNotice),
  mediationRecord("mediation-termination", "终止人民调解告知书", e.terminationNotice),
  mediationRecord("mediation-referral-reply", "人民调解回复函", e.referralReply),
  mediationRecord("mediation-followup", "人民调解回访记录", m.followUpRecords),
  {
    id: "mediation-file",
    title: "人民调解卷宗",
    procedure: "mediation",
    numbering: null,
    onDemand: true,
    build: (i) => renderCaseFile({ ...mediationInput(i), title: m.fullTitle(i.context as MediationContext), archivist: i.actorName, retention: "长期", files: i.files }),
  },
];
