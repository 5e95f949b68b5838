/**
 * A consistent online backup: SQLite's backup API copies the database while the app keeps
 * serving; content-addressed files are immutable, so copying the new ones beside it is enough.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
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
  const filesCopied = copyTree(config.filesDir, join(targetDir, "files"));
  return { dbFile, filesCopied, filesDir: relative(process.cwd(), join(targetDir, "files")) };
}
