/** The one database connection of this process (better-sqlite3 is synchronous and in-process). */
import { openDatabase, type Db } from "../db/connection";
import { config } from "./config.server";

let instance: Db | undefined;

export function db(): Db {
  instance ??= openDatabase(config.databaseFile);
  return instance;
}

/** For tests and scripts that switch DATA_DIR: forget the open connection. */
export function closeDb() {
  instance?.$client.close();
  instance = undefined;
}
