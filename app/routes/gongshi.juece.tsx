/** 重大行政决策事项目录 on the public portal: each street's published catalogues with their change log. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PortalPageQuery } from "~/portal-query.server";
import { PortalOfficePicker } from "~/components/portal-office-picker";
import { db } from "~/db.server";
import { portalQueryId } from "~/portal-ids.server";
import { publishedCatalogues } from "~/procedures/decision-catalogue/portal.server";
import { publishedDecisions } from "~/procedures/major-decision/portal.server";
import { publicOffices } from "~/procedures/enforcement/portal.server";

export const meta: MetaFunction = () => [{ title: "重大行政决策事项目录 · 公示" }];

const QuerySchema = PortalPageQuery;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const q = QuerySchema.parse({ ...Object.fromEntries(url.searchParams), officeId: portalQueryId(url, "officeId") });
  const offices = publicOffices(db());
  const office = offices.find((o) => o.id === q.officeId) ?? offices[0];
  const empty = { total: 0, pages: 1, decisions: [] };
  return { offices, office: office ?? null, page: q.page, catalogues: office ? publishedCatalogues(db(), office.id) : [], published: office ? publishedDecisions(db(), office.id, q.page) : empty };
}

export default function PortalCatalogue() {
  const { offices, office, page, catalogues, published } = useLoaderData<typeof loader>();
  const decisions = published.decisions;
  if (!office) return <div className="card">暂无公开信息。</div>;
  return (
    <>
      <PortalOfficePicker offices={offices} office={office} label="决策机关" />
      {catalogues.length ? null : <div className="card"><h1>{`${office.agency}重大行政决策事项目录`}</h1><p className="hint">暂无已公布的目录。</p></div>}
      {catalogues.map((k) => (
        <div className="card" key={k.caseId} data-testid={`catalogue-${k.year}`}>
          <h1>{`${office.agency}${k.year}年度重大行政决策事项目录`}</h1>
          <p className="hint">{`${k.publishedOn}公布。依据《重大行政决策程序暂行条例》第三条、第四十二条。`}</p>
          <table className="list cards">
            <thead><tr><th>序号</th><th>决策事项</th><th>承办单位</th><th>决策依据</th><th>计划完成</th><th>拟采取的程序</th><th>情况</th></tr></thead>
            <tbody>
              {k.items.map((i) => (
                <tr key={i.no} className={i.removedOn ? "removed" : undefined}>
                  <td data-label="序号">{i.no}</td>
                  <td data-label="决策事项">{i.removedOn ? <s>{i.name}</s> : i.name}</td>
                  <td data-label="承办单位">{i.unit}</td>
                  <td data-label="决策依据">{i.basis}</td>
                  <td data-label="计划完成">{i.plannedBy}</td>
                  <td data-label="拟采取的程序">{i.steps}</td>
                  <td data-label="情况">{[i.addedOn ? `${i.addedOn}增列` : null, i.removedOn ? `${i.removedOn}调出` : null, i.outcome ? `年度评估：${i.outcome}` : null].filter(Boolean).join("；") || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>目录调整记录</h2>
          {k.changes.length ? (
            <ol data-testid="changes">{k.changes.map((c, n) => <li key={n}>{`${c.on}：${c.what}。理由：${c.reason}。${c.agreed}。`}</li>)}</ol>
          ) : <p className="hint">未作调整。</p>}
        </div>
      ))}
      <div className="card">
        <h2>已公布的重大行政决策</h2>
        {decisions.length ? null : <p className="hint">暂无。</p>}
        {decisions.map((d) => (
          <div key={d.caseId} data-testid={`decision-${d.caseId}`}>
            <h3>{`${d.name}（${d.publishedOn}公布）`}</h3>
            <p>{d.text}</p>
            <p>{`公众意见、专家论证意见采纳情况：${d.adoption}`}</p>
            {d.comments.length ? <ol>{d.comments.map((x) => <li key={x.id}>{`第${x.id}号公众意见：${x.disposition}。${x.reason}`}</li>)}</ol> : null}
            {d.suspended ? <p>{`已中止执行：${d.suspended}`}</p> : null}
            {d.stopped ? <p>{`已停止执行：${d.stopped}`}</p> : null}
            {d.beingChanged ? <p>{`正在依法定程序调整：${d.beingChanged}`}</p> : null}
            {d.evaluation ? <p>{`决策后评估（${d.evaluation.unit}，${d.evaluation.publishedOn}公开）：${d.evaluation.result}`}</p> : null}
          </div>
        ))}
        {published.pages > 1 ? (
          <p className="pager">
            {`共${published.total}项，第${page}/${published.pages}页 `}
            {page > 1 ? <a href={`/gongshi/juece?officeId=${office.id}&page=${page - 1}`}>上一页</a> : null}{" "}
            {page < published.pages ? <a href={`/gongshi/juece?officeId=${office.id}&page=${page + 1}`}>下一页</a> : null}
          </p>
        ) : null}
      </div>
    </>
  );
}
