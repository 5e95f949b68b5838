/**
 * The catalogue's documents: the 重大行政决策事项目录 as published (the first list, never rewritten)
 * and the 目录调整说明 (each published change, its reason and who agreed, dated).
 */
import { chineseDate } from "../../workflows/calendar/calendar";
import { PLANNED_STEPS, type CatalogueItem, type DecisionCatalogueContext } from "../../workflows/decision-catalogue/context";
import type { RecordSection } from "../gbt9704/record";

export interface CatalogueDocInput {
  readonly c: DecisionCatalogueContext;
  /** The street, as it signs (彭浦新村街道办事处). */
  readonly street: string;
}

const COLUMNS = [
  { label: "序号", width: 0.08 },
  { label: "决策事项", width: 0.2 },
  { label: "承办单位", width: 0.15 },
  { label: "决策依据", width: 0.21 },
  { label: "计划完成时间", width: 0.14 },
  { label: "拟采取的程序", width: 0.22 },
];
const month = (ym: string) => `${Number(ym.slice(0, 4))}年${Number(ym.slice(5, 7))}月`;
/** Public comment, legality review and collective decision are always taken; the others as planned. */
const procedureOf = (i: CatalogueItem) => ["公众参与", ...i.steps.map((s) => PLANNED_STEPS[s]), "合法性审查", "集体讨论决定"].join("、");
const row = (i: CatalogueItem, n: number) => [String(n + 1), i.name, i.unit, i.basis, month(i.plannedBy), procedureOf(i)];
const ordinal = (n: number) => ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][n] ?? String(n + 1);

/** The list as first agreed and published: the items not added by a later adjustment. */
export function catalogueList({ c, street }: CatalogueDocInput): RecordSection {
  const first = c.items.filter((i) => i.addedBy === null);
  const agreed = c.approval ? `经${c.approval.meeting}（${chineseDate(c.approval.date)}）同意，` : "";
  return {
    title: `${c.year}年度重大行政决策事项目录`,
    blocks: [
      {
        paragraphs: [
          `根据《重大行政决策程序暂行条例》第三条、第四十二条，结合本街道职责和工作实际，${agreed}现将${street}${c.year}年度重大行政决策事项目录公布如下。目录所列事项均应履行公众参与、合法性审查、集体讨论决定等程序；目录执行中需调整的，按同一程序报批后公布。`,
        ],
      },
    ],
    table: { columns: COLUMNS, rows: first.map(row) },
    signatures: [`${street}（印）`, c.publishedOn ? chineseDate(c.publishedOn) : "（未公布）"],
  };
}

/** Every published change to the list, in order, with its reason, review and agreement. */
export function adjustmentNote({ c, street }: CatalogueDocInput): RecordSection | null {
  const published = c.adjustments.filter((a) => a.publishedOn);
  if (!published.length) return null;
  const name = (no: number | null) => c.items.find((i) => i.no === no)?.name ?? "";
  return {
    title: `${c.year}年度重大行政决策事项目录调整说明`,
    blocks: [
      { paragraphs: [`${street}${c.year}年度重大行政决策事项目录于${chineseDate(c.publishedOn!)}公布。执行中，经司法所审核、街道党（工）委同意，作如下调整：`] },
      ...published.map((a, n) => {
        const added = a.kind === "add" ? c.items.find((i) => i.addedBy === a.index) : null;
        return {
          heading: `${ordinal(n)}、${a.kind === "add" ? `增列“${a.item!.name}”` : `调出“${name(a.itemNo)}”`}`,
          paragraphs: [
            ...(added ? [`承办单位：${added.unit}；决策依据：${added.basis}；计划完成时间：${month(added.plannedBy)}；拟采取的程序：${procedureOf(added)}。`] : []),
            `调整理由：${a.reason}`,
            `审核与同意：司法所于${chineseDate(a.reviews.at(-1)!.at.slice(0, 10))}审核通过；${a.approval!.meeting}于${chineseDate(a.approval!.date)}同意；${chineseDate(a.publishedOn!)}公布。`,
          ],
        };
      }),
    ],
    signatures: [`${street}（印）`, chineseDate(published.at(-1)!.publishedOn!)],
  };
}
