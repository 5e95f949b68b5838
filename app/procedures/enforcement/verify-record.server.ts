/** `npm run audit:verify`'s check of the full-process record (全过程记录) of every enforcement case. */
import type { Db } from "../../../db/connection";

type Entry = { seq: number; files: { sha256: string }[]; content: string };

/**
 * Every enforcement case's full-process record as the case shows it must be what its append-only
 * events say (RECORD_ACT, and the 现场笔录 of SEIZE and DEMOLISH), entry by entry, and every file an entry cites must be a stored file
 * (whose bytes the audit re-hashed). A record edited in the cases table is caught here.
 */
export function verifyEnforcementRecords(db: Db, stored: ReadonlySet<string>) {
  const broken: { caseId: number; reason: string }[] = [];
  let records = 0;
  const events = db.$client
    .prepare("SELECT e.case_id AS caseId, e.payload FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.procedure = 'enforcement' AND e.type IN ('RECORD_ACT', 'SEIZE', 'DEMOLISH') ORDER BY e.case_id, e.seq")
    .all() as { caseId: number; payload: string }[];
  const logged = new Map<number, Entry[]>();
  for (const e of events) {
    const p = JSON.parse(e.payload) as Entry;
    logged.set(e.caseId, [...(logged.get(e.caseId) ?? []), p]);
  }
  const cases = db.$client.prepare("SELECT id, snapshot FROM cases WHERE procedure = 'enforcement'").all() as { id: number; snapshot: string }[];
  for (const c of cases) {
    const shown = ((JSON.parse(c.snapshot) as { context: { record?: Entry[] } }).context.record ?? []);
    const log = logged.get(c.id) ?? [];
    records += shown.length;
    const differs = shown.length !== log.length || shown.some((r, i) => r.content !== log[i].content || JSON.stringify(r.files.map((f) => f.sha256)) !== JSON.stringify(log[i].files.map((f) => f.sha256)));
    if (differs) broken.push({ caseId: c.id, reason: "全过程记录与不可修改的事件日志不一致（记录被改动）" });
    for (const f of shown.flatMap((r) => r.files)) if (!stored.has(f.sha256)) broken.push({ caseId: c.id, reason: `全过程记录引用的文件 ${f.sha256} 未登记或缺失` });
  }
  return { records, broken };
}
