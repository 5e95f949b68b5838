import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Pager } from "~/components/pager";
import { requireUser } from "~/auth/guard.server";
import { db } from "~/db.server";
import { formatInstant } from "~/format";
import { listMessages, markRead, MESSAGE_KINDS, MESSAGE_PAGE, type MessageKind } from "~/messages/messages.server";

export const meta: MetaFunction = () => [{ title: "消息 · 司法所" }];

/** /messages: the user's own messages only; reading one marks it read. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const page = Math.max(1, Number(new URL(request.url).searchParams.get("page")) || 1);
  const { rows, total } = listMessages(db(), user.id, page);
  return { rows: rows.map((r) => ({ ...r, kindLabel: MESSAGE_KINDS[r.kind as MessageKind], when: formatInstant(r.createdAt) })), total, page, pages: Math.max(1, Math.ceil(total / MESSAGE_PAGE)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const id = form.get("id");
  markRead(db(), user.id, id === "all" ? "all" : Number(id), new Date().toISOString());
  return { ok: true };
}

export default function Messages() {
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <h1>消息</h1>
      <p className="hint">待办分派、2个工作日内到期和已逾期的期限、督办，都会在这里提醒；本街道设置了转发地址的，同时转发到本单位系统。</p>
      <Form method="post"><input type="hidden" name="id" value="all" /><button type="submit" className="secondary">全部标为已读</button></Form>
      {d.rows.length === 0 ? <p className="hint">暂无消息。</p> : (
        <ul className="messages" data-testid="messages">
          {d.rows.map((m) => (
            <li key={m.id} className={m.readAt ? "read" : "unread"}>
              <span className={`tag ${m.kind}`}>{m.kindLabel}</span>{" "}
              <strong>{m.caseId ? <Link to={`/cases/${m.caseId}`}>{m.title}</Link> : m.title}</strong>
              <div>{m.body}</div>
              <div className="hint">{m.when}{m.from ? `，来自${m.from}` : ""}</div>
              {m.readAt ? null : (
                <Form method="post"><input type="hidden" name="id" value={m.id} /><button type="submit" className="secondary small">标为已读</button></Form>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pager page={d.page} pages={d.pages} />
    </>
  );
}
