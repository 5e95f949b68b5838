/**
 * A street's yearly catalogue of major decisions on a real SQLite file: one per street and year;
 * compiled, returned once, checked, agreed, filed with the district and acknowledged there from
 * the district supervisor's 工作台, published with its list as a document and on the portal,
 * adjusted with a dated change log, evaluated and archived.
 */
import JSZip from "jszip";
import { createCase } from "../../app/cases/create-case.server";
import { runEvent } from "../../app/cases/engine.server";
import { findVisibleCase, workbench } from "../../app/cases/queries.server";
import { readDocument } from "../../app/documents/documents.server";
import { documents } from "../../db/schema";
import { eq } from "drizzle-orm";
import { builtApp } from "./http";
import { advance, seededWorld } from "./world";

const w = await seededWorld();
const app = await builtApp();
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));
const ITEM = { name: "老旧小区加装电梯补贴办法", unit: "街道社区管理办公室", basis: "《上海市既有多层住宅加装电梯管理办法》", reason: "涉及居民切身利益", plannedBy: `${year}-12`, steps: ["expert", "risk"] };

async function docText(caseId: number, template: string) {
  const doc = w.db.select().from(documents).where(eq(documents.caseId, caseId)).all().filter((d) => d.template === template).at(-1)!;
  const xml = await (await JSZip.loadAsync(readDocument(w.db, w.user("ganshi"), doc.id)!.data)).file("word/document.xml")!.async("string");
  return xml.replace(/<[^>]+>/g, "");
}

describe("the yearly catalogue of major decisions on a real database", () => {
  let id = 0;

  it("is opened once per street and year; another street opens its own", () => {
    const first = createCase(w.db, w.user("ganshi"), "decision-catalogue", { year });
    expect(first.status).toBe(201);
    id = (first as { caseId: number }).caseId;
    const again = createCase(w.db, w.user("suozhang"), "decision-catalogue", { year });
    expect(again).toMatchObject({ status: 400, issues: [{ path: ["year"], message: expect.stringContaining("已建立") }] });
    expect(JSON.stringify(again)).toContain("第三条第三款");
    expect(createCase(w.db, w.user("ganshi2"), "decision-catalogue", { year }).status).toBe(201);
    // An enforcement officer does not compile the catalogue.
    expect(createCase(w.db, w.user("zhifa"), "decision-catalogue", { year: year + 1 }).status).toBe(403);
  });

  it("goes from 编制 to 公布 through the 司法所, the Party working committee and the district", async () => {
    await advance(w, id, [
      ["ganshi", "ADD_ITEM", ITEM],
      ["ganshi", "ADD_ITEM", { ...ITEM, name: "非机动车停放管理规定", unit: "街道平安办", basis: "《上海市非机动车管理条例》", steps: [] }],
      ["ganshi", "SUBMIT", { note: "" }],
      ["suozhang", "REVIEW_RETURN", { opinion: "请补充决策依据" }],
      ["ganshi", "SUBMIT", { note: "已补充" }],
      ["suozhang", "REVIEW_PASS", { opinion: "同意报党工委" }],
    ]);
    // The street leader, not the 司法所, records the Party committee's agreement.
    const byStaff = await runEvent(w.db, { user: w.user("ganshi"), caseId: id, type: "AGREE", payload: { meeting: "党工委会议", date: today }, expectedVersion: findVisibleCase(w.db, w.user("ganshi"), id)!.version });
    expect(byStaff).toMatchObject({ status: 403 });
    await advance(w, id, [
      ["lingdao", "AGREE", { meeting: `街道党工委${year}年第1次会议`, date: today }],
      ["ganshi", "FILE", { filedOn: today, filedWith: "区司法局" }],
    ]);
    // Filed: the district supervisor has it on the 工作台 and acknowledges it; the street cannot.
    expect(workbench(w.db, w.user("jiandu")).filter((t) => t.caseId === id).map((t) => t.task)).toEqual(["确认街道决策事项目录备案"]);
    const early = await runEvent(w.db, { user: w.user("ganshi"), caseId: id, type: "PUBLISH", payload: { publishedOn: today }, expectedVersion: findVisibleCase(w.db, w.user("ganshi"), id)!.version });
    expect(early.status).toBe(422);
    await advance(w, id, [["jiandu", "ACKNOWLEDGE", { opinion: "予以备案" }]]);
    expect(workbench(w.db, w.user("jiandu")).some((t) => t.caseId === id)).toBe(false);
    await advance(w, id, [["ganshi", "PUBLISH", { publishedOn: today }]]);
    expect(findVisibleCase(w.db, w.user("ganshi"), id)!.state).toBe("executing");
    const list = await docText(id, "decision-catalogue-list");
    for (const s of [`${year}年度重大行政决策事项目录`, "老旧小区加装电梯补贴办法", "非机动车停放管理规定", "公众参与、专家论证、风险评估、合法性审查、集体讨论决定", `街道党工委${year}年第1次会议`, "彭浦新村街道办事处（印）"]) expect(list).toContain(s);
  });

  it("shows on the portal, with an adjustment as a dated change and the first list kept", async () => {
    await advance(w, id, [
      ["ganshi", "PROPOSE_ADJUSTMENT", { kind: "remove", item: 2, reason: "上位法修订，暂缓制定" }],
      ["suozhang", "ADJUST_REVIEW_PASS", { opinion: "同意调出" }],
    ]);
    // Not yet agreed: the portal still shows the list unchanged.
    const before = await (await app.get(`/gongshi/juece?officeId=${w.user("ganshi").organisationId}`)).text();
    expect(before).toContain("非机动车停放管理规定");
    expect(before).not.toContain("上位法修订");
    await advance(w, id, [
      ["lingdao", "ADJUST_AGREE", { meeting: `街道党工委${year}年第2次会议`, date: today }],
      ["ganshi", "ADJUST_PUBLISH", { publishedOn: today }],
    ]);
    const res = await app.get(`/gongshi/juece?officeId=${w.user("ganshi").organisationId}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`${year}年度重大行政决策事项目录`);
    expect(html).toContain("<s>非机动车停放管理规定</s>");
    expect(html).toContain(`${today}：调出“非机动车停放管理规定”。理由：上位法修订，暂缓制定。`);
    const note = await docText(id, "decision-catalogue-adjustment");
    expect(note).toContain("调出“非机动车停放管理规定”");
    expect(note).toContain("调整理由：上位法修订，暂缓制定");
    // The first list as published still names both items.
    expect(await docText(id, "decision-catalogue-list")).toContain("非机动车停放管理规定");
    // Another street's catalogue is not this street's, and a draft one is not on the portal.
    const other = await (await app.get(`/gongshi/juece?officeId=${w.user("ganshi2").organisationId}`)).text();
    expect(other).toContain("暂无已公布的目录");
  });

  it("ends the year with every item evaluated, then is archived; another street cannot see it", async () => {
    await advance(w, id, [
      ["ganshi", "EVALUATE_ITEM", { item: 1, outcome: "carried", reason: "征求意见尚未结束，结转下年度" }],
      ["ganshi", "FINISH_EVALUATION", { summary: "目录一项结转、一项调出" }],
      ["ganshi", "ARCHIVE", { note: "" }],
    ]);
    expect(findVisibleCase(w.db, w.user("ganshi"), id)!.state).toBe("archived");
    expect(findVisibleCase(w.db, w.user("ganshi2"), id)).toBeFalsy();
    const html = await (await app.get(`/gongshi/juece?officeId=${w.user("ganshi").organisationId}`)).text();
    expect(html).toContain("年度评估：结转下年度：征求意见尚未结束，结转下年度");
  });
});
