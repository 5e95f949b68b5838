/** Open data: every published catalogue item with its decision, as CSV (UTF-8 with BOM, so Excel opens it as Chinese). */
import { db } from "~/db.server";
import { decisionOpenData } from "~/procedures/major-decision/open-data.server";

const HEAD = ["决策机关", "目录年度", "目录公布日期", "序号", "决策事项", "承办单位", "决策依据", "计划完成", "拟采取的程序", "增列日期", "调出日期", "年度评估", "决策公布日期", "决策内容", "意见采纳情况说明", "收到意见", "采纳", "部分采纳", "不采纳", "中止执行", "停止执行", "正在调整", "决策后评估"];
const cell = (v: unknown) => {
  const s = String(v ?? "");
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export async function loader() {
  const rows = decisionOpenData(db()).map((r) => [
    r.office, r.year, r.cataloguePublishedOn, r.no, r.name, r.unit, r.basis, r.plannedBy, r.procedure, r.addedOn, r.removedOn, r.evaluation,
    r.decision?.publishedOn, r.decision?.text, r.decision?.adoption, r.decision?.comments, r.decision?.adopted, r.decision?.partlyAdopted, r.decision?.notAdopted, r.decision?.suspended, r.decision?.stopped, r.decision?.beingChanged,
    r.decision?.postEvaluation ? `${r.decision.postEvaluation.unit}（${r.decision.postEvaluation.publishedOn}）：${r.decision.postEvaluation.result}` : "",
  ]);
  const body = "\uFEFF" + [HEAD, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": "attachment; filename*=UTF-8''%E9%87%8D%E5%A4%A7%E8%A1%8C%E6%94%BF%E5%86%B3%E7%AD%96.csv" } });
}
