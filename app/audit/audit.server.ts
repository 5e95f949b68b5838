/**
 * The audit log is a hash chain: each entry's hash covers the previous hash and the entry's
 * fields, so editing or removing a row breaks every link after it (npm run audit:verify).
 * Call appendAudit inside the transaction of the change it records: better-sqlite3 has a single
 * connection, so the prepared statements run inside whatever transaction is open on it.
 */
import { createHash } from "node:crypto";
import type { Db } from "../../db/connection";
import { statements } from "../cases/statements.server";

export const GENESIS_HASH = "0".repeat(64);

export interface AuditEntry {
  readonly at: string;
  readonly actorId: number | null;
  readonly action: string;
  readonly caseId: number | null;
  readonly detail: string;
}

export function auditHash(prevHash: string, e: AuditEntry): string {
  return createHash("sha256")
    .update(JSON.stringify([prevHash, e.at, e.actorId, e.action, e.caseId, e.detail]))
    .digest("hex");
}

export function appendAudit(
  db: Db,
  entry: { at?: string; actorId: number | null; action: string; caseId?: number | null; detail?: unknown },
) {
  const s = statements(db);
  const prevHash = s.lastAuditHash.get()?.hash ?? GENESIS_HASH;
  const e: AuditEntry = {
    at: entry.at ?? new Date().toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    caseId: entry.caseId ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
  };
  s.insertAudit.run({ ...e, prevHash, hash: auditHash(prevHash, e) });
}
