import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/guard.server";
import { EnforcementFiguresView } from "~/components/enforcement-figures";
import { db } from "~/db.server";
import { ReportQuerySchema } from "~/reports/mediation-report.server";
import { enforcementReport } from "~/reports/enforcement-report.server";

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
      <Form method="get" className="card filters">
        <div><label htmlFor="from">起始日期</label><input id="from" name="from" type="date" defaultValue={r.from} /></div>
        <div><label htmlFor="to">截止日期</label><input id="to" name="to" type="date" defaultValue={r.to} /></div>
        <div>
          <label htmlFor="officeId">单位</label>
          <select id="officeId" name="officeId" defaultValue={params.get("officeId") ?? ""}>
            <option value="">全部</option>
            {r.offices.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </div>
        <div><button type="submit">统计</button></div>
      </Form>
      <p>{r.from} 至 {r.to}</p>
      <EnforcementFiguresView f={r.figures} internal />
    </>
  );
}
