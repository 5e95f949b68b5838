/** 三重一大's documents: the 议题申报表 and the 集体讨论会议纪要. */
import { renderRecord } from "../gbt9704/record";
import { streetOffice } from "../signers";
import type { DocumentInput, DocumentTemplate } from "../types";
import { declarationForm, minutes, type ThreeImportantDocInput } from "./content";

const input = (i: DocumentInput): ThreeImportantDocInput => ({ c: i.context, caseNumber: i.caseNumber, street: streetOffice(i.officeName) });

export const THREE_IMPORTANT_DOCUMENTS: readonly DocumentTemplate[] = [
  { id: "three-important-declaration", title: "“三重一大”事项议题申报表", procedure: "three-important", numbering: null, onDemand: true, build: (i) => renderRecord(declarationForm(input(i))) },
  {
    id: "three-important-minutes",
    title: "“三重一大”事项集体讨论会议纪要",
    procedure: "three-important",
    numbering: null,
    onDemand: true,
    available: (c) => !!c.meeting,
    build: async (i) => {
      const section = minutes(input(i));
      if (!section) throw new Error("本事项尚未集体讨论，不能生成会议纪要");
      return renderRecord(section);
    },
  },
];
