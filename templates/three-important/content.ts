/** 三重一大's documents: the 议题申报表 and the 会议纪要 (each member's position, a signature line per attendee). */
import { chinaDate, chineseDate } from "../../workflows/calendar/calendar";
import { KINDS, needsPricing, type ThreeImportantContext } from "../../workflows/three-important/context";
import type { RecordSection } from "../gbt9704/record";
import { yuan } from "../../workflows/money";

export interface ThreeImportantDocInput {
  readonly c: ThreeImportantContext;
  readonly caseNumber: string;
  readonly street: string;
}

export function declarationForm({ c, caseNumber }: ThreeImportantDocInput): RecordSection {
  return {
    title: "“三重一大”事项议题申报表",
    number: caseNumber,
    rows: [
      ["事项类别", KINDS[c.kind]],
      ["议题名称", c.title],
      ["申报单位", c.unit],
      ["涉及金额", c.amount > 0 ? yuan(c.amount) : "无"],
      ["议题内容", c.description],
      ["关联重大行政决策", c.linked ? `${c.linked.number}《${c.linked.name}》` : "无"],
      ["调查研究", c.research?.findings ?? (c.linked ? "见关联的重大行政决策" : "")],
      ["行业比价", c.comparison ? c.comparison.quotes.join("；") : needsPricing(c) ? "" : "不适用（未达到规定金额或不涉及资金）"],
      ["专业审价", c.audit ? `${c.audit.auditor}：${c.audit.result}` : needsPricing(c) ? "" : "不适用（未达到规定金额或不涉及资金）"],
      ["法制审核意见", c.legal ? `${c.legal.outcome === "pass" ? "通过" : "未通过"}。${c.legal.opinion}（${c.legal.by.name}）` : c.linked ? "见关联的重大行政决策" : ""],
    ],
    signatures: ["申报单位负责人（签名）：", "分管领导（签名）：", chineseDate(chinaDate(c.declaredAt))],
  };
}

export function minutes({ c, caseNumber, street }: ThreeImportantDocInput): RecordSection | null {
  const m = c.meeting;
  if (!m) return null;
  return {
    title: "“三重一大”事项集体讨论会议纪要",
    number: caseNumber,
    rows: [["议题", `${KINDS[c.kind]}：${c.title}`], ["时间", chineseDate(m.date)], ["主持人", m.chair.name], ["应到", `${m.members}人`], ["实到", `${m.attendees.length}人：${m.attendees.join("、")}`]],
    blocks: [
      { heading: "一、表态（按发言顺序，主要负责人最后表态）", paragraphs: m.opinions.map((o) => `${o.name}：${o.position === "agree" ? "同意" : "不同意"}。${o.text}`) },
      { heading: "二、会议决定", paragraphs: [m.outcome === "passed" ? "通过。" : "不予通过。"] },
    ],
    signatures: [...m.attendees.map((a) => `${a}（签名）：`), `${street}（印）`, chineseDate(m.date)],
  };
}
