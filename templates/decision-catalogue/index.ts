/** The catalogue's documents: the published 重大行政决策事项目录 and its 调整说明. */
import { renderRecord } from "../gbt9704/record";
import { streetOffice } from "../signers";
import type { DocumentInput, DocumentTemplate } from "../types";
import { adjustmentNote, catalogueList, type CatalogueDocInput } from "./content";

const input = (i: DocumentInput): CatalogueDocInput => ({ c: i.context, street: streetOffice(i.officeName) });

export const DECISION_CATALOGUE_DOCUMENTS: readonly DocumentTemplate[] = [
  {
    id: "decision-catalogue-list",
    title: "重大行政决策事项目录",
    procedure: "decision-catalogue",
    numbering: null,
    onDemand: true,
    available: (c) => (c.items ?? []).length > 0,
    build: (i) => renderRecord(catalogueList(input(i))),
  },
  {
    id: "decision-catalogue-adjustment",
    title: "重大行政决策事项目录调整说明",
    procedure: "decision-catalogue",
    numbering: null,
    onDemand: true,
    available: (c) => (c.adjustments ?? []).some((a: { publishedOn: string | null }) => a.publishedOn),
    build: async (i) => {
      const section = adjustmentNote(input(i));
      if (!section) throw new Error("目录尚无已公布的调整，不能生成调整说明");
      return renderRecord(section);
    },
  },
];
