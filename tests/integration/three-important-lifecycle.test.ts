/**
 * A 三重一大 item on a real SQLite file: the street's threshold decides whether 比价 and 审价 are
 * required; the 司法所's check, the meeting with the 一把手 last and every signature; the minutes with a
 * signature line per attendee; an item standing on a major decision links to it instead.
 */
import JSZip from "jszip";
import { eq } from "drizzle-orm";
import { createCase } from "../../app/cases/create-case.server";
import { runEvent } from "../../app/cases/engine.server";
import { findVisibleCase } from "../../app/cases/queries.server";
import { readDocument } from "../../app/documents/documents.server";
import { setSetting } from "../../app/settings.server";
import { cases, documents } from "../../db/schema";
import { publishedCatalogue, publishedDecision } from "./decision-world";
import { advance, seededWorld } from "./world";

const w = await seededWorld();
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const ITEM = { kind: "funds", title: "社区长者食堂改造资金使用", unit: "街道社区服务办公室", description: "厨房改造和适老化改造。", amount: "800000" };

describe("a 三重一大 item on a real database", () => {
  it("requires 比价 and 审价 at or above the street's threshold, then is checked, decided, signed and minuted", async () => {
    const street = w.user("ganshi").organisationId;
    setSetting(w.db, street, "three-important.threshold", "1000000");
    const below = createCase(w.db, w.user("ganshi"), "three-important", ITEM);
    expect((findVisibleCase(w.db, w.user("ganshi"), (below as { caseId: number }).caseId)!.snapshot as any).context.threshold).toBe(1000000);
    setSetting(w.db, street, "three-important.threshold", "500000");
    const id = (createCase(w.db, w.user("ganshi"), "three-important", ITEM) as { caseId: number }).caseId;
    await advance(w, id, [["ganshi", "RECORD_RESEARCH", { findings: "设备老化，日均就餐300人次。" }]]);
    const row = findVisibleCase(w.db, w.user("suozhang"), id)!;
    const early = await runEvent(w.db, { user: w.user("suozhang"), caseId: id, type: "LEGAL_CHECK", payload: { outcome: "pass", opinion: "合规" }, expectedVersion: row.version });
    expect(early).toMatchObject({ status: 422, message: expect.stringContaining("行业比价和专业审价") });
    await advance(w, id, [
      ["ganshi", "RECORD_COMPARISON", { quotes: "甲公司：82万元\n乙公司：79万元\n丙公司：85万元" }],
      ["ganshi", "RECORD_AUDIT", { auditor: "某造价咨询公司", result: "审定77.5万元" }],
      ["suozhang", "LEGAL_CHECK", { outcome: "pass", opinion: "资金用途合规，按政府采购规定执行。" }],
      ["lingdao", "RECORD_MEETING", { date: today, chair: w.user("lingdao").id, members: "5", attendees: "钱书记、周副主任、孙主任", opinions: "钱书记：同意：民生实事。\n周副主任：不同意：建议压缩规模。\n孙主任：同意：按审定价执行。", outcome: "passed" }],
      ["lingdao", "SIGN_MINUTES", { signed: "钱书记、周副主任、孙主任" }],
      ["ganshi", "RECORD_EXECUTION", { text: "已完成政府采购。" }],
      ["ganshi", "LOOK_BACK", { result: "改造完成，就餐人次增加两成。" }],
      ["ganshi", "ARCHIVE", { note: "" }],
    ]);
    expect(findVisibleCase(w.db, w.user("ganshi"), id)!.state).toBe("archived");
    const doc = w.db.select().from(documents).where(eq(documents.caseId, id)).all().find((d) => d.template === "three-important-minutes")!;
    const text = (await (await JSZip.loadAsync(readDocument(w.db, w.user("ganshi"), doc.id)!.data)).file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    for (const s of ["周副主任：不同意。建议压缩规模。", "钱书记（签名）：", "周副主任（签名）：", "孙主任（签名）："]) expect(text).toContain(s);
    expect(findVisibleCase(w.db, w.user("ganshi2"), id)).toBeFalsy();
  });

  it("an item standing on a major decision links to its case and goes straight to 执行", async () => {
    const year = Number(today.slice(0, 4));
    const k = await publishedCatalogue(w, year, ["老旧小区加装电梯补贴办法", "非机动车停放管理规定"]);
    // A decision still being made cannot be stood on: its steps are not done.
    const unfinished = (createCase(w.db, w.user("ganshi"), "major-decision", { catalogueItem: `${k}:2` }) as { caseId: number }).caseId;
    expect(createCase(w.db, w.user("ganshi"), "three-important", { ...ITEM, kind: "decision", amount: "0", decision: String(unfinished) })).toMatchObject({ status: 400, issues: [{ path: ["decision"], message: expect.stringContaining("已作出并公布") }] });
    const decision = await publishedDecision(w, k, 1);
    // Only a 重大决策 item links, and only to one of this street's decisions.
    expect(createCase(w.db, w.user("ganshi"), "three-important", { ...ITEM, kind: "personnel", amount: "0", decision: String(decision) })).toMatchObject({ status: 400, issues: [{ path: ["decision"], message: expect.stringContaining("只有“重大决策”类事项") }] });
    expect(createCase(w.db, w.user("ganshi"), "three-important", { ...ITEM, kind: "decision", amount: "0", decision: String(k) })).toMatchObject({ status: 400, issues: [{ path: ["decision"] }] });
    const linked = createCase(w.db, w.user("ganshi"), "three-important", { ...ITEM, kind: "decision", title: "加装电梯补贴办法", amount: "0", decision: String(decision) });
    expect(linked.status).toBe(201);
    const row = findVisibleCase(w.db, w.user("ganshi"), (linked as { caseId: number }).caseId)!;
    expect(row.state).toBe("executing");
    expect((row.snapshot as any).context.linked).toMatchObject({ caseId: decision, name: "老旧小区加装电梯补贴办法" });
  });
});
