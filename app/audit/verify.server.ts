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
  return { entries, files, firstBrokenEntry, brokenFiles };
}
