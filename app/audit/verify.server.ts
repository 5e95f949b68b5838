/**
 * Checks the audit hash chain and every stored file against its recorded SHA-256, reporting the
 * first broken link. Used by `npm run audit:verify` and by tests.
 */
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import type { Db } from "../../db/connection";
import { auditLog, storedFiles } from "../../db/schema";
import { blobPath } from "../files/storage.server";
import { auditHash, GENESIS_HASH } from "./audit.server";

export interface VerifyReport {
  readonly entries: number;
  readonly files: number;
  readonly firstBrokenEntry: { id: number; reason: string } | null;
  readonly brokenFiles: { sha256: string; reason: string }[];
  /** Enforcement records (全过程记录) checked against the append-only event log. */
  readonly records: number;
  readonly brokenRecords: { caseId: number; reason: string }[];
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash("sha256");
    createReadStream(path).on("data", (c) => h.update(c)).on("end", () => resolve(h.digest("hex"))).on("error", reject);
  });
}

export async function verifyIntegrity(db: Db, filesRoot?: string): Promise<VerifyReport> {
  let prev = GENESIS_HASH;
  let entries = 0;
  let firstBrokenEntry: VerifyReport["firstBrokenEntry"] = null;
  const rows = db.$client
    .prepare("SELECT id, at, actor_id AS actorId, action, case_id AS caseId, detail, prev_hash AS prevHash, hash FROM audit_log ORDER BY id")
    .iterate() as IterableIterator<typeof auditLog.$inferSelect>;
  for (const row of rows) {
    entries++;
    if (firstBrokenEntry) continue;
    if (row.prevHash !== prev) firstBrokenEntry = { id: row.id, reason: "上一条记录的哈希与本条记载的不一致(记录被删除或插入)" };
    else if (auditHash(row.prevHash, row) !== row.hash) firstBrokenEntry = { id: row.id, reason: "本条记录内容与其哈希不符(记录被修改)" };
    prev = row.hash;
  }
  const brokenFiles: VerifyReport["brokenFiles"] = [];
  let files = 0;
  for (const f of db.select().from(storedFiles).all()) {
    files++;
    const path = blobPath(f.sha256, filesRoot);
    if (!existsSync(path)) brokenFiles.push({ sha256: f.sha256, reason: "文件缺失" });
    else if ((await hashFile(path)) !== f.sha256) brokenFiles.push({ sha256: f.sha256, reason: "文件内容与登记的SHA-256不符(文件被修改)" });
  }
  const { records, brokenRecords } = verifyEnforcementRecords(db, new Set(db.select({ sha256: storedFiles.sha256 }).from(storedFiles).all().map((f) => f.sha256)));
  return { entries, files, firstBrokenEntry, brokenFiles, records, brokenRecords };
}

type Entry = { seq: number; files: { sha256: string }[]; content: string };

/**
 * Every enforcement case's full-process record as the case shows it must be what its append-only
 * RECORD_ACT events say, entry by entry, and every file an entry cites must be a stored file
 * (whose bytes the loop above re-hashed). A record edited in the cases table is caught here.
 */
function verifyEnforcementRecords(db: Db, stored: Set<string>) {
  const brokenRecords: VerifyReport["brokenRecords"] = [];
  let records = 0;
  const events = db.$client
    .prepare("SELECT e.case_id AS caseId, e.payload FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.procedure = 'enforcement' AND e.type = 'RECORD_ACT' ORDER BY e.case_id, e.seq")
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
    if (differs) brokenRecords.push({ caseId: c.id, reason: "全过程记录与不可修改的事件日志不一致(记录被改动)" });
    for (const f of shown.flatMap((r) => r.files)) if (!stored.has(f.sha256)) brokenRecords.push({ caseId: c.id, reason: `全过程记录引用的文件 ${f.sha256} 未登记或缺失` });
  }
  return { records, brokenRecords };
}
