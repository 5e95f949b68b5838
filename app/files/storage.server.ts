/**
 * Content-addressed storage: a blob lives at files/ab/cd/<sha256> and is written once. The
 * stored_files row records its size and sniffed type; audit:verify re-hashes every blob.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { storedFiles } from "../../db/schema";
import { config } from "../config.server";

export const sha256Hex = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

export function blobPath(sha256: string, root = config.filesDir) {
  return join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

/** Write the blob to disk (idempotent, atomic rename). Call before the transaction that links it. */
export function writeBlob(data: Uint8Array): string {
  const sha256 = sha256Hex(data);
  const path = blobPath(sha256);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  }
  return sha256;
}

/** Record the blob inside the caller's transaction. */
export function recordBlob(tx: Pick<Db, "insert">, sha256: string, size: number, mime: string) {
  tx.insert(storedFiles).values({ sha256, size, mime }).onConflictDoNothing().run();
}

/** A registered blob's bytes (empty if the file has gone from disk: its hash then no longer matches). */
export function readBlob(db: Db, sha256: string): { data: Buffer; mime: string; size: number } | null {
  const row = db.select().from(storedFiles).where(eq(storedFiles.sha256, sha256)).get();
  if (!row) return null;
  const path = blobPath(sha256);
  return { data: existsSync(path) ? readFileSync(path) : Buffer.alloc(0), mime: row.mime, size: row.size };
}
