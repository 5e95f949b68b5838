/**
 * A legality review of a draft normative document or contract on a real SQLite file: registered,
 * the draft uploaded and handed in, accepted with the street's configured period, paused for 补正,
 * reviewed, signed off and issued as a numbered 合法性审查意见书; refused in Chinese with the
 * basis when out of order; invisible to another street; counted on its report page.
 */
import { eq } from "drizzle-orm";
import JSZip from "jszip";
import { auditLog, cases, deadlines, documents } from "../../db/schema";
import { createCase } from "../../app/cases/create-case.server";
import { runEvent } from "../../app/cases/engine.server";
import { findVisibleCase } from "../../app/cases/queries.server";
import { readDocument } from "../../app/documents/documents.server";
import { attachFile } from "../../app/files/attach.server";
import { setSetting } from "../../app/settings.server";
import { verifyCases } from "../../app/audit/verify-cases.server";
import { builtApp } from "./http";
import { advance, seededWorld } from "./world";

const w = await seededWorld();
const app = await builtApp();
const year = new Date().getFullYear();
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const later = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
const NORMATIVE = { documentType: "normative", title: "加装电梯补贴实施办法", requestingUnit: "街道社区管理办公室", explanation: "拟对加装电梯给予补贴。", wantedBy: later };
const OPINION = {
  conclusion: "lawful_after_changes",
  problems: "第十二条设定罚款——《中华人民共和国行政处罚法》第十六条",
  reasoning: "第十二条超出规范性文件的权限。",
  suggestions: "删除第十二条。",
};

function register(data: Record<string, unknown> = NORMATIVE, username = "ganshi") {
  const r = createCase(w.db, w.user(username), "normative-review", data);
  if (r.status !== 201) throw new Error(JSON.stringify(r));
  return r.caseId;
}
function uploadDraft(caseId: number) {
  const f = attachFile(w.db, w.user("ganshi"), caseId, "送审稿.pdf", new TextEncoder().encode("%PDF-1.4\n送审稿\n%%EOF\n"), "其他");
  if (!f.ok) throw new Error("upload failed");
  return f.fileId;
}

describe("a legality review on a real database", () => {
  it("runs from 送审 to archive with the street's period, a 补正 pause and a numbered opinion", async () => {
    const street = w.user("suozhang").organisationId;
    setSetting(w.db, street, "normative-review.reviewDays", "10");
    setSetting(w.db, street, "normative-review.reviewBasis", "《彭浦新村街道规范性文件管理办法》第八条");
    const id = register();
    await advance(w, id, [
      ["ganshi", "SUBMIT_DRAFT", { draft: uploadDraft(id) }],
      ["suozhang", "ACCEPT", { reviewer: w.user("guwen").id }],
      ["guwen", "REQUEST_CORRECTION", { items: "制定依据文本" }],
    ]);
    expect(w.db.select().from(deadlines).where(eq(deadlines.caseId, id)).all()).toEqual([]);
    await advance(w, id, [
      ["ganshi", "SUPPLY_CORRECTION", { note: "已补充制定依据", files: [uploadDraft(id)] }],
      ["guwen", "SUBMIT_OPINION", OPINION],
      ["suozhang", "APPROVE", { comments: "同意" }],
      ["ganshi", "ISSUE", {}],
      ["ganshi", "ARCHIVE", {}],
    ]);
    const row = w.db.select().from(cases).where(eq(cases.id, id)).get()!;
    expect([row.state, row.number]).toEqual(["archived", `（${year}）彭司法审字第1号`]);
    const [deadline] = w.db.select().from(deadlines).where(eq(deadlines.caseId, id)).all();
    expect([deadline.status, deadline.legalBasis]).toEqual(["met", "《彭浦新村街道规范性文件管理办法》第八条"]);
    expect(deadline.rule).toContain("10个工作日");
    const [doc] = w.db.select().from(documents).where(eq(documents.caseId, id)).all();
    expect(doc.number).toBe(`彭司法审〔${year}〕1号`);
    const xml = await (await JSZip.loadAsync(readDocument(w.db, w.user("ganshi"), doc.id)!.data)).file("word/document.xml")!.async("string");
    expect(xml).toContain("《中华人民共和国行政处罚法》第十六条");
    expect(w.db.select().from(auditLog).where(eq(auditLog.caseId, id)).all().map((a) => a.action).at(-2)).toBe("case.event.ISSUE");
    expect(verifyCases(w.db).brokenCases).toEqual([]);
  });

  it("refuses acceptance before the draft is handed in, in Chinese with its basis, and stores nothing", async () => {
    const id = register();
    const r = await runEvent(w.db, { user: w.user("suozhang"), caseId: id, type: "ACCEPT", payload: { reviewer: w.user("guwen").id }, expectedVersion: 1 });
    expect(r.status).toBe(422);
    expect(r.status === 422 && r.reasons.map((x) => x.basis)).toEqual([expect.stringContaining("第二十六条")]);
    expect(r.status === 422 && r.message).toContain("尚未提交送审稿");
    expect(findVisibleCase(w.db, w.user("suozhang"), id)!.version).toBe(1);
  });

  it("names the field of a wrong registration: a past requested date, a contract without its other party", () => {
    const past = createCase(w.db, w.user("ganshi"), "normative-review", { ...NORMATIVE, wantedBy: "2020-01-01" });
    expect(past.status === 400 && past.issues).toEqual([{ path: ["wantedBy"], message: "要求完成日期：不能早于送审登记之日" }]);
    const contract = createCase(w.db, w.user("ganshi"), "normative-review", { ...NORMATIVE, documentType: "contract", wantedBy: today });
    expect(contract.status === 400 && contract.issues.map((i) => i.path)).toEqual([["counterparty"]]);
    expect(createCase(w.db, w.user("guwen"), "normative-review", NORMATIVE).status).toBe(403);
  });

  it("is invisible to another street", async () => {
    const id = register();
    expect(findVisibleCase(w.db, w.user("suozhang2"), id)).toBeNull();
    expect((await runEvent(w.db, { user: w.user("suozhang2"), caseId: id, type: "REJECT", payload: { reason: "x" }, expectedVersion: 1 })).status).toBe(404);
    expect((await app.get(`/cases/${id}`, await app.cookieFor("suozhang2"))).status).toBe(404);
  });

  it("appears on its report page as the annual report counts it", async () => {
    const contract = register({ ...NORMATIVE, documentType: "contract", title: "社区食堂委托运营合同", counterparty: "某餐饮公司" });
    await advance(w, contract, [["ganshi", "SUBMIT_DRAFT", { draft: uploadDraft(contract) }], ["suozhang", "ACCEPT", { reviewer: w.user("guwen").id }]]);
    const page = await app.get(`/reports/normative-review?from=${year}-01-01&to=${year}-12-31`, await app.cookieFor("suozhang"));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("审查规范性文件1件，审查合同1件");
    expect((await app.get("/reports/normative-review", await app.cookieFor("guwen"))).status).toBe(403);
    const other = await app.get(`/reports/normative-review?from=${year}-01-01&to=${year}-12-31`, await app.cookieFor("suozhang2"));
    expect(await other.text()).toContain("审查规范性文件0件，审查合同0件");
  });
});
