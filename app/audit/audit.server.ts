/**
 * The audit log is a hash chain: each entry's hash covers the previous hash and the entry's
 * fields, so editing or removing a row breaks every link after it (npm run audit:verify). An
 * entry for a case event also carries the hash of that event (eventHash), and one that issued a
 * document carries the document's number and SHA-256, so the event log and the documents table are
 * bound to the chain too. The chain's head (last id and hash) is written after every commit to
 * audit-head.json beside the database, outside it: removing the last entries is caught as well.
 * Call appendAudit inside the transaction of the change it records: better-sqlite3 has a single
 * connection, so the prepared statements run inside whatever transaction is open on it.
 */
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
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
  anchorAfterCommit(db);
}

/** One row of the append-only event log, as stored (payload and actor as their JSON text). */
export interface LoggedEvent {
  readonly caseId: number;
  readonly seq: number;
  readonly type: string;
  readonly payload: string;
  readonly actorId: number | null;
  readonly actor: string;
  readonly at: string;
}

export const textHash = (text: string) => createHash("sha256").update(text).digest("hex");

/** The hash an audit entry keeps of its event: what was done, by whom, when, with what. */
export function eventHash(e: LoggedEvent): string {
  return textHash(JSON.stringify([e.caseId, e.seq, e.type, e.payload, e.actorId, e.actor, e.at]));
}

export interface AuditHead {
  readonly id: number;
  readonly hash: string;
  readonly writtenAt: string;
}

/** audit-head.json beside the database file; null for an in-memory database. */
export function auditHeadPath(db: Db): string | null {
  const file = db.$client.name;
  return file && file !== ":memory:" ? join(dirname(file), "audit-head.json") : null;
}

export function currentHead(db: Db): AuditHead | null {
  const row = db.$client.prepare("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").get() as { id: number; hash: string } | undefined;
  return row ? { id: row.id, hash: row.hash, writtenAt: new Date().toISOString() } : null;
}

export function readHead(path: string): AuditHead | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as AuditHead;
  } catch {
    return null;
  }
}

export function writeHead(path: string, head: AuditHead) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(head));
  renameSync(tmp, path);
}

/**
 * At start: an installation from before the anchor existed (or restored without its head file)
 * starts anchoring at its current head, and says so; from then on truncation is caught.
 */
export function ensureHeadAnchor(db: Db): string | null {
  const path = auditHeadPath(db);
  const head = currentHead(db);
  if (!path || !head || readHead(path)) return null;
  writeHead(path, head);
  return `审计链头文件不存在，已从当前链头 #${head.id} 开始记录（此前的审计记录末尾无法据此核对）`;
}

const scheduled = new WeakSet<object>();

/**
 * After the transaction now open has ended (better-sqlite3 runs it to its end within this tick),
 * write the committed head. A rolled-back entry is never anchored; a crash in between leaves the
 * anchor one commit behind, which still proves everything before it.
 */
function anchorAfterCommit(db: Db) {
  if (scheduled.has(db.$client)) return;
  scheduled.add(db.$client);
  setImmediate(() => {
    scheduled.delete(db.$client);
    try {
      const path = auditHeadPath(db);
      const head = db.$client.open ? currentHead(db) : null;
      if (path && head) writeHead(path, head);
    } catch (e) {
      console.error(`审计链头未能写出：${(e as Error).message}`);
    }
  });
}
