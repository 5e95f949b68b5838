/**
 * The case tables checked against the audit chain: every event of a case is in the log without a
 * gap and hashes as its audit entry recorded; the stored snapshot and state are those the latest
 * audit entry recorded; and the case replays from its creation input to exactly them; every document's number and SHA-256 are the ones its audit entry
 * recorded. An edited payload, a deleted event, an edited state or snapshot or a renumbered
 * document is named here even when the database's triggers were dropped to do it.
 */
import type { Db } from "../../db/connection";
import { replay, topState } from "../../workflows/engine/run";
import { getProcedure } from "../procedures";
import { eventHash, textHash, type LoggedEvent } from "./audit.server";

export interface CaseProblem {
  readonly caseId: number;
  readonly reason: string;
}

type AuditFacts = {
  events: Map<string, string>;
  /** The snapshot hash and state of each case's latest audited change. */
  latest: Map<number, { version: number; snapshot: string; state: string }>;
  documents: Map<string, { number: string | null; caseId: number | null }>;
};

/** What the audit chain says of events and documents: event hash by case and seq, document by SHA-256. */
function auditFacts(db: Db): AuditFacts {
  const events = new Map<string, string>();
  const latest: AuditFacts["latest"] = new Map();
  const documents = new Map<string, { number: string | null; caseId: number | null }>();
  const rows = db.$client.prepare("SELECT action, case_id AS caseId, detail FROM audit_log WHERE action = 'case.create' OR action LIKE 'case.event.%' OR action = 'document.generate'").iterate() as IterableIterator<{ action: string; caseId: number | null; detail: string }>;
  for (const r of rows) {
    const d = JSON.parse(r.detail) as { event?: string; version?: number; state?: string; snapshot?: string; document?: { number: string | null; sha256: string }; sha256?: string };
    const seq = r.action === "case.create" ? 1 : d.version;
    if (d.event && seq) events.set(`${r.caseId}:${seq}`, d.event);
    if (d.snapshot && d.state && seq && r.caseId !== null && (latest.get(r.caseId)?.version ?? 0) < seq) latest.set(r.caseId, { version: seq, snapshot: d.snapshot, state: d.state });
    if (d.document) documents.set(`${r.caseId}:${d.document.sha256}`, { number: d.document.number, caseId: r.caseId });
    if (r.action === "document.generate" && d.sha256) documents.set(`${r.caseId}:${d.sha256}`, { number: null, caseId: r.caseId });
  }
  return { events, latest, documents };
}

function checkCase(c: { id: number; procedure: string; machineVersion: number; version: number; state: string; snapshot: string; input: string }, log: LoggedEvent[], facts: AuditFacts): string[] {
  const problems: string[] = [];
  const missing = log.length !== c.version || log.some((e, i) => e.seq !== i + 1);
  if (missing) problems.push(`事件日志不完整：案件版本为${c.version}，日志中有${log.length}条事件（事件被删除或插入）`);
  for (const e of log) {
    const recorded = facts.events.get(`${c.id}:${e.seq}`);
    if (recorded && recorded !== eventHash(e)) problems.push(`第${e.seq}条事件（${e.type}）的内容与审计记录中的哈希不符（事件被修改）`);
  }
  if (log[0] && log[0].payload !== c.input) problems.push("案件的创建内容与事件日志中的创建事件不一致");
  // The latest audited change says what the case looked like after it, independently of the code.
  const audited = facts.latest.get(c.id);
  if (audited && audited.version === c.version) {
    if (audited.snapshot !== textHash(c.snapshot)) problems.push("存储的案件数据与最后一次办理时审计记录的哈希不符（案件数据被修改）");
    if (audited.state !== c.state) problems.push(`存储的办理阶段“${c.state}”与审计记录的“${audited.state}”不一致（阶段被修改）`);
  }
  const proc = getProcedure(c.procedure);
  if (!proc) return [...problems, `未知程序 ${c.procedure}`];
  // A case kept under an earlier version of its procedure replays under that version's rules, which
  // this code no longer has: its events and audited snapshot are still checked above.
  if (c.machineVersion !== proc.version) return problems;
  try {
    const rebuilt = replay(proc, JSON.parse(c.input), log.slice(1).map((e) => ({ type: e.type, at: e.at, actor: JSON.parse(e.actor), payload: JSON.parse(e.payload) })));
    if (JSON.stringify(rebuilt) !== c.snapshot) problems.push("按事件日志重放的案件数据与存储的不一致（案件数据被修改）");
    if (topState(rebuilt.value) !== c.state) problems.push(`按事件日志重放的办理阶段为“${topState(rebuilt.value)}”，存储的为“${c.state}”（阶段被修改）`);
  } catch (e) {
    problems.push(`事件日志无法重放：${(e as Error).message}`);
  }
  return problems;
}

export function verifyCases(db: Db): { cases: number; events: number; brokenCases: CaseProblem[] } {
  const facts = auditFacts(db);
  const brokenCases: CaseProblem[] = [];
  const eventsOf = db.$client.prepare("SELECT case_id AS caseId, seq, type, payload, actor_id AS actorId, actor, at FROM case_events WHERE case_id = ? ORDER BY seq");
  const rows = db.$client.prepare("SELECT id, procedure, machine_version AS machineVersion, version, state, snapshot, input FROM cases ORDER BY id").all() as Parameters<typeof checkCase>[0][];
  let events = 0;
  for (const c of rows) {
    const log = eventsOf.all(c.id) as LoggedEvent[];
    events += log.length;
    for (const reason of checkCase(c, log, facts)) brokenCases.push({ caseId: c.id, reason });
  }
  const docs = db.$client.prepare("SELECT id, case_id AS caseId, number, sha256 FROM documents ORDER BY id").all() as { id: number; caseId: number; number: string | null; sha256: string }[];
  const seen = new Set<string>();
  for (const d of docs) {
    const key = `${d.caseId}:${d.sha256}`;
    seen.add(key);
    const recorded = facts.documents.get(key);
    if (!recorded) brokenCases.push({ caseId: d.caseId, reason: `文书 #${d.id} 没有对应的审计记录（文书被替换或插入）` });
    else if (recorded.number !== d.number) brokenCases.push({ caseId: d.caseId, reason: `文书 #${d.id} 的文号为“${d.number ?? "无"}”，审计记录中为“${recorded.number ?? "无"}”（文号被修改）` });
  }
  for (const [key, recorded] of facts.documents) {
    if (!seen.has(key)) brokenCases.push({ caseId: recorded.caseId ?? 0, reason: `审计记录中的文书 ${recorded.number ?? ""}（${key.split(":")[1].slice(0, 12)}…）已不在文书表中（文书被删除）` });
  }
  return { cases: rows.length, events, brokenCases };
}
