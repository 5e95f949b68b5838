/**
 * Opening the embedded SQLite database: WAL for concurrent readers, a busy timeout so that
 * writers from several processes queue instead of failing, foreign keys on, and migrations run.
 */
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

// Beside this file when run from source; from the project root when bundled into build/.
const HERE = join(dirname(fileURLToPath(import.meta.url)), "migrations");
const MIGRATIONS = existsSync(HERE) ? HERE : join(process.cwd(), "db", "migrations");

export function openDatabase(file: string, { migrations = MIGRATIONS } = {}): Db {
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 10000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: migrations });
  return db;
}

export { schema };
