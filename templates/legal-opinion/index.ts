/** The legal-opinion procedure's documents: the numbered 法律意见书 and the printable request form. */
import type { LegalOpinionContext } from "../../workflows/legal-opinion/context";
import type { DocumentTemplate } from "../types";
import { legalOpinionContent } from "./content";
import { renderLegalOpinion } from "./render";
import { renderRequestForm, requestFormContent } from "./request-form";

export const LEGAL_OPINION_DOCUMENTS: readonly DocumentTemplate[] = [
  {
    id: "legal-opinion",
    title: "法律意见书",
    procedure: "legal-opinion",
    numbering: { series: "doc:legal-opinion", codeSuffix: "法意" },
    onDemand: false,
    build: (i) => renderLegalOpinion(legalOpinionContent(i.context as LegalOpinionContext, { number: i.number ?? "", at: i.at, officeName: i.officeName })),
  },
  {
    id: "legal-opinion-request",
    title: "法律意见申请登记表",
    procedure: "legal-opinion",
    numbering: null,
    onDemand: true,
    build: (i) => renderRequestForm(requestFormContent(i.context as LegalOpinionContext, i.caseNumber, i.at, i.officeName)),
  },
];
