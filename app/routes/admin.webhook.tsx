import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { manageableOrganisations } from "~/admin/users.server";
import { forbidden, requirePermission } from "~/auth/guard.server";
import { db } from "~/db.server";
import { fieldErrors, formToObject } from "~/forms";
import { formatInstant } from "~/format";
import { deliveryLog, setWebhook, webhookProblem, webhookUrl } from "~/messages/webhook.server";

export const meta: MetaFunction = () => [{ title: "消息转发 · 司法所" }];

const STATUS = { pending: "待重试", delivered: "已送达", failed: "失败" } as const;

/** /admin/webhook: each street's forwarding address for messages, and the delivery log. */
export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin.settings");
  const streets = manageableOrganisations(db(), admin).filter((o) => o.kind === "street");
  return {
    streets: streets.map((s) => ({ id: s.id, name: s.name, url: webhookUrl(db(), s.id) ?? "" })),
    log: deliveryLog(db(), streets.map((s) => s.id)).map((d) => ({ ...d, statusLabel: STATUS[d.status], next: d.status === "pending" ? formatInstant(d.nextAttemptAt) : "", delivered: d.deliveredAt ? formatInstant(d.deliveredAt) : "" })),
  };
}

const Schema = z.object({ officeId: z.coerce.number({ error: "街道：请选择" }).int().positive("街道：请选择"), url: z.string().trim().max(500, "转发地址：不能超过500个字符").default("") });

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin.settings");
  const values = formToObject(await request.formData());
  const parsed = Schema.safeParse(values);
  if (!parsed.success) return { officeId: values.officeId, errors: fieldErrors(parsed.error.issues), saved: false };
  if (!manageableOrganisations(db(), admin).some((o) => o.id === parsed.data.officeId && o.kind === "street")) forbidden("只能设置本人管理范围内街道的转发地址");
  const problem = webhookProblem(parsed.data.url);
  if (problem) return { officeId: values.officeId, errors: { url: problem } as Record<string, string>, saved: false };
  setWebhook(db(), admin.id, parsed.data.officeId, parsed.data.url);
  return { officeId: values.officeId, errors: {} as Record<string, string>, saved: true };
}

export default function WebhookAdmin() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  return (
    <>
      <h1>消息转发</h1>
      <p className="hint">填写本单位系统（如政务钉钉、企业微信的消息接口或OA）的接收地址后，发给本街道人员的每条消息都以JSON（UTF-8）POST到该地址；失败后按1分钟、5分钟、30分钟、2小时、12小时重试。留空即停止转发。</p>
      {d.streets.map((s) => (
        <Form method="post" key={s.id} className="card">
          <input type="hidden" name="officeId" value={s.id} />
          <label htmlFor={`url-${s.id}`}>{s.name}的转发地址</label>
          <input id={`url-${s.id}`} name="url" type="text" defaultValue={s.url} placeholder="https://oa.example.gov.cn/hooks/sifasuo" />
          {a && String(a.officeId) === String(s.id) && (a.errors as Record<string, string>).url ? <div className="error" role="alert">{(a.errors as Record<string, string>).url}</div> : null}
          {a && String(a.officeId) === String(s.id) && a.saved ? <div className="ok">已保存</div> : null}
          <p><button type="submit">保存</button></p>
        </Form>
      ))}
      <h2>投递记录（最近100条）</h2>
      {d.log.length === 0 ? <p className="hint">暂无投递记录。</p> : (
        <table className="list">
          <thead><tr><th>街道</th><th>消息</th><th>状态</th><th>尝试次数</th><th>最近错误</th><th>下次重试 / 送达时间</th></tr></thead>
          <tbody>{d.log.map((r) => <tr key={r.id}><td>{r.office}</td><td>{r.title}</td><td>{r.statusLabel}</td><td>{r.attempts}</td><td>{r.lastError ?? "—"}</td><td>{r.next || r.delivered || "—"}</td></tr>)}</tbody>
        </table>
      )}
    </>
  );
}
