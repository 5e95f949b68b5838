import { writeFileSync } from "node:fs";
import { verifyIntegrity } from "../../app/audit/verify.server";
import { blobPath } from "../../app/files/storage.server";
import { findVisibleCase } from "../../app/cases/queries.server";
import { TEMPLATES } from "../../app/procedures";
import { generateDocument } from "../../app/documents/documents.server";
import { seededWorld } from "./world";
import { drive, inspection, JPEG, MP4, register, upload } from "./enforcement-world";

const w = await seededWorld();
const id = register(w);
const photo = upload(w, id, "现场照片.jpg", JPEG);
const video = upload(w, id, "查封.mp4", MP4);
await drive(w, id, [
  ["lingdao", "FILE", { officers: [w.user("zhifa").id, w.user("zhifa2").id], opinion: "同意" }, "2026-09-01T02:00:00Z"],
  ["zhifa", "RECORD_ACT", inspection(w, [photo]), "2026-09-02T03:00:00Z"],
  ["zhifa", "SEIZE", { kind: "seal", time: "2026-09-02T11:00", endTime: "2026-09-02T11:30", place: "彭浦新村12号301室", officers: [w.user("zhifa").id, w.user("zhifa2").id], items: "电锤1把", reasons: "防止证据损毁", approval: "prior", approver: w.user("lingdao").id, approvedAt: "2026-09-02T10:30", informed: "yes", partyPresent: "yes", statement: "无异议", content: "查封电锤一把。", files: [video] }, "2026-09-02T04:00:00Z"],
]);

describe("the full-process record under audit:verify", () => {
  it("exports as 全过程记录清单 listing every file with its SHA-256", async () => {
    expect(TEMPLATES["enforcement-manifest"].available!(findVisibleCase(w.db, w.user("zhifa"), id)!.snapshot.context)).toBe(true);
    const r = await generateDocument(w.db, w.user("zhifa"), id, "enforcement-manifest");
    expect(r.status).toBe(201);
    const ctx = findVisibleCase(w.db, w.user("zhifa"), id)!.snapshot.context as any;
    expect(ctx.record.flatMap((e: any) => e.files.map((f: any) => f.name))).toEqual(["现场照片.jpg", "查封.mp4"]);
  });

  it("passes untouched, counting the record's entries", async () => {
    const r = await verifyIntegrity(w.db);
    expect([r.records, r.brokenRecords, r.brokenFiles]).toEqual([2, [], []]);
  });

  it("catches a record entry edited in the cases table, and a video whose bytes changed", async () => {
    const row = w.db.$client.prepare("SELECT snapshot FROM cases WHERE id = ?").get(id) as { snapshot: string };
    const snap = JSON.parse(row.snapshot);
    const sha = snap.context.record[1].files[0].sha256;
    snap.context.record[1].content = "未查封任何物品。";
    w.db.$client.prepare("UPDATE cases SET snapshot = ? WHERE id = ?").run(JSON.stringify(snap), id);
    writeFileSync(blobPath(sha), "not the video");
    const r = await verifyIntegrity(w.db);
    expect(r.brokenRecords).toEqual([{ caseId: id, reason: expect.stringContaining("事件日志不一致") }]);
    expect(r.brokenFiles).toEqual([{ sha256: sha, reason: expect.stringContaining("不符") }]);
  });
});
