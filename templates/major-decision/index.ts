/** A major decision's documents; the 合法性审查意见书 is numbered by the 司法所 (彭司法决审〔2026〕1号). */
import { Packer } from "docx";
import { renderOfficialLetter, renderRecord, sectionBlocks } from "../gbt9704/record";
import { officialDocument } from "../gbt9704/style";
import { judicialOffice, streetOffice } from "../signers";
import type { DocumentInput, DocumentTemplate } from "../types";
import * as d from "./content";

const input = (i: DocumentInput): d.DecisionDocInput => ({ c: i.context, caseNumber: i.caseNumber, number: i.number, street: streetOffice(i.officeName), judicial: judicialOffice(i.officeName) });
const record = (id: string, title: string, content: (x: d.DecisionDocInput) => ReturnType<typeof d.callNotice>): DocumentTemplate => ({
  id,
  title,
  procedure: "major-decision",
  numbering: null,
  onDemand: true,
  available: (c) => content({ c, caseNumber: "", number: null, street: "", judicial: "" }) !== null,
  build: async (i) => {
    const section = content(input(i));
    if (!section) throw new Error(`本案尚无${title}所需的内容`);
    return renderRecord(section);
  },
});

const PARTS = [d.callNotice, d.adoptionNote, d.expertOpinions, d.riskReport, d.reviewOpinion, d.minutes, d.announcement, d.evaluationReport];

export const MAJOR_DECISION_DOCUMENTS: readonly DocumentTemplate[] = [
  record("major-decision-call", "征求意见公告", d.callNotice),
  record("major-decision-adoption", "公众意见采纳情况说明", d.adoptionNote),
  record("major-decision-expert", "专家论证意见", d.expertOpinions),
  record("major-decision-risk", "风险评估报告", d.riskReport),
  {
    id: "major-decision-review",
    title: "合法性审查意见书",
    procedure: "major-decision",
    numbering: { series: "doc:major-decision-review", codeSuffix: "决审" },
    onDemand: false,
    build: async (i) => {
      const section = d.reviewOpinion(input(i));
      if (!section) throw new Error("本案尚无审查意见，不能生成合法性审查意见书");
      return renderOfficialLetter(section, judicialOffice(i.officeName));
    },
  },
  record("major-decision-minutes", "集体讨论会议纪要", d.minutes),
  record("major-decision-announcement", "决策公告", d.announcement),
  record("major-decision-evaluation", "决策后评估报告", d.evaluationReport),
  {
    id: "major-decision-file",
    title: "重大行政决策卷宗",
    procedure: "major-decision",
    numbering: null,
    onDemand: true,
    build: async (i) => {
      const x = input(i);
      // The cover with every file's SHA-256, then each document of the procedure in order, each on its own page.
      const parts = PARTS.map((p) => p(x)).filter((s) => s !== null);
      const children = [...sectionBlocks(d.fileCover(x, i.files)), ...parts.flatMap((s) => sectionBlocks(s, { newPage: true }))];
      return new Uint8Array(await Packer.toArrayBuffer(officialDocument({ title: "重大行政决策卷宗", subject: i.caseNumber }, children)));
    },
  },
];
