/**
 * Checks the audit hash chain and its anchor file, every stored file against its recorded SHA-256,
 * and every case against its event log (verify-cases.server.ts), reporting what is broken. Used
 * by `npm run audit:verify` and by tests.
 */
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import type { Db } from "../../db/connection";
import { auditLog, storedFiles } from "../../db/schema";
import { blobPath } from "../files/storage.server";
import { auditHash, auditHeadPath, currentHead, GENESIS_HASH, readHead } from "./audit.server";
import { verifyCases, type CaseProblem } from "./verify-cases.server";
import { procedureModules } from "../procedures";

export interface VerifyReport {
  readonly entries: number;
  readonly files: number;
  readonly firstBrokenEntry: { id: number; reason: string } | null;
  readonly brokenFiles: { sha256: string; reason: string }[];
  /** Entries of the procedures' own records (a full-process record) checked against the append-only event log. */
  readonly records: number;
  readonly brokenRecords: { caseId: number; reason: string }[];
  /** Cases replayed from their event log, and what did not match. */
  readonly cases: number;
  readonly events: number;
  readonly brokenCases: CaseProblem[];
  /** The chain's last entry, to keep outside the system as an anchor. */
  readonly head: { id: number; hash: string } | null;
  /** The anchor file audit-head.json disagrees with the chain (entries removed from its end). */
  readonly anchorProblem: string | null;
}

/** Whether the chain still holds the entry the anchor file last recorded. */
function checkAnchor(db: Db, headPath: string | null): string | null {
  if (!headPath) return null;
  const anchored = readHead(headPath);
  const head = currentHead(db);
  if (!anchored) return head ? `链头文件 ${headPath} 缺失或无法读取：无法确认审计记录末尾未被删除` : null;
  const row = db.$client.prepare("SELECT hash FROM audit_log WHERE id = ?").get(anchored.id) as { hash: string } | undefined;
  if (!row) return `链头文件记载最后一条审计记录为 #${anchored.id}，数据库中已没有这条记录（审计记录末尾被删除）`;
  if (row.hash !== anchored.hash) return `审计记录 #${anchored.id} 的哈希与链头文件记载的不一致（审计记录被替换）`;
  return null;
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash("sha256");
    createReadStream(path).on("data", (c) => h.update(c)).on("end", () => resolve(h.digest("hex"))).on("error", reject);
  });
}

export async function verifyIntegrity(db: Db, filesRoot?: string, headPath: string | null = auditHeadPath(db)): Promise<VerifyReport> {
  let prev = GENESIS_HASH;
  let entries = 0;
  let firstBrokenEntry: VerifyReport["firstBrokenEntry"] = null;
  const rows = db.$client
    .prepare("SELECT id, at, actor_id AS actorId, action, case_id AS caseId, detail, prev_hash AS prevHash, hash FROM audit_log ORDER BY id")
    .iterate() as IterableIterator<typeof auditLog.$inferSelect>;
  for (const row of rows) {
    entries++;
    if (firstBrokenEntry) continue;
    if (row.prevHash !== prev) firstBrokenEntry = { id: row.id, reason: "上一条记录的哈希与本条记载的不一致（记录被删除或插入）" };
    else if (auditHash(row.prevHash, row) !== row.hash) firstBrokenEntry = { id: row.id, reason: "本条记录内容与其哈希不符（记录被修改）" };
    prev = row.hash;
  }
  const brokenFiles: VerifyReport["brokenFiles"] = [];
  let files = 0;
  for (const f of db.select().from(storedFiles).all()) {
    files++;
    const path = blobPath(f.sha256, filesRoot);
    if (!existsSync(path)) brokenFiles.push({ sha256: f.sha256, reason: "文件缺失" });
    else if ((await hashFile(path)) !== f.sha256) brokenFiles.push({ sha256: f.sha256, reason: "文件内容与登记的SHA-256不符（文件被修改）" });
  }
  const { records, brokenRecords } = procedureChecks(db, new Set(db.select({ sha256: storedFiles.sha256 }).from(storedFiles).all().map((f) => f.sha256)));
  const { cases, events, brokenCases } = verifyCases(db);
  const head = currentHead(db);
  return { entries, files, firstBrokenEntry, brokenFiles, records, brokenRecords, cases, events, brokenCases, head: head && { id: head.id, hash: head.hash }, anchorProblem: checkAnchor(db, headPath) };
}

/** The checks each procedure adds over its own cases (a record against its event log). */
function procedureChecks(db: Db, stored: ReadonlySet<string>) {
  let records = 0;
  const brokenRecords: VerifyReport["brokenRecords"] = [];
  for (const m of procedureModules()) {
    const r = m.server.verify?.(db, stored);
    if (!r) continue;
    records += r.records;
    brokenRecords.push(...r.broken);
  }
  return { records, brokenRecords };
}

export const verifyFailed = (r: VerifyReport) => !!(r.firstBrokenEntry || r.anchorProblem || r.brokenFiles.length || r.brokenRecords.length || r.brokenCases.length);
