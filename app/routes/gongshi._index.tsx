import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PortalOfficeQuery } from "~/portal-query.server";
import { EnforcementFlowChart } from "~/procedures/enforcement/flow-chart";
import { PortalOfficePicker } from "~/components/portal-office-picker";
import { db } from "~/db.server";
import { portalQueryId } from "~/portal-ids.server";
import { publicOfficeInfo, publicOffices, publishedDecisions } from "~/procedures/enforcement/portal.server";

export const meta: MetaFunction = () => [{ title: "行政执法公示 · 事前公开" }];

const QuerySchema = PortalOfficeQuery;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const q = QuerySchema.parse({ ...Object.fromEntries(url.searchParams), officeId: portalQueryId(url, "officeId") });
  const offices = publicOffices(db());
  const office = offices.find((o) => o.id === q.officeId) ?? offices[0];
  if (!office) return { offices, office: null, info: null, latest: [] };
  return { offices, office, info: publicOfficeInfo(db(), office.id), latest: publishedDecisions(db(), { officeId: office.id }).rows.slice(0, 5) };
}

export default function PortalHome() {
  const { offices, office, info, latest } = useLoaderData<typeof loader>();
  if (!office || !info) return <div className="card">暂无公开信息。</div>;
  return (
    <>
      <PortalOfficePicker offices={offices} office={office} label="执法主体" />
      <div className="card">
        <h1>{office.agency}</h1>
        <p>执法主体：{office.agency}（综合行政执法队）。职责：依法对本辖区内违法建筑、损坏房屋承重结构、占道经营、噪声、生活垃圾等事项实施行政执法。</p>
        <p className="hint">救济途径：对行政处罚决定不服的，可以自知道该决定之日起六十日内申请行政复议，或者自知道之日起六个月内向人民法院提起行政诉讼。</p>
      </div>
      <div className="card">
        <h2>执法人员</h2>
        <table className="list cards" data-testid="officers">
          <thead><tr><th>姓名</th><th>执法证号</th><th>有效期至</th></tr></thead>
          <tbody>{info.officers.map((o) => <tr key={o.certNo}><td data-label="姓名">{o.name}</td><td data-label="执法证号">{o.certNo}</td><td data-label="有效期至">{o.validUntil}</td></tr>)}</tbody>
        </table>
      </div>
      <div className="card">
        <h2>执法事项目录</h2>
        <table className="list cards" data-testid="catalogue">
          <thead><tr><th>执法事项</th><th>法律依据</th><th>处罚种类和幅度</th><th>裁量基准</th></tr></thead>
          <tbody>{info.catalogue.map((m) => <tr key={m.key}><td data-label="执法事项">{m.name}</td><td data-label="法律依据">{m.basis}</td><td data-label="处罚种类和幅度">{m.penalty}</td><td data-label="裁量基准">{m.discretion}</td></tr>)}</tbody>
        </table>
      </div>
      <div className="card"><h2>执法流程图</h2><EnforcementFlowChart /></div>
      <div className="card">
        <h2>最新执法决定</h2>
        {latest.length ? <ul>{latest.map((d) => <li key={d.caseId}><Link to={`/gongshi/jueding/${d.caseId}`}>{d.number}</Link> {d.matter} · {d.decisionDate}{d.status === "withdrawn" ? "（已撤回）" : ""}</li>)}</ul> : <p className="hint">暂无。</p>}
      </div>
    </>
  );
}
