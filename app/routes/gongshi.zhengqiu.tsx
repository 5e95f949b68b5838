/** 征求意见 on the public portal: the calls open today, and a form to comment on each without an account. */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { PortalPageQuery } from "~/portal-query.server";
import { clientIp } from "~/auth/login.server";
import { PortalOfficePicker } from "~/components/portal-office-picker";
import { db } from "~/db.server";
import { DECIMAL_ID, portalQueryId } from "~/portal-ids.server";
import { MAX_COMMENT, submitComment } from "~/procedures/major-decision/comments.server";
import { openCalls } from "~/procedures/major-decision/portal.server";
import { publicOffices } from "~/procedures/enforcement/portal.server";
import { chinaDate } from "../../workflows/calendar/calendar";

export const meta: MetaFunction = () => [{ title: "重大行政决策征求意见 · 公示" }];

const QuerySchema = PortalPageQuery;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const q = QuerySchema.parse({ ...Object.fromEntries(url.searchParams), officeId: portalQueryId(url, "officeId") });
  const offices = publicOffices(db());
  const office = offices.find((o) => o.id === q.officeId) ?? offices[0];
  const open = office ? openCalls(db(), office.id, chinaDate(new Date().toISOString()), q.page) : { total: 0, pages: 1, calls: [] };
  return { offices, office: office ?? null, page: q.page, open };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const raw = String(form.get("caseId") ?? "");
  const caseId = DECIMAL_ID.test(raw) ? Number(raw) : 0;
  if (!caseId) return { caseId: 0, ok: false, message: "请选择要提出意见的决策草案" };
  const r = submitComment(db(), caseId, form.get("text"), clientIp(context));
  return r.ok ? { caseId, ok: true, message: `意见已收到（第${r.id}号），感谢参与。处理情况将在决策公布时一并公开。` } : { caseId, ok: false, message: r.message };
}

export default function PortalCalls() {
  const { offices, office, page, open } = useLoaderData<typeof loader>();
  const calls = open.calls;
  const result = useActionData<typeof action>();
  if (!office) return <div className="card">暂无公开信息。</div>;
  return (
    <>
      <PortalOfficePicker offices={offices} office={office} label="决策机关" />
      {calls.length ? null : <div className="card"><h1>{`${office.agency}重大行政决策征求意见`}</h1><p className="hint">目前没有正在征求意见的决策草案。</p></div>}
      {calls.map((k) => (
        <div className="card" key={k.caseId} data-testid={`call-${k.caseId}`}>
          <h1>{`关于《${k.name}（草案）》公开征求意见`}</h1>
          <p className="hint">{`承办单位：${k.unit}。征求意见期限：${k.opensOn}至${k.closesOn}。${k.shortReason ? `期限少于30日的理由：${k.shortReason}。` : ""}`}</p>
          <p>{k.text}</p>
          {k.explanation ? <p>{`起草说明：${k.explanation}`}</p> : null}
          <Form method="post">
            <input type="hidden" name="caseId" value={k.caseId} />
            <label htmlFor={`text-${k.caseId}`}>您的意见（无需登录；请勿填写姓名、电话等个人信息）</label>
            <textarea id={`text-${k.caseId}`} name="text" rows={4} maxLength={MAX_COMMENT} required />
            {result && result.caseId === k.caseId ? <p className={result.ok ? "notice" : "error"} role="status">{result.message}</p> : null}
            <button type="submit">提交意见</button>
          </Form>
        </div>
      ))}
      {open.pages > 1 ? (
        <p className="pager card">
          {`共${open.total}项，第${page}/${open.pages}页 `}
          {page > 1 ? <a href={`/gongshi/zhengqiu?officeId=${office.id}&page=${page - 1}`}>上一页</a> : null}{" "}
          {page < open.pages ? <a href={`/gongshi/zhengqiu?officeId=${office.id}&page=${page + 1}`}>下一页</a> : null}
        </p>
      ) : null}
    </>
  );
}
