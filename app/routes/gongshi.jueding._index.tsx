import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { PortalDecisionQuery } from "~/portal-query.server";
import { db } from "~/db.server";
import { portalQueryId } from "~/portal-ids.server";
import { publicOffices, publishedDecisions } from "~/procedures/enforcement/portal.server";

export const meta: MetaFunction = () => [{ title: "行政执法公示 · 执法决定" }];

const QuerySchema = PortalDecisionQuery;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const q = QuerySchema.parse({ ...Object.fromEntries(url.searchParams), officeId: portalQueryId(url, "officeId") });
  return { q, offices: publicOffices(db()), ...publishedDecisions(db(), { ...q, q: q.q || undefined }) };
}

export default function Decisions() {
  const d = useLoaderData<typeof loader>();
  const next = new URLSearchParams({ ...(d.q.officeId ? { officeId: String(d.q.officeId) } : {}), ...(d.q.year ? { year: String(d.q.year) } : {}), ...(d.q.q ? { q: d.q.q } : {}), page: String(d.page + 1) });
  return (
    <>
      <h1>执法决定公示</h1>
      <Form method="get" className="card filters">
        <div><label htmlFor="officeId">执法主体</label>
          <select id="officeId" name="officeId" defaultValue={d.q.officeId ?? ""}><option value="">全部</option>{d.offices.map((o) => <option key={o.id} value={o.id}>{o.agency}</option>)}</select></div>
        <div><label htmlFor="year">年度</label><input id="year" name="year" type="number" defaultValue={d.q.year} /></div>
        <div><label htmlFor="q">关键词（文号、事项）</label><input id="q" name="q" type="text" defaultValue={d.q.q} /></div>
        <div><button type="submit">查询</button></div>
      </Form>
      <table className="list cards" data-testid="decisions">
        <thead><tr><th>决定书文号</th><th>执法事项</th><th>当事人</th><th>处理结果</th><th>决定日期</th><th>执法主体</th></tr></thead>
        <tbody>
          {d.rows.map((r) => (
            <tr key={r.caseId}>
              <td data-label="决定书文号"><Link to={`/gongshi/jueding/${r.caseId}`}>{r.number}</Link></td>
              <td data-label="执法事项">{r.matter}</td>
              <td data-label="当事人">{r.status === "withdrawn" ? "—" : r.party}</td>
              <td data-label="处理结果">{r.status === "withdrawn" ? `已撤回：${r.withdrawReason}` : r.sanction}</td>
              <td data-label="决定日期">{r.decisionDate}</td>
              <td data-label="执法主体">{r.office}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {d.rows.length === 0 ? <p className="hint">没有符合条件的公示。</p> : null}
      {d.more ? <p><Link to={`/gongshi/jueding?${next}`}>下一页</Link></p> : null}
    </>
  );
}
