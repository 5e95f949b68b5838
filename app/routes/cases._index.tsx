import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { inArray } from "drizzle-orm";
import { organisations } from "../../db/schema";
import { requirePermission } from "~/auth/guard.server";
import { officeScope } from "~/auth/users.server";
import { PAGE_SIZE } from "~/cases/queries.server";
import { db } from "~/db.server";
import { PROCEDURES, procedureModule } from "~/procedures/registry.server";
import { formatInstant } from "~/format";
import { CaseBadge } from "~/components/case-badge";
import { Pager } from "~/components/pager";
import { listedCases } from "~/cases/listed.server";

export const meta: MetaFunction = () => [{ title: "案件 · 司法所" }];

/** What a facet of the case list is called, if the procedure declares it. */
function facetLabel(procedure: string, facet: string): string {
  const facets = procedureModule(procedure)?.facets;
  return facets && Object.hasOwn(facets, facet) ? facets[facet].label : "所选项";
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case.read");
  const { rows, total, page, urgency, filters } = listedCases(db(), user, new URL(request.url).searchParams);
  const offices = db().select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).where(inArray(organisations.id, officeScope(db(), user))).all().filter((o) => o.kind !== "district");
  return {
    rows: rows.map((r) => ({
      ...r,
      procedureName: PROCEDURES[r.procedure]?.name ?? r.procedure,
      stateLabel: PROCEDURES[r.procedure]?.stateLabels[r.state] ?? r.state,
      urgency: urgency.of(r.nextDue),
    })),
    total,
    page,
    // A chart leads here: what it narrowed the list to, in words (a month within the report's period names the month).
    narrowed: [
      filters.procedure && filters.facet && filters.value !== undefined ? `${PROCEDURES[filters.procedure]?.name ?? ""}中${facetLabel(filters.procedure, filters.facet)}为统计图所选的一类` : null,
      filters.month ? `${filters.month}登记` : filters.from || filters.to ? `${filters.from ?? "最早"}至${filters.to ?? "今"}登记` : null,
    ].filter((x): x is string => !!x),
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    offices: offices.length > 1 ? offices : [],
    procedures: Object.values(PROCEDURES).map((p) => ({ id: p.id, name: p.name, states: Object.entries(p.stateLabels) })),
  };
}

export default function CaseList() {
  const d = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <h1>案件</h1>
      {d.narrowed.length ? (
        <p className="alert ok" data-testid="narrowed">只显示{d.narrowed.join("、")}的案件。<Link to={`?${new URLSearchParams([...params].filter(([k]) => !["facet", "value", "from", "to", "month", "page"].includes(k)))}`}>显示全部</Link></p>
      ) : null}
      <p><a className="button secondary" href={`/cases/register.xlsx?${new URLSearchParams([...params].filter(([k]) => k !== "page"))}`} download>导出台账（Excel）</a></p>
      <Form method="get" className="card filters">
        <div><label htmlFor="q">搜索</label><input id="q" name="q" type="text" defaultValue={params.get("q") ?? ""} placeholder="当事人、案号、事项、正文" /></div>
        <div>
          <label htmlFor="procedure">程序</label>
          <select id="procedure" name="procedure" defaultValue={params.get("procedure") ?? ""}>
            <option value="">全部</option>
            {d.procedures.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="state">阶段</label>
          <select id="state" name="state" defaultValue={params.get("state") ?? ""}>
            <option value="">全部</option>
            {d.procedures.flatMap((p) => p.states.map(([v, l]) => <option key={`${p.id}-${v}`} value={v}>{p.name}：{l}</option>))}
          </select>
        </div>
        {d.offices.length ? (
          <div>
            <label htmlFor="officeId">单位</label>
            <select id="officeId" name="officeId" defaultValue={params.get("officeId") ?? ""}>
              <option value="">全部</option>
              {d.offices.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
            </select>
          </div>
        ) : null}
        <div><label><input type="checkbox" name="overdue" value="1" defaultChecked={params.get("overdue") === "1"} /> 仅看逾期</label></div>
        <div><label><input type="checkbox" name="soon" value="1" defaultChecked={params.get("soon") === "1"} /> 仅看临期（2个工作日内到期）</label></div>
        <div><button type="submit">查询</button></div>
      </Form>
      <p className="hint">共 {d.total} 件，第 {d.page}/{d.pages} 页</p>
      <table className="list cards" data-testid="case-list">
        <thead><tr><th>案号</th><th>事项</th><th>程序</th><th>阶段</th><th>单位</th><th>最近期限</th><th>更新时间</th></tr></thead>
        <tbody>
          {d.rows.map((r) => (
            <tr key={r.id} className={r.urgency ?? ""}>
              <td data-label="案号"><Link to={`/cases/${r.id}`}>{r.number}</Link></td>
              <td data-label="事项"><CaseBadge badge={r.badge} /> {r.title}</td>
              <td data-label="程序">{r.procedureName}</td>
              <td data-label="阶段">{r.stateLabel}</td>
              <td data-label="单位">{r.officeName}</td>
              <td data-label="最近期限" className={r.urgency ?? ""}>{r.nextDue ?? "—"}</td>
              <td data-label="更新时间">{formatInstant(r.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={d.page} pages={d.pages} />
    </>
  );
}
