import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { ReportFilters } from "~/components/report-filters";
import { requirePermission } from "~/auth/guard.server";
import { EnforcementFiguresView } from "~/procedures/enforcement/figures";
import { db } from "~/db.server";
import { ReportQuerySchema } from "~/reports/report-scope.server";
import { enforcementReport } from "~/procedures/enforcement/report.server";

export const meta: MetaFunction = () => [{ title: "行政执法统计 · 司法所" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "enforcement.report");
  const parsed = ReportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new Response(parsed.error.issues[0].message, { status: 400 });
  return enforcementReport(db(), user, parsed.data);
}

export default function EnforcementReport() {
  const r = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <h1>行政执法统计</h1>
      <p className="hint">按立案(登记)日期统计。年度行政执法数据应于次年1月31日前向社会公开(国办发〔2018〕118号第六条),公开版本见“执法公示 · 年度统计”。</p>
      <ReportFilters from={r.from} to={r.to} officeId={params.get("officeId")} offices={r.offices} />
      <p>{r.from} 至 {r.to}</p>
      <EnforcementFiguresView f={r.figures} internal />
    </>
  );
}
