/**
 * A consistent online backup: SQLite's backup API copies the database while the app keeps
 * serving; content-addressed files are immutable, so copying the new ones beside it is enough.
 */
import Database from "better-sqlite3";
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Db } from "../db/connection";
import { config } from "./config.server";

function copyTree(from: string, to: string): number {
  if (!existsSync(from)) return 0;
  let copied = 0;
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    const dst = join(to, name);
    if (statSync(src).isDirectory()) copied += copyTree(src, dst);
    else if (!name.endsWith(".tmp") && !existsSync(dst)) {
      mkdirSync(to, { recursive: true });
      copyFileSync(src, dst);
      copied++;
    }
  }
  return copied;
}

export async function backup(db: Db, targetDir: string, now = new Date()) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
  mkdirSync(targetDir, { recursive: true });
  const dbFile = join(targetDir, `sifasuo-${stamp}.sqlite`);
  await db.$client.backup(dbFile);
  // The copy's audit head, beside it: restore it as DATA_DIR/audit-head.json with the database.
  const copy = new Database(dbFile, { readonly: true });
  try {
    const head = copy.prepare("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").get() as { id: number; hash: string } | undefined;
    if (head) writeFileSync(dbFile.replace(/\.sqlite$/, ".audit-head.json"), JSON.stringify({ ...head, writtenAt: now.toISOString() }));
  } finally {
    copy.close();
  }
  const filesCopied = copyTree(config.filesDir, join(targetDir, "files"));
  return { dbFile, filesCopied, filesDir: relative(process.cwd(), join(targetDir, "files")) };
}
