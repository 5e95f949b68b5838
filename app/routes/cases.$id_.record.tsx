/**
 * 现场记录: an officer records an enforcement act from a phone — camera photos and video are
 * uploaded one by one with a progress bar (or, without JavaScript, with the form), then the act
 * is recorded with them. A failed upload records nothing.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { notFound, requirePermission } from "~/auth/guard.server";
import { activeOfficers, leadersOf, recordActFromForm } from "~/procedures/enforcement/record-act.server";
import { caseDetail, findVisibleCase } from "~/cases/queries.server";
import { db } from "~/db.server";
import { maxMb } from "~/files/attach.server";
import { ACCEPTED_TYPES_TEXT } from "~/files/sniff";
import { ACT_KINDS, type EnforcementContext } from "../../workflows/enforcement/context";
import { PLAIN_ACTS } from "../../workflows/enforcement/forms";

export const meta: MetaFunction = () => [{ title: "现场记录 · 行政执法" }];

async function enforcementCase(request: Request, id: string | undefined) {
  const user = await requirePermission(request, "enforcement.handle");
  const row = findVisibleCase(db(), user, Number(id));
  if (!row || row.procedure !== "enforcement") notFound("案件不存在或您无权查看");
  return { user, row };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, row } = await enforcementCase(request, params.id);
  const c = row.snapshot.context as EnforcementContext;
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    version: row.version,
    me: user.id,
    officers: activeOfficers(db(), row.officeId),
    leaders: leadersOf(db(), row.officeId),
    inCharge: (c.filing?.officers ?? []).map((o) => o.id),
    files: caseDetail(db(), row.id).files.map((f) => ({ id: f.id, name: f.name })),
    entries: c.record.map((r) => ({ seq: r.seq, label: `第${r.seq}条 ${ACT_KINDS[r.kind].label} ${r.time.replace("T", " ")}` })),
    maxMb: maxMb(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, row } = await enforcementCase(request, params.id);
  const r = await recordActFromForm(db(), user, row, request);
  if (r.ok) return redirect(`/cases/${row.id}?done=RECORD_ACT`);
  return r;
}

type Upload = { key: string; name: string; progress: number; fileId?: number; error?: string };

/** Send one file to the case's upload endpoint, reporting progress; resolves with the stored file's id. */
function sendFile(caseId: number, file: File, onProgress: (p: number) => void): Promise<{ ok: true; fileId: number } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/cases/${caseId}/files`);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText));
      } catch {
        resolve({ ok: false, message: `上传失败（${xhr.status}）` });
      }
    };
    xhr.onerror = () => resolve({ ok: false, message: "网络中断，上传失败，请重试" });
    const body = new FormData();
    body.append("file", file);
    body.append("kind", "证据材料");
    xhr.send(body);
  });
}

export default function RecordAct() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const [uploads, setUploads] = useState<Upload[]>([]);
  const update = (key: string, patch: Partial<Upload>) => setUploads((u) => u.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  const pending = uploads.some((u) => u.fileId === undefined && !u.error);

  function onPick(e: React.ChangeEvent<HTMLInputElement>) {
    const picked = [...(e.target.files ?? [])];
    e.target.value = ""; // uploaded here, not again with the form
    for (const file of picked) {
      const key = `${file.name}-${file.size}-${Math.random()}`;
      setUploads((u) => [...u, { key, name: file.name, progress: 0 }]);
      if (file.size > d.maxMb * 1024 * 1024) {
        update(key, { error: `文件过大：不能超过${d.maxMb}MB` });
        continue;
      }
      void sendFile(d.id, file, (progress) => update(key, { progress })).then((r) => update(key, r.ok ? { fileId: r.fileId, progress: 100 } : { error: r.message }));
    }
  }

  const err = (k: string) => (a?.errors?.[k] ? <div className="error" role="alert">{a.errors[k]}</div> : null);
  return (
    <div className="card">
      <h1>现场记录</h1>
      <p className="hint">{d.number} · {d.title} · <Link to={`/cases/${d.id}`}>返回案件</Link></p>
      {a?.message ? (
        <div className="alert error" role="alert">
          {a.message}
          {a.reasons?.length ? <ul>{a.reasons.map((r) => <li key={r.guard}>{r.message}（依据：{r.basis}）</li>)}</ul> : null}
        </div>
      ) : null}
      <Form method="post" encType="multipart/form-data">
        <input type="hidden" name="version" value={d.version} />
        <label htmlFor="kind">执法活动类型 *</label>
        <select id="kind" name="kind" defaultValue={a?.values?.kind ?? "inspection"}>
          {/* 查封扣押 and 强制拆除 are recorded through their own steps on the case page (行政强制法 18, 24, 44). */}
          {PLAIN_ACTS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
        {err("kind")}
        <label htmlFor="time">开始时间 *</label>
        <input id="time" name="time" type="datetime-local" defaultValue={a?.values?.time} required />
        {err("time")}
        <label htmlFor="endTime">结束时间（检查、询问、取证、保存必填）</label>
        <input id="endTime" name="endTime" type="datetime-local" defaultValue={a?.values?.endTime} />
        {err("endTime")}
        <label htmlFor="place">地点 *</label>
        <input id="place" name="place" type="text" defaultValue={a?.values?.place} />
        {err("place")}
        <label htmlFor="subject">被询问人或被检查人（非当事人本人时填写姓名、身份证件号码及与本案的关系）</label>
        <input id="subject" name="subject" type="text" defaultValue={a?.values?.subject} />
        {err("subject")}
        <label htmlFor="witness">见证人（当事人不在场或拒绝签名时填写姓名、身份证件号码）</label>
        <input id="witness" name="witness" type="text" defaultValue={a?.values?.witness} />
        {err("witness")}
        <label style={{ fontWeight: 400 }}><input type="checkbox" name="inCaseRoom" value="yes" /> 在执法办案场所（须全程录像）</label>
        <label>在场执法人员 *</label>
        {d.officers.map((o) => (
          <label key={o.id} style={{ fontWeight: 400 }}>
            <input type="checkbox" name="officers" value={o.id} defaultChecked={d.inCharge.includes(o.id) || o.id === d.me} /> {o.name}（执法证{o.certNo ?? "无"}{o.validUntil ? (o.valid ? `，有效期至${o.validUntil}` : `，已于${o.validUntil}过期`) : ""}）
          </label>
        ))}
        {err("officers")}
        <label htmlFor="content">记录内容 *</label>
        <textarea id="content" name="content" rows={6} defaultValue={a?.values?.content} />
        {err("content")}
        <label htmlFor="items">登记保存物品清单（先行登记保存时填写）</label>
        <textarea id="items" name="items" rows={2} defaultValue={a?.values?.items} />
        <label htmlFor="approver">批准先行登记保存的负责人（先行登记保存时选择）</label>
        <select id="approver" name="approver" defaultValue={a?.values?.approver ?? ""}>
          <option value="">（不适用）</option>
          {d.leaders.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
        {err("approver")}
        <label htmlFor="upload">拍照、录像或选择文件</label>
        <input id="upload" name="upload" type="file" multiple accept="image/*,video/*,audio/*,application/pdf" capture="environment" onChange={onPick} />
        <div className="hint">可上传：{ACCEPTED_TYPES_TEXT}；单个文件不超过{d.maxMb}MB。上传后按内容识别类型并记录SHA-256。</div>
        <ul data-testid="uploads">
          {uploads.map((u) => (
            <li key={u.key}>
              {u.name} {u.error ? <span className="error">{u.error}</span> : u.fileId ? "✓ 已上传" : `${u.progress}%`}
              {!u.error && !u.fileId ? <progress className="upload-progress" max={100} value={u.progress} /> : null}
              {u.fileId ? <input type="hidden" name="files" value={u.fileId} /> : null}
            </li>
          ))}
        </ul>
        {d.files.length ? (
          <>
            <label>本案已上传的附件</label>
            {d.files.map((f) => <label key={f.id} style={{ fontWeight: 400 }}><input type="checkbox" name="files" value={f.id} /> {f.name}</label>)}
          </>
        ) : null}
        {err("files")}
        {d.entries.length ? (
          <>
            <label htmlFor="corrects">更正的记录（仅更正时选择；原记录保留）</label>
            <select id="corrects" name="corrects" defaultValue="">
              <option value="">（不是更正）</option>
              {d.entries.map((e) => <option key={e.seq} value={e.seq}>{e.label}</option>)}
            </select>
            <label htmlFor="correctionReason">更正理由</label>
            <input id="correctionReason" name="correctionReason" type="text" />
          </>
        ) : null}
        <p><button type="submit" disabled={busy || pending}>{pending ? "等待上传完成…" : "保存记录"}</button></p>
      </Form>
    </div>
  );
}
