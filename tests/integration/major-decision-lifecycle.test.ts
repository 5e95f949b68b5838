/**
 * A major decision on a real SQLite file, started from a published catalogue item: a resident's
 * comment through the portal (throttled, masked when published), the comment answered, steps marked
 * 不适用 with reasons, the review on the adviser's 工作台 with its window, a numbered 合法性审查意见书,
 * a meeting with a dissent kept verbatim, and the published decision on the portal.
 */
import JSZip from "jszip";
import { eq } from "drizzle-orm";
import { createCase } from "../../app/cases/create-case.server";
import { runEvent } from "../../app/cases/engine.server";
import { findVisibleCase, workbench } from "../../app/cases/queries.server";
import { readDocument } from "../../app/documents/documents.server";
import { attachFile } from "../../app/files/attach.server";
import { loadCalendar } from "../../app/calendar.server";
import { documents } from "../../db/schema";
import { addDays } from "../../workflows/calendar/calendar";
import { minimumCallEnd, minimumReviewDue } from "../../workflows/major-decision/deadlines";
import { builtApp } from "./http";
import { publishedCatalogue } from "./decision-world";
import { advance, seededWorld } from "./world";

const w = await seededWorld();
const app = await builtApp();
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));
const noon = (d: string) => `${d}T04:00:00Z`;

async function send(username: string, caseId: number, type: string, payload: Record<string, unknown>, at?: string) {
  const row = findVisibleCase(w.db, w.user(username), caseId)!;
  return runEvent(w.db, { user: w.user(username), caseId, type, payload, expectedVersion: row.version, ...(at ? { at } : {}) });
}
async function must(username: string, caseId: number, type: string, payload: Record<string, unknown>, at?: string) {
  const r = await send(username, caseId, type, payload, at);
  if (r.status !== 200) throw new Error(`${type}: ${JSON.stringify(r)}`);
}
async function docText(caseId: number, template: string) {
  const doc = w.db.select().from(documents).where(eq(documents.caseId, caseId)).all().filter((d) => d.template === template).at(-1)!;
  return { number: doc.number, text: (await (await JSZip.loadAsync(readDocument(w.db, w.user("ganshi"), doc.id)!.data)).file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "") };
}
const comment = (caseId: number, text: string, ip: string) =>
  app.handle(new Request("http://localhost/gongshi/zhengqiu", { method: "POST", body: new URLSearchParams({ caseId: String(caseId), text }) }), { clientIp: ip });

let catalogue = 0;
let id = 0;

describe("a major decision on a real database", () => {
  it("starts only from an item of a published catalogue, once", async () => {
    // A catalogue not yet published: nothing can start from it.
    const draft = (createCase(w.db, w.user("ganshi"), "decision-catalogue", { year: year + 1 }) as { caseId: number }).caseId;
    await advance(w, draft, [["ganshi", "ADD_ITEM", { name: "明年事项", unit: "街道平安办", basis: "《上海市非机动车管理条例》", reason: "需要", plannedBy: `${year + 1}-06`, steps: [] }]]);
    const early = createCase(w.db, w.user("ganshi"), "major-decision", { catalogueItem: `${draft}:1` });
    expect(early).toMatchObject({ status: 400, issues: [{ path: ["catalogueItem"], message: expect.stringContaining("目录调整增列") }] });
    catalogue = await publishedCatalogue(w, year, ["老旧小区加装电梯补贴办法", "非机动车停放管理规定"]);
    const started = createCase(w.db, w.user("ganshi"), "major-decision", { catalogueItem: `${catalogue}:1` });
    expect(started.status).toBe(201);
    id = (started as { caseId: number }).caseId;
    expect(findVisibleCase(w.db, w.user("ganshi"), id)!.title).toBe("老旧小区加装电梯补贴办法");
    expect(createCase(w.db, w.user("ganshi"), "major-decision", { catalogueItem: `${catalogue}:1` })).toMatchObject({ status: 400, issues: [{ message: expect.stringContaining("已在办理") }] });
    // The new-case form offers the items still free, from this street's published catalogues only.
    const form = await (await app.get("/cases/new/major-decision", await app.cookieFor("ganshi"))).text();
    expect(form).toContain(`${year}年目录第2项：非机动车停放管理规定`);
    expect(form).not.toContain("第1项：老旧小区加装电梯补贴办法");
    expect(createCase(w.db, w.user("ganshi2"), "major-decision", { catalogueItem: `${catalogue}:2` }).status).toBe(400);
  });

  it("takes comments from residents on the portal, throttled, and has each one answered", async () => {
    const f = attachFile(w.db, w.user("ganshi"), id, "决策草案.pdf", new TextEncoder().encode("%PDF-1.4\n草案\n%%EOF\n"), "决策草案");
    await must("ganshi", id, "LAUNCH", { unit: "街道社区管理办公室", draft: f.ok ? f.fileId : 0, explanation: "拟对加装电梯给予补贴。" });
    const minimum = minimumCallEnd(loadCalendar(w.db), today).due;
    const short = await send("ganshi", id, "OPEN_CALL", { opensOn: today, closesOn: addDays(today, 10), text: "现公开征求意见。" });
    expect(short).toMatchObject({ status: 422, message: expect.stringContaining("30日") });
    await must("ganshi", id, "OPEN_CALL", { opensOn: today, closesOn: minimum, text: "《老旧小区加装电梯补贴办法（草案）》现公开征求意见。" });
    const page = await (await app.get("/gongshi/zhengqiu")).text();
    expect(page).toContain("关于《老旧小区加装电梯补贴办法（草案）》公开征求意见");
    const ok = await (await comment(id, "我住彭浦新村12号301室，电话13812345678，建议给一楼住户补偿。", "198.51.100.7")).text();
    expect(ok).toContain("意见已收到");
    // Five an hour from one address; the sixth waits.
    for (let i = 0; i < 5; i++) expect(await (await comment(id, `第${i + 1}条补充意见，请考虑。`, "198.51.100.8")).text()).toContain("意见已收到");
    expect(await (await comment(id, "第六条补充意见，请考虑。", "198.51.100.8")).text()).toContain("提交过于频繁");
    expect(await (await comment(id, "短", "198.51.100.9")).text()).toContain("意见内容：请至少填写5个字");
    // The case page offers the comments received; each is answered once.
    const casePage = await (await app.get(`/cases/${id}`, await app.cookieFor("ganshi"))).text();
    expect(casePage).toContain("我住彭浦新村12号301室");
    const ids = [...casePage.matchAll(/<option value="(\d+)">第\d+号/g)].map((m) => Number(m[1]));
    expect(ids.length).toBe(6);
    const after = noon(addDays(minimum, 1));
    const early = await send("ganshi", id, "CLOSE_CALL", {}, noon(minimum));
    expect(early.status).toBe(422);
    for (const [n, c] of ids.entries()) await must("ganshi", id, "DISPOSE_COMMENT", { comment: c, disposition: n === 0 ? "partly" : "rejected", reason: n === 0 ? "增加低层住户协商条款" : "与草案无关" }, after);
    const unanswered = await send("ganshi", id, "CLOSE_CALL", {}, after);
    expect(unanswered).toMatchObject({ status: 422, message: expect.stringContaining("听证会") });
    await must("ganshi", id, "SKIP_HEARING", { reason: "无较大分歧" }, after);
    await must("ganshi", id, "CLOSE_CALL", {}, after);
    expect(findVisibleCase(w.db, w.user("ganshi"), id)!.state).toBe("expertise");
    expect((await docText(id, "major-decision-adoption")).text).toContain("共收到意见6条，其中采纳0条，部分采纳1条，不采纳5条");
  });

  it("sends the draft for review on the adviser's 工作台 with 7 working days; the meeting keeps dissent; the portal shows the decision", async () => {
    const day = addDays(today, 40);
    await must("ganshi", id, "SKIP_EXPERTISE", { reason: "不属于专业性、技术性较强的事项" }, noon(day));
    await must("ganshi", id, "ASSESS_RISK", { level: "low", points: "低层住户反对。", measures: "事前协商。" }, noon(day));
    await must("ganshi", id, "FINISH_RISK", {}, noon(day));
    const due = minimumReviewDue(loadCalendar(w.db), day).due;
    const tooShort = await send("ganshi", id, "REQUEST_REVIEW", { reviewer: w.user("guwen").id, dueOn: addDays(day, 2), shortReason: "会议已定" }, noon(day));
    expect(tooShort.status).toBe(403);
    const byHeadNoReason = await send("suozhang", id, "REQUEST_REVIEW", { reviewer: w.user("guwen").id, dueOn: addDays(day, 2) }, noon(day));
    expect(byHeadNoReason).toMatchObject({ status: 422, message: expect.stringContaining("7个工作日") });
    await must("suozhang", id, "REQUEST_REVIEW", { reviewer: w.user("guwen").id, dueOn: due }, noon(day));
    const task = workbench(w.db, w.user("guwen")).find((t) => t.caseId === id)!;
    expect(task).toMatchObject({ task: "合法性审查：提出审查意见", due });
    // The adviser's 工作台 shows the window and what is left of it.
    const home = await (await app.get("/", await app.cookieFor("guwen"))).text();
    expect(home).toMatch(new RegExp(`合法性审查（第1次送审）：${due}（还剩\\d+个工作日）`));
    const meetingDay = addDays(day, 5);
    const meeting = {
      kind: "party", date: meetingDay, chair: w.user("lingdao").id, members: "5", attendees: "钱书记、周副主任、吴委员、孙主任",
      opinions: "钱书记：同意：有利于改善居住条件。\n周副主任：不同意：财政负担较重，建议分两年实施。\n吴委员：同意：无补充。\n孙主任：同意：按草案通过。",
      outcome: "passed", againstMajorityReason: "",
    };
    // Not reviewed yet: the draft cannot go to the meeting.
    expect(await send("lingdao", id, "RECORD_MEETING", meeting, noon(meetingDay))).toMatchObject({ status: 422 });
    await must("guwen", id, "REVIEW_OPINION", { authority: "ok", procedure: "ok", content: "ok", consistency: "ok", problems: "", conclusion: "lawful", opinion: "可提交集体讨论。" }, noon(addDays(day, 3)));
    const review = await docText(id, "major-decision-review");
    expect(review.number).toMatch(new RegExp(`^彭司决审〔${addDays(day, 3).slice(0, 4)}〕1号$`));
    expect(review.text).toContain("风险评估报告");
    expect(review.text).toContain("专家论证不适用，理由：不属于专业性、技术性较强的事项");
    await must("lingdao", id, "RECORD_MEETING", meeting, noon(meetingDay));
    expect((await docText(id, "major-decision-minutes")).text).toContain("周副主任：不同意。财政负担较重，建议分两年实施。");
    await must("ganshi", id, "PUBLISH_DECISION", { publishedOn: meetingDay, text: "《老旧小区加装电梯补贴办法》现予公布。", adoption: "公众意见5条，部分采纳1条：增加低层住户协商条款。" }, noon(meetingDay));
    const html = await (await app.get(`/gongshi/juece?officeId=${w.user("ganshi").organisationId}`)).text();
    expect(html).toContain("公众意见、专家论证意见采纳情况：公众意见5条，部分采纳1条：增加低层住户协商条款。");
    // Each comment's answer, never its text.
    expect(html).toContain("第1号公众意见：部分采纳。增加低层住户协商条款");
    expect(html).not.toContain("建议给一楼住户补偿");
    expect(html).not.toContain("13812345678");
    expect(html).not.toContain("12号301室");
  });

  it("is counted on the decision figures and in their CSV", async () => {
    const to = addDays(today, 60);
    const page = await (await app.get(`/reports/major-decision?from=${today}&to=${to}`, await app.cookieFor("suozhang"))).text();
    expect(page).toContain("启动重大行政决策1项；公开征求意见1次，收到意见6条，采纳0条、部分采纳1条；合法性审查1次，按期1次。");
    expect(page).toContain("目录内2项（已调出0项）");
    const bytes = new Uint8Array(await (await app.get(`/reports/major-decision.csv?from=${today}&to=${to}`, await app.cookieFor("jiandu"))).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith("项目,数量")).toBe(true);
    expect(csv).toContain("收到公众意见（条）,6");
    expect(csv).toContain("审查结论：合法,1");
    // Open data: the same items and decisions, without any commenter's number or address.
    const json = await (await app.get("/gongshi/juece.json")).json();
    const item = json.items.find((x: { name: string; year: number }) => x.name === "老旧小区加装电梯补贴办法");
    expect(item).toMatchObject({ year, no: 1, decision: { comments: 6, partlyAdopted: 1, notAdopted: 5, adoption: "公众意见5条，部分采纳1条：增加低层住户协商条款。" } });
    expect(json.items.find((x: { name: string }) => x.name === "非机动车停放管理规定")).toMatchObject({ decision: null });
    const open = await (await app.get("/gongshi/juece.csv")).text();
    expect(open.split("\r\n")[0]).toBe("决策机关,目录年度,目录公布日期,序号,决策事项,承办单位,决策依据,计划完成,拟采取的程序,增列日期,调出日期,年度评估,决策公布日期,决策内容,意见采纳情况说明,收到意见,采纳,部分采纳,不采纳,中止执行,停止执行,正在调整,决策后评估");
    for (const text of [JSON.stringify(json), open]) for (const personal of ["13812345678", "12号301室"]) expect(text).not.toContain(personal);
    // Enforcement officers do not read these figures.
    expect((await app.get(`/reports/major-decision.csv?from=${today}&to=${to}`, await app.cookieFor("zhifa"))).status).toBe(403);
  });

  it("stays on the portal while a change runs through the procedure again, marked as being changed", async () => {
    const f = attachFile(w.db, w.user("ganshi"), id, "调整稿.pdf", new TextEncoder().encode("%PDF-1.4\n调整稿\n%%EOF\n"), "决策草案");
    const later = noon(addDays(today, 50));
    await must("lingdao", id, "CHANGE", { draft: f.ok ? f.fileId : 0, reason: "补贴标准随上位法调整", meeting: "街道党工委会议" }, later);
    expect(findVisibleCase(w.db, w.user("ganshi"), id)!.state).toBe("legality");
    const html = await (await app.get(`/gongshi/juece?officeId=${w.user("ganshi").organisationId}`)).text();
    expect(html).toContain("《老旧小区加装电梯补贴办法》现予公布。");
    expect(html).toContain("正在依法定程序调整：补贴标准随上位法调整");
    // Back before review since the change: no meeting can be recorded.
    const meeting = await send("lingdao", id, "RECORD_MEETING", { kind: "party", date: addDays(today, 50), chair: w.user("lingdao").id, members: "3", attendees: "钱书记、孙主任", opinions: "钱书记：同意：无。\n孙主任：同意：通过。", outcome: "passed" }, later);
    expect(meeting).toMatchObject({ status: 422 });
  });

  it("pages the published decisions twenty at a time, newest first", async () => {
    // Twenty-one more copies of the published decision, as a street with many would have.
    const sql = w.db.$client;
    const copy = sql.prepare("INSERT INTO cases (office_id, procedure, machine_version, number, title, state, snapshot, input, version, priority, badge, created_by, created_at, updated_at, closed_at) SELECT office_id, procedure, machine_version, number || '-' || ?, title || ?, state, snapshot, input, version, priority, badge, created_by, created_at, updated_at, closed_at FROM cases WHERE id = ?");
    for (let k = 1; k <= 21; k++) copy.run(`c${k}`, `（副本${k}）`, id);
    const office = w.user("ganshi").organisationId;
    const first = await (await app.get(`/gongshi/juece?officeId=${office}`)).text();
    expect(first.match(/data-testid="decision-/g)?.length).toBe(20);
    expect(first).toContain("共22项，第1/2页");
    const second = await (await app.get(`/gongshi/juece?officeId=${office}&page=2`)).text();
    expect(second.match(/data-testid="decision-/g)?.length).toBe(2);
    expect((await app.get(`/gongshi/juece?officeId=${office}&page=abc`)).status).toBe(200);
  });
});
