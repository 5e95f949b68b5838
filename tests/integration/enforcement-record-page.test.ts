import { existsSync, readdirSync } from "node:fs";
import { config } from "../../app/config.server";
import { caseDetail, findVisibleCase } from "../../app/cases/queries.server";
import { recordActFromForm } from "../../app/procedures/enforcement/record-act.server";
import { publicDecision, publishedDecisions } from "../../app/procedures/enforcement/portal.server";
import { seededWorld } from "./world";
import { drive, inspection, JPEG, REGISTRATION, register, sanction } from "./enforcement-world";

const w = await seededWorld();
const id = register(w);
await drive(w, id, [["lingdao", "FILE", { officers: [w.user("zhifa").id, w.user("zhifa2").id], opinion: "同意" }, "2026-09-01T02:00:00Z"]]);

/** The phone page's multipart post, as a browser without JavaScript sends it. */
function post(fields: Record<string, string | string[]>, files: { name: string; bytes: Uint8Array; type: string }[]) {
  const form = new FormData();
  const version = findVisibleCase(w.db, w.user("zhifa"), id)!.version;
  form.append("version", String(version));
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) form.append(k, x);
  for (const f of files) form.append("upload", new File([f.bytes as unknown as BlobPart], f.name, { type: f.type }));
  return new Request(`http://localhost/cases/${id}/record`, { method: "POST", body: form });
}
const act = { ...inspection(w), officers: inspection(w).officers.map(String), time: "2026-09-02T09:30" } as unknown as Record<string, string | string[]>;
// What a post leaves behind: attachments, record entries and temporary upload files.
const state = () => ({
  files: caseDetail(w.db, id).files.length,
  record: (findVisibleCase(w.db, w.user("zhifa"), id)!.snapshot.context as any).record.length,
  temporary: existsSync(config.uploadsDir) ? readdirSync(config.uploadsDir).length : 0,
});

describe("recording from the phone page", () => {
  it("a file of a refused type records nothing and stores nothing, naming the file", async () => {
    const before = state();
    const r = await recordActFromForm(w.db, w.user("zhifa"), findVisibleCase(w.db, w.user("zhifa"), id)!, post(act, [{ name: "照片.jpg", bytes: JPEG, type: "image/jpeg" }, { name: "说明.txt", bytes: new TextEncoder().encode("plain text"), type: "text/plain" }]));
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining("说明.txt") });
    expect(state()).toEqual(before);
  });

  it("an act in the case-handling room with only a photo is refused before the photo is stored", async () => {
    const before = state();
    const r = await recordActFromForm(w.db, w.user("zhifa"), findVisibleCase(w.db, w.user("zhifa"), id)!, post({ ...act, kind: "inquiry", inCaseRoom: "yes" }, [{ name: "照片.jpg", bytes: JPEG, type: "image/jpeg" }]));
    expect(r).toMatchObject({ ok: false, reasons: [expect.objectContaining({ guard: "videoWhereRequired" })] });
    // The browser drops the chosen file with the refusal: the message names it to choose again.
    expect(r).toMatchObject({ message: expect.stringContaining("所选的1个文件（照片.jpg）未上传，改正后请重新选择") });
    expect(state()).toEqual(before);
  });

  it("a seizure is not a plain entry: it goes through 实施查封、扣押, and nothing is stored", async () => {
    const before = state();
    const r = await recordActFromForm(w.db, w.user("zhifa"), findVisibleCase(w.db, w.user("zhifa"), id)!, post({ ...act, kind: "seizure" }, [{ name: "照片.jpg", bytes: JPEG, type: "image/jpeg" }]));
    expect(r).toMatchObject({ ok: false, reasons: expect.arrayContaining([expect.objectContaining({ guard: "coerciveActsByTheirOwnSteps", basis: expect.stringContaining("行政强制法") })]) });
    expect(state()).toEqual(before);
  });

  it("an inspection with a photo stores the photo and records it, with its hash", async () => {
    const r = await recordActFromForm(w.db, w.user("zhifa"), findVisibleCase(w.db, w.user("zhifa"), id)!, post(act, [{ name: "照片.jpg", bytes: JPEG, type: "image/jpeg" }]));
    expect(r).toEqual({ ok: true });
    const ctx = findVisibleCase(w.db, w.user("zhifa"), id)!.snapshot.context as any;
    expect(ctx.record[0].files).toEqual([{ sha256: caseDetail(w.db, id).files[0].sha256, name: "照片.jpg", mime: "image/jpeg" }]);
  });
});

describe("an unpublished decision on the portal", () => {
  it("is not listed and has no page", async () => {
    // Found at the 2 September inspection and entered the next day.
    const other = register(w, { ...REGISTRATION, partyName: "赵小红", discoveredOn: "2026-09-02" }, "2026-09-03T01:00:00Z");
    await drive(w, other, [
      ["lingdao", "FILE", { officers: [w.user("zhifa").id, w.user("zhifa2").id], opinion: "同意" }, "2026-09-03T02:00:00Z"],
      ["zhifa", "RECORD_ACT", inspection(w), "2026-09-03T03:00:00Z"],
      ["zhifa", "SUBMIT_REPORT", { facts: "赵小红拆墙", evidence: "笔录", ...sanction(3000) }, "2026-09-03T04:00:00Z"],
      ["lingdao", "APPROVE_CASE", { opinion: "同意" }, "2026-09-03T05:00:00Z"],
      ["zhifa", "SEND_NOTICE", { date: "2026-09-04", method: "direct" }, "2026-09-04T02:00:00Z"],
      ["zhifa", "WAIVE", { date: "2026-09-04", note: "放弃" }, "2026-09-04T03:00:00Z"],
      ["zhifa", "PROCEED", {}, "2026-09-04T04:00:00Z"],
      ["lingdao", "DECIDE", { ...sanction(3000), date: "2026-09-07" }, "2026-09-07T02:00:00Z"],
    ]);
    expect(publishedDecisions(w.db, {}).rows.some((r) => r.caseId === other)).toBe(false);
    expect(publicDecision(w.db, other)).toBeNull();
  });
});
