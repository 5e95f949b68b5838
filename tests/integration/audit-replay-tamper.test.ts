/**
 * audit:verify names each way the probe altered records with the append-only triggers dropped: an
 * edited event payload, a deleted event, an edited state or snapshot, a renumbered document and a
 * deleted last audit entry. Each tampering is done on its own copy of the demo database.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Db } from "../../db/connection";
import { auditHeadPath, currentHead, ensureHeadAnchor, writeHead } from "../../app/audit/audit.server";
import { verifyFailed, verifyIntegrity } from "../../app/audit/verify.server";
import { seedEnforcementDemo } from "../../app/procedures/enforcement/demo.server";
import { config } from "../../app/config.server";
import { seededWorld } from "./world";

const w = await seededWorld();
const [major] = await seedEnforcementDemo(w.db);
await new Promise((r) => setImmediate(r)); // the head is anchored after the last commit

/** A copy of the database and its anchor file, tampered by `sql` with the triggers dropped. */
async function tampered(sql: string) {
  const dir = mkdtempSync(join(tmpdir(), "sifasuo-tamper-"));
  const file = join(dir, "sifasuo.sqlite");
  await w.db.$client.backup(file);
  copyFileSync(auditHeadPath(w.db)!, join(dir, "audit-head.json"));
  const copy: Db = openDatabase(file);
  copy.$client.exec("DROP TRIGGER IF EXISTS case_events_no_update; DROP TRIGGER IF EXISTS case_events_no_delete; DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;");
  copy.$client.exec(sql);
  const report = await verifyIntegrity(copy, config.filesDir, join(dir, "audit-head.json"));
  copy.$client.close();
  return { report, named: [report.firstBrokenEntry?.reason ?? "", report.anchorProblem ?? "", ...report.brokenCases.map((c) => c.reason), ...report.brokenRecords.map((c) => c.reason)].join("\n") };
}

describe("audit:verify", () => {
  it("passes on the untouched demo database, and writes the chain's head beside it", async () => {
    const r = await verifyIntegrity(w.db);
    expect(verifyFailed(r)).toBe(false);
    expect(r.cases).toBeGreaterThanOrEqual(3);
    expect(r.head).toEqual({ id: currentHead(w.db)!.id, hash: currentHead(w.db)!.hash });
    expect((await tampered("SELECT 1")).report.brokenCases).toEqual([]);
  });

  it("names an edited event payload", async () => {
    const { report, named } = await tampered(`UPDATE case_events SET payload = json_set(payload, '$.fine', 800) WHERE case_id = ${major} AND type = 'DECIDE'`);
    expect(verifyFailed(report)).toBe(true);
    expect(named).toContain("事件被修改");
  });

  it("names a deleted event", async () => {
    const { report, named } = await tampered(`DELETE FROM case_events WHERE case_id = ${major} AND type = 'RECORD_PAYMENT'`);
    expect(verifyFailed(report)).toBe(true);
    expect(named).toContain("事件被删除");
  });

  it("names an edited state", async () => {
    const { named } = await tampered(`UPDATE cases SET state = 'deciding' WHERE id = ${major}`);
    expect(named).toContain("阶段被修改");
  });

  it("names an edited snapshot", async () => {
    const { named } = await tampered(`UPDATE cases SET snapshot = json_set(snapshot, '$.context.decision.fine', 800) WHERE id = ${major}`);
    expect(named).toContain("案件数据被修改");
  });

  it("names an edited snapshot even for a case kept under an earlier procedure version, which is not replayed", async () => {
    const { named } = await tampered(`UPDATE cases SET machine_version = 0, snapshot = json_set(snapshot, '$.context.decision.fine', 800) WHERE id = ${major}`);
    expect(named).toContain("最后一次办理时审计记录的哈希不符");
    expect(named).not.toContain("重放");
  });

  it("names a changed document number", async () => {
    const { named } = await tampered(`UPDATE documents SET number = '彭执罚决〔2026〕99号' WHERE number = '彭执罚决〔2026〕1号'`);
    expect(named).toContain("文号被修改");
  });

  it("names a deleted last audit entry, which no link of the chain shows", async () => {
    const { report, named } = await tampered("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)");
    expect(report.firstBrokenEntry).toBeNull();
    expect(named).toContain("审计记录末尾被删除");
  });

  it("starts anchoring an installation that has no head file yet, and says so", () => {
    const path = auditHeadPath(w.db)!;
    rmSync(path);
    expect(ensureHeadAnchor(w.db)).toContain("开始记录");
    expect(ensureHeadAnchor(w.db)).toBeNull();
    expect(JSON.parse(readFileSync(path, "utf8")).id).toBe(currentHead(w.db)!.id);
  });

  it("keeps the anchor one commit behind at most: a rolled-back change is never anchored", async () => {
    const before = currentHead(w.db)!;
    expect(() =>
      w.db.transaction(() => {
        w.db.$client.prepare("INSERT INTO audit_log (at, actor_id, action, case_id, detail, prev_hash, hash) VALUES ('x', NULL, 'test', NULL, '{}', ?, ?)").run(before.hash, "f".repeat(64));
        throw new Error("rolled back");
      }),
    ).toThrow("rolled back");
    await new Promise((r) => setImmediate(r));
    writeHead(auditHeadPath(w.db)!, currentHead(w.db)!);
    expect(verifyFailed(await verifyIntegrity(w.db))).toBe(false);
  });
});
