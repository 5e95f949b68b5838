/** Open data: published enforcement decisions as CSV (UTF-8 with BOM, so Excel opens it as Chinese). */
import { db } from "~/db.server";
import { openData } from "~/procedures/enforcement/portal.server";

const HEAD = ["决定书文号", "执法主体", "执法事项", "当事人", "处理结果", "决定日期", "公示时间", "状态", "撤回时间", "撤回理由", "公示内容"];
const cell = (v: unknown) => {
  const s = String(v ?? "");
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export async function loader() {
  const rows = openData(db()).map((r) => [r.number, r.office, r.matter, r.party, r.sanction, r.decisionDate, r.publishedAt, r.status === "published" ? "公示中" : "已撤回", r.withdrawnAt, r.withdrawReason, r.text]);
  const body = "\uFEFF" + [HEAD, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": "attachment; filename*=UTF-8''%E8%A1%8C%E6%94%BF%E6%89%A7%E6%B3%95%E5%85%AC%E7%A4%BA.csv" } });
}
