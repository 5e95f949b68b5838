import { eq } from "drizzle-orm";
import JSZip from "jszip";
import { auditLog, caseEvents, cases, deadlines, documents } from "../../db/schema";
import { runEvent } from "../../app/cases/engine.server";
import { findVisibleCase } from "../../app/cases/queries.server";
import { readDocument } from "../../app/documents/documents.server";
import { replay } from "../../workflows/engine/run";
import { getProcedure } from "../../app/procedures";
import { advance, DRAFT, openCase, seededWorld, toIssued } from "./world";

const w = await seededWorld();
const year = new Date().getFullYear();

describe("a legal-opinion request on a real database", () => {
  it("runs from request to archive, numbering and storing the 法律意见书", async () => {
    const id = openCase(w);
    await advance(w, id, [
      ["suozhang", "ACCEPT", { assignee: w.user("guwen").id }],
      ["guwen", "SUBMIT_DRAFT", DRAFT],
      ["suozhang", "RETURN", { comments: "请补充违约金的计算依据" }],
      ["guwen", "SUBMIT_DRAFT", DRAFT],
      ["suozhang", "APPROVE", { comments: "同意" }],
      ["ganshi", "ISSUE", {}],
      ["ganshi", "ARCHIVE", { note: "已归档" }],
    ]);
    const row = w.db.select().from(cases).where(eq(cases.id, id)).get()!;
    expect(row.state).toBe("archived");
    expect(row.version).toBe(8);
    expect(row.machineVersion).toBe(1);
    const events = w.db.select().from(caseEvents).where(eq(caseEvents.caseId, id)).all();
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const [doc] = w.db.select().from(documents).where(eq(documents.caseId, id)).all();
    expect(doc.number).toMatch(new RegExp(`^彭司法意〔${year}〕\\d+号$`));
    const found = readDocument(w.db, w.user("ganshi"), doc.id)!;
    const xml = await (await JSZip.loadAsync(found.data)).file("word/document.xml")!.async("string");
    expect(xml).toContain(doc.number);
    expect(xml).toContain("《中华人民共和国民法典》第五百八十五条");
    const [deadline] = w.db.select().from(deadlines).where(eq(deadlines.caseId, id)).all();
    expect(deadline.status).toBe("met");
    expect(deadline.explanation).toMatch(/^自\d{4}年\d+月\d+日起计算10个工作日/);
    const audited = w.db.select().from(auditLog).where(eq(auditLog.caseId, id)).all();
    expect(audited.map((a) => a.action)).toEqual([
      "case.create",
      "case.event.ACCEPT",
      "case.event.SUBMIT_DRAFT",
      "case.event.RETURN",
      "case.event.SUBMIT_DRAFT",
      "case.event.APPROVE",
      "case.event.ISSUE",
      "case.event.ARCHIVE",
    ]);
  });

  it("tells the reader of the case page what it waits on them for, by name or by post, and nothing once it is done", async () => {
    const { caseView } = await import("../../app/cases/case-view.server");
    const view = (username: string, id: number) => caseView(w.db, w.user(username), findVisibleCase(w.db, w.user(username), id)!);
    const id = openCase(w);
    expect(view("suozhang", id).myTasks).toEqual(["受理法律意见申请并指派承办人"]);
    expect(view("ganshi", id).myTasks).toEqual([]);
    await advance(w, id, [["suozhang", "ACCEPT", { assignee: w.user("guwen").id }]]);
    expect(view("guwen", id).myTasks).toEqual(["起草法律意见书"]);
    expect(view("suozhang", id).myTasks).toEqual([]);
  });

  it("lists a case due within two working days under 临期 and one past its deadline under 逾期 only", async () => {
    const { listedCases } = await import("../../app/cases/listed.server");
    const { urgencyFor } = await import("../../app/cases/urgency.server");
    const { loadCalendar } = await import("../../app/calendar.server");
    const id = openCase(w);
    await advance(w, id, [["suozhang", "ACCEPT", { assignee: w.user("guwen").id }]]);
    const today = urgencyFor(loadCalendar(w.db)).today;
    const listed = (q: string) => listedCases(w.db, w.user("suozhang"), new URLSearchParams(q), 500).rows.map((r) => r.id);
    w.db.update(deadlines).set({ due: today }).where(eq(deadlines.caseId, id)).run();
    expect(listed("soon=1")).toContain(id);
    expect(listed("overdue=1")).not.toContain(id);
    w.db.update(deadlines).set({ due: "2020-01-02" }).where(eq(deadlines.caseId, id)).run();
    expect(listed("soon=1")).not.toContain(id);
    expect(listed("overdue=1&procedure=legal-opinion")).toContain(id);
    w.db.update(deadlines).set({ due: "2099-12-31" }).where(eq(deadlines.caseId, id)).run();
    expect([listed("soon=1"), listed("overdue=1")].flat()).not.toContain(id);
  });

  it("a double submit with the same version applies once; the second is a 409 conflict", async () => {
    const id = openCase(w);
    const req = { user: w.user("suozhang"), caseId: id, type: "ACCEPT", payload: { assignee: w.user("guwen").id }, expectedVersion: 1 };
    const [a, b] = await Promise.all([runEvent(w.db, req), runEvent(w.db, req)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(w.db.select().from(caseEvents).where(eq(caseEvents.caseId, id)).all()).toHaveLength(2);
  });

  it("a refusal names each failing guard with its legal basis and stores nothing", async () => {
    const id = openCase(w);
    const before = w.db.select().from(auditLog).all().length;
    const r = await runEvent(w.db, { user: w.user("suozhang"), caseId: id, type: "ACCEPT", payload: { assignee: w.user("ganshi").id }, expectedVersion: 1 });
    expect(r.status).toBe(422);
    if (r.status !== 422) return;
    expect(r.reasons[0]).toMatchObject({ guard: "assigneeIsAdviser", basis: expect.stringContaining("中办发〔2016〕30号") });
    expect(findVisibleCase(w.db, w.user("suozhang"), id)!.version).toBe(1);
    expect(w.db.select().from(auditLog).all().length).toBe(before);
  });

  it("invalid input names the field in Chinese and stores nothing", async () => {
    const id = openCase(w);
    await advance(w, id, [["suozhang", "ACCEPT", { assignee: w.user("guwen").id }]]);
    const r = await runEvent(w.db, { user: w.user("guwen"), caseId: id, type: "SUBMIT_DRAFT", payload: { ...DRAFT, analysis: "", bases: "参照有关规定" }, expectedVersion: 2 });
    expect(r.status).toBe(400);
    if (r.status !== 400) return;
    expect(r.issues).toEqual(
      expect.arrayContaining([
        { path: ["analysis"], message: "请填写法律分析" },
        { path: ["bases", 0], message: expect.stringContaining("具体条款") },
      ]),
    );
    expect(w.db.select().from(caseEvents).where(eq(caseEvents.caseId, id)).all()).toHaveLength(2);
  });

  it("a role without the permission gets 403 and the action is listed with the reason", async () => {
    const id = openCase(w);
    const r = await runEvent(w.db, { user: w.user("guwen"), caseId: id, type: "ACCEPT", payload: { assignee: w.user("guwen").id }, expectedVersion: 1 });
    expect(r).toMatchObject({ status: 403, message: expect.stringContaining("司法所所长") });
  });

  it("concurrent issues on different cases get distinct, gapless numbers", async () => {
    const ids = [openCase(w), openCase(w), openCase(w), openCase(w)];
    for (const id of ids) await advance(w, id, toIssued(w).slice(0, 3));
    const results = await Promise.all(
      ids.map((caseId) => runEvent(w.db, { user: w.user("suozhang"), caseId, type: "ISSUE", payload: {}, expectedVersion: 4 })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const numbers = w.db.select({ number: documents.number }).from(documents).all().map((d) => Number(/〕(\d+)号/.exec(d.number ?? "")?.[1])).filter(Boolean).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it("replaying every case's event log gives exactly its stored snapshot", () => {
    const all = w.db.select().from(cases).all();
    expect(all.length).toBeGreaterThan(5);
    for (const c of all) {
      const log = w.db.select().from(caseEvents).where(eq(caseEvents.caseId, c.id)).orderBy(caseEvents.seq).all();
      const proc = getProcedure(c.procedure)!;
      const rebuilt = replay(proc, c.input, log.slice(1).map((e) => ({ type: e.type, at: e.at, actor: e.actor as any, payload: e.payload })));
      expect(rebuilt).toEqual(c.snapshot);
    }
  });
});
