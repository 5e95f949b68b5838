import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/auth/guard.server";
import { listedCases } from "~/cases/listed.server";
import { db } from "~/db.server";
import { workbook, xlsxResponse } from "~/exports/xlsx.server";
import { formatInstant } from "~/format";
import { PROCEDURES } from "~/procedures/registry.server";

const MAX_ROWS = 5000;
const URGENCY = { overdue: "已逾期", soon: "2个工作日内到期" } as const;

/** GET /cases/register.xlsx — the 台账 of the case list as filtered, up to 5,000 cases, with the same scope and masking. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case.read");
  const { rows, total, urgency } = listedCases(db(), user, new URL(request.url).searchParams, MAX_ROWS);
  const data = await workbook([{
    name: "案件台账",
    preface: [[`${user.organisationName}案件台账`], ["导出时间", formatInstant(new Date().toISOString())], ...(total > rows.length ? [[`符合条件的案件共${total}件，本表仅含最近更新的${rows.length}件，请缩小筛选范围后分次导出`]] : []), []],
    header: ["序号", "案号", "程序", "事项", "办理单位", "当前阶段", "最近期限", "期限状态", "最近办理"],
    rows: rows.map((r, i) => {
      const u = urgency.of(r.nextDue);
      return [i + 1, r.number, PROCEDURES[r.procedure]?.name ?? r.procedure, r.title, r.officeName, PROCEDURES[r.procedure]?.stateLabels[r.state] ?? r.state, r.nextDue ?? "", u ? URGENCY[u] : "", formatInstant(r.updatedAt)];
    }),
  }]);
  return xlsxResponse(data, "cases", `案件台账_${urgency.today}`);
}
