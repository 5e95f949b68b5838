/** The legality review's documents: the numbered 合法性审查意见书 (彭司法审〔2026〕1号) and the 送审登记表. */
import { renderOfficialLetter, renderRecord } from "../gbt9704/record";
import { judicialOffice } from "../signers";
import type { DocumentInput, DocumentTemplate } from "../types";
import { requestForm, reviewOpinion, type ReviewDocInput } from "./content";

const input = (i: DocumentInput): ReviewDocInput => ({ c: i.context, caseNumber: i.caseNumber, number: i.number, officeName: i.officeName, at: i.at });

export const NORMATIVE_REVIEW_DOCUMENTS: readonly DocumentTemplate[] = [
  {
    id: "normative-review-opinion",
    title: "合法性审查意见书",
    procedure: "normative-review",
    numbering: { series: "doc:normative-review", codeSuffix: "法审" },
    onDemand: false,
    build: async (i) => {
      const section = reviewOpinion(input(i));
      if (!section) throw new Error("本案尚无审查意见，不能生成合法性审查意见书");
      return renderOfficialLetter(section, judicialOffice(i.officeName));
    },
  },
  {
    id: "normative-review-request",
    title: "合法性审查送审登记表",
    procedure: "normative-review",
    numbering: null,
    onDemand: true,
    build: (i) => renderRecord(requestForm(input(i))),
  },
];
