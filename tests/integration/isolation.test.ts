import { caseDetail, findVisibleCase, listCases, workbench } from "../../app/cases/queries.server";
import { runEvent } from "../../app/cases/engine.server";
import { generateDocument, readCaseFile, readDocument } from "../../app/documents/documents.server";
import { attachFile } from "../../app/files/attach.server";
import { createCase } from "../../app/cases/create-case.server";
import { advance, openCase, REQUEST, seededWorld, toIssued } from "./world";

const w = await seededWorld();
const pengpuCase = openCase(w, "ganshi");
await advance(w, pengpuCase, toIssued(w));
const linfenCase = openCase(w, "ganshi2", { ...REQUEST, subject: "临汾路街道合同审查" });
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const file = attachFile(w.db, w.user("ganshi"), pengpuCase, "现场照片.png", png);
const docId = caseDetail(w.db, pengpuCase).documents[0].id;

describe("office isolation", () => {
  it("another office's director cannot see, act on, or download a case", async () => {
    const other = w.user("suozhang2");
    expect(findVisibleCase(w.db, other, pengpuCase)).toBeNull();
    expect(listCases(w.db, other, {}).rows.map((r) => r.id)).toEqual([linfenCase]);
    const r = await runEvent(w.db, { user: other, caseId: pengpuCase, type: "ARCHIVE", payload: {}, expectedVersion: 5 });
    expect(r.status).toBe(404);
    expect(readDocument(w.db, other, docId)).toBeNull();
    expect(file.ok && readCaseFile(w.db, other, file.fileId)).toBeNull();
    expect((await generateDocument(w.db, other, pengpuCase, "legal-opinion-request")).status).toBe(404);
  });

  it("the district supervisor reads every office of the district but cannot act", async () => {
    const supervisor = w.user("jiandu");
    expect(listCases(w.db, supervisor, {}).rows.map((r) => r.id).sort()).toEqual([pengpuCase, linfenCase].sort());
    expect(readDocument(w.db, supervisor, docId)).not.toBeNull();
    const r = await runEvent(w.db, { user: supervisor, caseId: pengpuCase, type: "ARCHIVE", payload: {}, expectedVersion: 5 });
    expect(r.status).toBe(403);
  });

  it("the system administrator manages users but reads no case", () => {
    const admin = w.user("admin");
    expect(listCases(w.db, admin, {}).rows).toEqual([]);
    expect(findVisibleCase(w.db, admin, pengpuCase)).toBeNull();
    expect(workbench(w.db, admin)).toEqual([]);
  });

  it("only roles allowed to request an opinion can open one", () => {
    expect(createCase(w.db, w.user("guwen"), "legal-opinion", REQUEST).status).toBe(403);
    expect(createCase(w.db, w.user("jiandu"), "legal-opinion", REQUEST).status).toBe(403);
  });

  it("the 工作台 shows each user their own tasks: the director sees acceptance, the adviser sees drafting", async () => {
    const fresh = openCase(w, "ganshi", { ...REQUEST, subject: "工作台测试事项" });
    expect(workbench(w.db, w.user("suozhang")).some((t) => t.caseId === fresh && t.task.includes("受理"))).toBe(true);
    expect(workbench(w.db, w.user("suozhang2")).some((t) => t.caseId === fresh)).toBe(false);
    await advance(w, fresh, [["suozhang", "ACCEPT", { assignee: w.user("guwen").id }]]);
    const adviserTask = workbench(w.db, w.user("guwen")).find((t) => t.caseId === fresh);
    expect(adviserTask?.task).toBe("起草法律意见书");
    expect(adviserTask?.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(workbench(w.db, w.user("guwen2")).some((t) => t.caseId === fresh)).toBe(false);
  });
});

describe("uploads", () => {
  it("records type from content and SHA-256, and refuses a renamed executable", () => {
    expect(file).toMatchObject({ ok: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const fake = attachFile(w.db, w.user("ganshi"), pengpuCase, "照片.jpg", new TextEncoder().encode("MZ\x90\x00 this is not a photo"));
    expect(fake).toMatchObject({ ok: false, message: expect.stringContaining("文件类型不支持") });
    expect(caseDetail(w.db, pengpuCase).files).toHaveLength(1);
  });
});
