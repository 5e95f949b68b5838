/** npm run backup [target-dir] — default DATA_DIR/backups. See README "Backup and restore". */
import { join } from "node:path";
import { backup } from "../app/backup.server";
import { config } from "../app/config.server";
import { db } from "../app/db.server";

const target = process.argv[2] ?? join(config.dataDir, "backups");
const r = await backup(db(), target);
console.log(`数据库已备份到 ${r.dbFile}`);
console.log(`新复制文件 ${r.filesCopied} 个到 ${r.filesDir}`);
