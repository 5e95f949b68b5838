/** Files and documents are served only while their bytes match the recorded SHA-256, and under the extension of their detected type. */
import { writeFileSync } from "node:fs";
import { blobPath } from "../../app/files/storage.server";
import { TAMPERED_MESSAGE } from "../../app/files/serve.server";
import { nameWithTypeExtension } from "../../app/files/sniff";
import { builtApp } from "./http";
import { JPEG, register, upload } from "./enforcement-world";
import { advance, openCase, seededWorld, toIssued } from "./world";

const w = await seededWorld();
const app = await builtApp();
const caseId = register(w);

const auditCount = (action: string) => (w.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE action = ?").get(action) as { n: number }).n;

describe("serving stored files", () => {
  it("stores and serves an upload under the extension of its detected type", async () => {
    const fileId = upload(w, caseId, "现场照片.html", JPEG);
    const res = await app.get(`/files/${fileId}`, await app.cookieFor("zhifa"));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("image/jpeg");
    expect(decodeURIComponent(res.headers.get("Content-Disposition")!)).toContain("现场照片.jpg");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(JPEG);
    const head = await app.handle(new Request(`http://localhost/files/${fileId}`, { method: "HEAD", headers: { Cookie: await app.cookieFor("zhifa") } }), {});
    expect(head.status).toBe(200);
    expect(head.headers.get("X-Content-SHA256")).toBe(res.headers.get("X-Content-SHA256"));
    expect(nameWithTypeExtension("scan.JPEG", "image/jpeg")).toBe("scan.JPEG");
    expect(nameWithTypeExtension("无扩展名", "application/pdf")).toBe("无扩展名.pdf");
  });

  it("refuses a file whose bytes were changed on disk, in Chinese, and records the refusal", async () => {
    const bytes = new Uint8Array([...JPEG, 1, 2, 3]);
    const fileId = upload(w, caseId, "询问录音.jpg", bytes);
    const sha256 = (w.db.$client.prepare("SELECT sha256 FROM case_files WHERE id = ?").get(fileId) as { sha256: string }).sha256;
    writeFileSync(blobPath(sha256), new Uint8Array([...JPEG, 9, 9, 9]));
    const before = auditCount("file.integrity.refused");
    const res = await app.get(`/files/${fileId}`, await app.cookieFor("zhifa"));
    expect(res.status).toBe(409);
    expect(await res.text()).toBe(TAMPERED_MESSAGE);
    expect(res.headers.get("X-Content-SHA256")).toBeNull();
    expect(auditCount("file.integrity.refused")).toBe(before + 1);
  });

  it("ends a download whose bytes change while it streams, and records it", async () => {
    const bytes = new Uint8Array(600 * 1024).fill(7);
    bytes.set(JPEG);
    const fileId = upload(w, caseId, "大照片.jpg", bytes);
    const sha256 = (w.db.$client.prepare("SELECT sha256 FROM case_files WHERE id = ?").get(fileId) as { sha256: string }).sha256;
    const before = auditCount("file.integrity.refused");
    const res = await app.get(`/files/${fileId}`, await app.cookieFor("zhifa"));
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    await reader.read(); // the first chunk is out, the check at the start has passed
    const changed = new Uint8Array(bytes);
    changed[changed.length - 1] = 8;
    writeFileSync(blobPath(sha256), changed);
    await expect((async () => { while (!(await reader.read()).done); })()).rejects.toThrow("被改动");
    expect(auditCount("file.integrity.refused")).toBe(before + 1);
  });

  it("refuses a changed document on the page, the download and the API", async () => {
    const opinion = openCase(w);
    await advance(w, opinion, toIssued(w));
    const doc = w.db.$client.prepare("SELECT id, sha256 FROM documents WHERE case_id = ?").get(opinion) as { id: number; sha256: string };
    writeFileSync(blobPath(doc.sha256), "tampered");
    const cookie = await app.cookieFor("ganshi");
    expect((await app.get(`/documents/${doc.id}/download`, cookie)).status).toBe(409);
    expect((await app.get(`/documents/${doc.id}/preview`, cookie)).status).toBe(409);
    const api = await app.get(`/api/v1/documents/${doc.id}`, cookie);
    expect(api.status).toBe(409);
    expect((await api.json()).error.message).toBe(TAMPERED_MESSAGE);
  });
});
