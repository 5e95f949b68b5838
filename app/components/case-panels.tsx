/** Read-only panels of the case page: facts, deadlines, documents, files, timeline. */
import { formatInstant } from "~/format";

type Deadline = { id: number; label: string; rule: string; legalBasis: string; start: string; due: string; explanation: string; provisional: boolean; voluntary: boolean; status: string; urgency: string | null };

const STATUS: Record<string, string> = { open: "进行中", met: "已按期完成", cancelled: "已终止" };

export function Deadlines({ deadlines }: { deadlines: Deadline[] }) {
  if (!deadlines.length) return <p className="hint">尚无期限（受理并指派后开始计算）。</p>;
  return (
    <table className="list cards" data-testid="deadlines">
      <thead><tr><th>期限</th><th>截止日</th><th>计算方法与依据</th><th>状态</th></tr></thead>
      <tbody>
        {deadlines.map((d) => (
          <tr key={d.id} className={d.urgency ?? ""}>
            <td data-label="期限">{d.label}<div className="hint">{d.rule}</div></td>
            <td data-label="截止日" className={d.urgency ?? ""}>{d.due}{d.provisional ? "（临时）" : ""}{d.voluntary ? "（当事人自愿，逾期不再申请）" : ""}{d.urgency === "overdue" ? " 已逾期" : d.urgency === "soon" ? " 即将到期" : ""}</td>
            <td data-label="计算方法与依据">{d.explanation}<div className="hint">依据：{d.legalBasis}</div></td>
            <td data-label="状态"><span className={`badge ${d.status}`}>{STATUS[d.status] ?? d.status}</span></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Documents({ documents }: { documents: { id: number; title: string; number: string | null; sha256: string; createdAt: string }[] }) {
  if (!documents.length) return <p className="hint">尚未生成文书。</p>;
  return (
    <table className="list cards" data-testid="documents">
      <thead><tr><th>文书</th><th>文号</th><th>生成时间</th><th>技术信息</th><th><span className="visually-hidden">操作</span></th></tr></thead>
      <tbody>
        {documents.map((d) => (
          <tr key={d.id}>
            <td data-label="文书">{d.title}</td>
            <td data-label="文号">{d.number ?? "—"}</td>
            <td data-label="生成时间">{formatInstant(d.createdAt)}</td>
            <td data-label="技术信息"><details className="tech"><summary>校验值</summary><span className="mono">SHA-256 {d.sha256}</span></details></td>
            <td><a href={`/documents/${d.id}/preview`}>预览</a> · <a href={`/documents/${d.id}/download`}>下载</a></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Files({ files }: { files: { id: number; name: string; kind: string; sha256: string; createdAt: string }[] }) {
  if (!files.length) return <p className="hint">尚无附件。</p>;
  return (
    <ul>
      {files.map((f) => (
        <li key={f.id}><a href={`/files/${f.id}`}>{f.name}</a> <span className="hint">{f.kind} · {formatInstant(f.createdAt)} </span> <details className="tech"><summary>校验值</summary><span className="mono">SHA-256 {f.sha256}</span></details></li>
      ))}
    </ul>
  );
}

export function Timeline({ events }: { events: { seq: number; label: string; actor: string; at: string; payload?: unknown }[] }) {
  return (
    <ol className="timeline" data-testid="timeline">
      {[...events].reverse().map((e) => (
        <li key={e.seq}>
          <strong>{e.label}</strong> <span className="hint">{e.actor} · {formatInstant(e.at)}</span>
          <EventNote payload={e.payload} />
        </li>
      ))}
    </ol>
  );
}

function EventNote({ payload }: { payload?: unknown }) {
  const p = (payload ?? {}) as Record<string, unknown>;
  const text = (p.comments || p.reason || p.note || (p.assignee as { name?: string } | undefined)?.name || p.number) as string | undefined;
  return text ? <div className="hint">{String(text)}</div> : null;
}
