import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Fragment } from "react";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { notFound, requireUser } from "~/auth/guard.server";
import { hasPermission } from "~/auth/permissions.server";
import { loadCalendar } from "~/calendar.server";
import { caseView } from "~/cases/case-view.server";
import { runEvent } from "~/cases/engine.server";
import { EventFormSchema } from "~/cases/event-form.server";
import { findVisibleCase } from "~/cases/queries.server";
import { urgencyFor } from "~/cases/urgency.server";
import { Deadlines, Documents, Files, Timeline } from "~/components/case-panels";
import { CaseFacts } from "~/components/case-facts";
import { FormFields } from "~/components/form-fields";
import { db } from "~/db.server";
import { fieldErrors, formToObject } from "~/forms";
import { ACCEPTED_TYPES_TEXT } from "~/files/sniff";
import { getProcedure, procedureModule } from "~/procedures/registry.server";
import { fileKindsOf } from "~/files/file-kinds";
import { uploadErrorMessage } from "~/files/upload-errors";
import { config } from "~/config.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.view.number} · 司法所` : "案件 · 司法所" }];

async function visibleCase(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  const row = findVisibleCase(db(), user, Number(id));
  if (!row) notFound("案件不存在或您无权查看");
  return { user, row };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, row } = await visibleCase(request, params.id);
  const view = caseView(db(), user, row);
  const urgency = urgencyFor(loadCalendar(db()));
  return {
    view: { ...view, deadlines: view.deadlines.map((d) => ({ ...d, urgency: d.voluntary ? null : urgency.of(d.due, d.status) })) },
    canUpload: hasPermission(user.roles, "file.upload") && !view.closed,
    fileKinds: fileKindsOf(procedureModule(view.procedure)),
    // Events also done on a page of their own, linked while they are open.
    pages: (procedureModule(view.procedure)?.pages ?? []).filter((pg) => view.actions.some((x) => x.type === pg.event && x.available)),
    uploadError: uploadErrorMessage(new URL(request.url).searchParams.get("fileError"), Math.round(config.maxUploadBytes / 1024 / 1024)),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, row } = await visibleCase(request, params.id);
  const form = await request.formData();
  const values = formToObject(form);
  const head = EventFormSchema.safeParse(values);
  if (!head.success) return { type: values.type ?? "", message: head.error.issues[0].message, errors: {}, reasons: [] as { guard: string; message: string; basis: string }[], values };
  const { type, version, ...fields } = values;
  const def = getProcedure(row.procedure)?.events[head.data.type];
  // Checkbox groups send one value per ticked box.
  const payload: Record<string, unknown> = { ...fields };
  for (const f of def?.form ?? []) {
    if (f.kind !== "multi" && f.kind !== "users" && f.kind !== "files") continue;
    payload[f.name] = form.getAll(f.name).map(String);
    // Every ticked box comes back ticked if the form has to be shown again.
    values[f.name] = (payload[f.name] as string[]).join("\n");
  }
  const outcome = await runEvent(db(), { user, caseId: row.id, type: head.data.type, payload, expectedVersion: head.data.version });
  switch (outcome.status) {
    case 200:
      return redirect(`/cases/${row.id}?done=${encodeURIComponent(head.data.type)}`);
    case 404:
      notFound(outcome.message);
    case 403:
      throw new Response(outcome.message, { status: 403 });
    case 400:
      return { type, message: outcome.message, errors: fieldErrors(outcome.issues), reasons: [] as { guard: string; message: string; basis: string }[], values };
    case 422:
      return { type, message: outcome.message, errors: {}, reasons: outcome.reasons, values };
    case 409:
      // What was typed is kept; the page lists what changed since the form was opened.
      return { type, message: "在您填写期间，本案已有新的办理，您填写的内容已保留，请核对下列变化后重新提交", errors: {}, reasons: [] as { guard: string; message: string; basis: string }[], values, conflictSince: head.data.version };
  }
}

export default function CasePage() {
  const { view, canUpload, uploadError, fileKinds, pages } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = params.get("done");
  return (
    <>
      <div className="print-head print-ref" aria-hidden="true">{view.office.name} · {view.number}</div>
      <h1>{view.title}</h1>
      <div className="hint">
        {view.number} · {view.procedureName} · {view.office.name} · 当前阶段：<strong data-testid="state">{view.stateLabel}</strong>{" "}
        <details className="tech"><summary>技术信息</summary>记录版本 {view.version}，程序版本 v{view.machineVersion}</details>
      </div>
      {done ? <div className="alert ok">已办理：{[...view.events].reverse().find((x) => x.type === done)?.label ?? "事项"}</div> : null}
      {params.get("uploaded") ? <div className="alert ok">附件已上传。</div> : null}
      {uploadError ? <div className="alert error" role="alert">{uploadError}</div> : null}
      {params.get("generated") ? <div className="alert ok">文书已生成。</div> : null}
      <ol className="stepper" aria-label="办理流程" data-count={`第${view.steps.findIndex((s) => s.status.startsWith("current")) + 1 || "—"}步，共${view.steps.length}步`}>
        {view.steps.map((s) => <li key={s.state} className={s.status} aria-current={s.status.startsWith("current") ? "step" : undefined}>{s.label}</li>)}
      </ol>
      <div className="grid2">
        <div>
          <div className="card"><h2>案件信息</h2><CaseFacts procedure={view.procedure} data={view.data} files={view.files} /></div>
          <div className="card"><h2>期限</h2><Deadlines deadlines={view.deadlines} /></div>
          <div className="card">
            <h2>文书</h2>
            <Documents documents={view.documents} />
            {view.generatable.map((t) => (
              <Form key={t.id} method="post" action={`/cases/${view.id}/documents`} style={{ display: "inline-block", marginTop: 8 }}>
                <input type="hidden" name="template" value={t.id} />
                <button className="secondary" type="submit">生成{t.title}</button>
              </Form>
            ))}
          </div>
          <div className="card">
            <h2>附件</h2>
            <Files files={view.files} />
            {canUpload ? (
              <Form method="post" action={`/cases/${view.id}/files`} encType="multipart/form-data">
                <label htmlFor="file">上传附件（证据、签字扫描件等）</label>
                <input id="file" name="file" type="file" required />
                <label htmlFor="kind">材料类别（立卷时按类别排列）</label>
                <select id="kind" name="kind" defaultValue={fileKinds.includes("证据材料") ? "证据材料" : fileKinds[0]}>{fileKinds.map((k) => <option key={k} value={k}>{k}</option>)}</select>
                <div className="hint">可上传：{ACCEPTED_TYPES_TEXT}。系统按文件内容识别类型并记录SHA-256。</div>
                <p><button className="secondary" type="submit">上传</button></p>
              </Form>
            ) : null}
          </div>
        </div>
        <div>
          <div className="card no-print" data-testid="actions">
            <h2>可办理事项</h2>
            {view.myTasks.length ? <p className="my-task" data-testid="my-task"><strong>您的待办：</strong>{view.myTasks.join("；")}</p> : null}
            {a?.message && !view.actions.some((x) => x.type === a.type && x.available) ? (
              // The action sent is no longer open (another tab or person moved the case): say what changed, keep the text.
              <div className="alert error" role="alert">
                {a.message}
                {"conflictSince" in a && typeof a.conflictSince === "number" ? (
                  <ul data-testid="conflict-changes">{view.events.filter((e) => e.seq > (a.conflictSince as number)).map((e) => <li key={e.seq}>{e.label}（{e.actor}）</li>)}</ul>
                ) : null}
                <details open><summary>您填写的内容</summary>
                  <dl className="facts">{Object.entries(a.values ?? {}).filter(([k, v]) => k !== "type" && k !== "version" && String(v ?? "").trim()).map(([k, v]) => <Fragment key={k}><dt>{view.actions.find((x) => x.type === a.type)?.form.find((f) => f.name === k)?.label ?? k}</dt><dd>{String(v)}</dd></Fragment>)}</dl>
                </details>
              </div>
            ) : null}
            {pages.map((pg) => (
              <p key={pg.path}><a className="button" href={`/cases/${view.id}/${pg.path}`}>{pg.label}</a></p>
            ))}
            {view.actions.length === 0 ? <p className="hint">本案已办结，无可办理事项。</p> : null}
            {view.actions.filter((act) => act.available).map((act) => (
                <details key={act.type} id={`act-${act.type}`} className="action" open={a?.type === act.type || view.actions.filter((x) => x.available).length === 1}>
                  <summary>{act.label}</summary>
                  {a?.type === act.type && a.message ? (
                    <div className="alert error" role="alert">
                      {a.message}
                      {"conflictSince" in a && typeof a.conflictSince === "number" ? (
                        <ul data-testid="conflict-changes">{view.events.filter((e) => e.seq > (a.conflictSince as number)).map((e) => <li key={e.seq}>{e.label}（{e.actor}）</li>)}</ul>
                      ) : null}
                      {a.reasons.length ? <ul>{a.reasons.map((r) => <li key={r.guard}>{r.message}（依据：{r.basis}）</li>)}</ul> : null}
                    </div>
                  ) : null}
                  {/* Keyed by version: after an applied event the form starts empty, not with what was typed last. */}
                  <Form method="post" key={`${act.type}-${view.version}`}>
                    <input type="hidden" name="type" value={act.type} />
                    <input type="hidden" name="version" value={view.version} />
                    <FormFields fields={act.form} errors={a?.type === act.type ? a.errors : undefined} values={a?.type === act.type ? a.values : act.defaults} prefix={`${act.type}-`} />
                    <p><button type="submit">{act.label}</button></p>
                  </Form>
                </details>
            ))}
            {view.actions.some((act) => !act.available && !act.otherPost) ? <h3>需先完成</h3> : null}
            {view.actions.filter((act) => !act.available && !act.otherPost).map((act) => (
              <div key={act.type} className="action unavailable" data-testid={`blocked-${act.type}`}>
                <strong>{act.label}</strong>
                <ul className="checklist">
                  {/* A met guard's text says what would refuse, so it is shown by its article: "符合：《…》第…条". */}
                  {act.met.map((m) => <li key={m.guard} className="met"><span aria-hidden="true">✓</span> 符合：{m.basis}</li>)}
                  {act.reasons.map((r) => (
                    <li key={r.guard} className="unmet">
                      <span aria-hidden="true">✗</span> <span className="visually-hidden">未满足：</span>{r.message}（依据：{r.basis}）
                      {r.steps.length ? <> 须先办理：{r.steps.map((s, i) => <Fragment key={s.type}>{i ? "或" : ""}{s.here ? <a href={`#act-${s.type}`}>{s.label}</a> : <span>{s.label}（由其他岗位办理或尚不能办理）</span>}</Fragment>)}</> : null}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            {view.actions.some((act) => act.otherPost) ? (
              <p className="hint" data-testid="other-posts">由其他岗位办理：{view.actions.filter((act) => act.otherPost).map((act) => `${act.label}（${act.reasons[0].message.replace(/^本事项由(.*?)办理.*$/, "$1")}）`).join("；")}。</p>
            ) : null}
          </div>
          <div className="card"><h2>办理记录</h2><Timeline events={view.events} /></div>
        </div>
      </div>
    </>
  );
}
