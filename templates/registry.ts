/**
 * Every document the system generates: its title, which procedure it belongs to, whether it is
 * numbered (and its number series), and its builder (content → render).
 */
import type { LegalOpinionContext } from "../workflows/legal-opinion/context";
import { legalOpinionContent } from "./legal-opinion/content";
import { renderLegalOpinion } from "./legal-opinion/render";
import { requestFormContent, renderRequestForm } from "./legal-opinion-request/request-form";

export interface DocumentInput {
  readonly context: any;
  readonly caseNumber: string;
  readonly number: string | null;
  readonly at: string;
  readonly officeName: string;
}

export interface DocumentTemplate {
  readonly id: string;
  readonly title: string;
  readonly procedure: string;
  /** 发文字号 series and 机关代字 suffix; null for unnumbered forms. */
  readonly numbering: { readonly series: string; readonly codeSuffix: string } | null;
  /** Whether users may generate it on demand (numbered ones come from their procedure event). */
  readonly onDemand: boolean;
  readonly build: (input: DocumentInput) => Promise<Uint8Array>;
}

export const TEMPLATES: Readonly<Record<string, DocumentTemplate>> = {
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
