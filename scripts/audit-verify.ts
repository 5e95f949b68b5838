/** npm run audit:verify — exit 0 when the audit chain, its anchor, every stored file and every case are intact, 1 otherwise. */
import { db } from "../app/db.server";
import { verifyIntegrity, verifyFailed } from "../app/audit/verify.server";

const r = await verifyIntegrity(db());
console.log(`审计记录 ${r.entries} 条,存储文件 ${r.files} 个,案件 ${r.cases} 件(事件 ${r.events} 条,逐件重放),执法全过程记录 ${r.records} 条`);
if (r.head) console.log(`审计链头:#${r.head.id} ${r.head.hash}(可抄存于系统之外,作为外部锚点)`);
if (r.firstBrokenEntry) console.log(`审计链断裂:第一处在记录 #${r.firstBrokenEntry.id}:${r.firstBrokenEntry.reason}`);
if (r.anchorProblem) console.log(`审计链头:${r.anchorProblem}`);
for (const f of r.brokenFiles) console.log(`文件异常 ${f.sha256}:${f.reason}`);
for (const x of r.brokenRecords) console.log(`案件 #${x.caseId}:${x.reason}`);
for (const x of r.brokenCases) console.log(`案件 #${x.caseId}:${x.reason}`);
if (verifyFailed(r)) {
  console.log("校验未通过");
  process.exit(1);
}
console.log("校验通过:审计链及链头完整,所有文件哈希一致,每件案件按事件日志重放与存储一致,文书文号与审计记录一致");
