import { writeFileSync } from "node:fs";
import { verifyIntegrity } from "../../app/audit/verify.server";
import { blobPath } from "../../app/files/storage.server";
import { caseDetail } from "../../app/cases/queries.server";
import { advance, openCase, seededWorld, toIssued } from "./world";

const w = await seededWorld();
const id = openCase(w);
await advance(w, id, toIssued(w));

describe("audit:verify", () => {
  it("passes on an untouched database", async () => {
    const r = await verifyIntegrity(w.db);
    expect(r.firstBrokenEntry).toBeNull();
    expect(r.brokenFiles).toEqual([]);
    expect(r.entries).toBeGreaterThan(4);
    expect(r.files).toBe(1);
  });

  it("the event and audit logs refuse edits through SQL", () => {
    expect(() => w.db.$client.prepare("UPDATE audit_log SET action = 'x' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => w.db.$client.prepare("DELETE FROM case_events WHERE id = 1").run()).toThrow(/append-only/);
  });

  it("catches a row edited behind the application's back and names the first broken link", async () => {
    const target = w.db.$client.prepare("SELECT id FROM audit_log WHERE action = 'case.event.APPROVE'").get() as { id: number };
    w.db.$client.exec("DROP TRIGGER audit_log_no_update");
    w.db.$client.prepare("UPDATE audit_log SET detail = '{\"forged\":true}' WHERE id = ?").run(target.id);
    const r = await verifyIntegrity(w.db);
    expect(r.firstBrokenEntry).toEqual({ id: target.id, reason: expect.stringContaining("被修改") });
  });

  it("catches a stored file whose content was changed", async () => {
    const doc = caseDetail(w.db, id).documents[0];
    writeFileSync(blobPath(doc.sha256), "tampered");
    const r = await verifyIntegrity(w.db);
    expect(r.brokenFiles).toEqual([{ sha256: doc.sha256, reason: expect.stringContaining("不符") }]);
  });
});
