import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { db } from "~/db.server";
import { portalPathId } from "~/portal-ids.server";
import { formatInstant } from "~/format";
import { publicDecision } from "~/procedures/enforcement/portal.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.number} · 行政执法公示` : "行政执法公示" }];

export async function loader({ params }: LoaderFunctionArgs) {
  const d = publicDecision(db(), portalPathId(params.id));
  if (!d) throw new Response("没有这条公示", { status: 404 });
  return d;
}

export default function Decision() {
  const d = useLoaderData<typeof loader>();
  return (
    <div className="card">
      <h1>{d.number}</h1>
      {d.status === "withdrawn" ? (
        <div className="alert error" data-testid="withdrawn">
          本决定公示已于{formatInstant(d.withdrawnAt!)}撤回。撤回理由：{d.withdrawReason}
        </div>
      ) : (
        <>
          <dl className="facts">
            <dt>执法主体</dt><dd>{d.office}</dd>
            <dt>执法事项</dt><dd>{d.matter}</dd>
            <dt>当事人</dt><dd>{d.party}</dd>
            <dt>处理结果</dt><dd>{d.sanction}</dd>
            <dt>决定日期</dt><dd>{d.decisionDate}</dd>
            <dt>公示时间</dt><dd>{formatInstant(d.publishedAt)}</dd>
          </dl>
          <h2>公示内容</h2>
          <div style={{ whiteSpace: "pre-wrap" }} data-testid="public-text">{d.text}</div>
        </>
      )}
      <p><Link to="/gongshi/jueding">返回列表</Link></p>
    </div>
  );
}
