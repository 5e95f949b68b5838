/** npm run audit:verify — exit 0 when the audit chain and every stored file are intact, 1 otherwise. */
import { db } from "../app/db.server";
import { verifyIntegrity } from "../app/audit/verify.server";

const r = await verifyIntegrity(db());
console.log(`审计记录 ${r.entries} 条,存储文件 ${r.files} 个,执法全过程记录 ${r.records} 条`);
if (r.firstBrokenEntry) console.log(`审计链断裂:第一处在记录 #${r.firstBrokenEntry.id}:${r.firstBrokenEntry.reason}`);
for (const f of r.brokenFiles) console.log(`文件异常 ${f.sha256}:${f.reason}`);
for (const x of r.brokenRecords) console.log(`案件 #${x.caseId}:${x.reason}`);
if (r.firstBrokenEntry || r.brokenFiles.length || r.brokenRecords.length) {
  console.log("校验未通过");
  process.exit(1);
}
console.log("校验通过:审计链完整,所有文件哈希一致,执法全过程记录与事件日志一致");
