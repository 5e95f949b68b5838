// Server-side behaviours a review of the mediation change asked for.
import { eq } from "drizzle-orm";
import { caseTasks } from "../../db/schema";
import { createCase } from "../../app/cases/create-case.server";
import { caseView } from "../../app/cases/case-view.server";
import { runEvent } from "../../app/cases/engine.server";
import { findVisibleCase, listCases, overdueTaskCount, workbench } from "../../app/cases/queries.server";
import { generateDocument, readCaseFile, readDocument } from "../../app/documents/documents.server";
import { attachFile } from "../../app/files/attach.server";
import { mediationReport } from "../../app/procedures/mediation/report.server";
import { chinaDate } from "../../workflows/calendar/calendar";
import { seededWorld } from "./world";

const w = await seededWorld();
const today = chinaDate(new Date());
const intake = { source: "application", disputeType: "neighbour", summary: "漏水纠纷", claims: "赔偿" };

async function send(username: string, caseId: number, type: string, payload: Record<string, unknown>) {
  const row = findVisibleCase(w.db, w.user(username), caseId)!;
  return runEvent(w.db, { user: w.user(username), caseId, type, payload, expectedVersion: row.version });
}
async function must(username: string, caseId: number, type: string, payload: Record<string, unknown>) {
  const r = await send(username, caseId, type, payload);
  if (r.status !== 200) throw new Error(`${type}: ${JSON.stringify(r)}`);
}
async function startedCase(username = "tiaojie") {
  const c = createCase(w.db, w.user(username), "mediation", intake);
  if (c.status !== 201) throw new Error("not created");
  const id = c.caseId;
  await must(username, id, "ADD_PARTY", { side: "applicant", kind: "person", name: "王大明", phone: "13812345678", idNumber: "11010519491231002X" });
  await must(username, id, "ADD_PARTY", { side: "respondent", kind: "person", name: "赵小红" });
  await must(username, id, "RECORD_CONSENT", { party: "1", consent: "given" });
  await must(username, id, "RECORD_CONSENT", { party: "2", consent: "given" });
  await must(username, id, "GRADE_RISK", { grade: "green", factors: [] });
  await must(username, id, "ASSIGN_MEDIATOR", { mediator: w.user("tiaojie").id, chosenByParties: "no" });
  await must(username, id, "START", {});
  return id;
}

describe("what a district reader gets of a street's mediation", () => {
  it("no event payloads, no documents or files, no search hit by name or ID number", async () => {
    const id = await startedCase();
    const file = attachFile(w.db, w.user("tiaojie"), id, "身份证.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]), "身份证明");
    const doc = await generateDocument(w.db, w.user("tiaojie"), id, "mediation-registration");
    if (!file.ok || doc.status !== 201) throw new Error("setup");
    const supervisor = w.user("jiandu");
    const view = caseView(w.db, supervisor, findVisibleCase(w.db, supervisor, id)!);
    expect(JSON.stringify(view)).not.toContain("11010519491231002X");
    expect(JSON.stringify(view)).not.toContain("13812345678");
    expect(view.events.every((e) => JSON.stringify(e.payload) === "{}")).toBe(true);
    expect(view.documents).toEqual([]);
    expect(readDocument(w.db, supervisor, doc.documentId)).toBeNull();
    expect(readCaseFile(w.db, supervisor, file.fileId)).toBeNull();
    expect(listCases(w.db, supervisor, { q: "王大明" }).rows.map((r) => r.id)).not.toContain(id);
    expect(listCases(w.db, w.user("suozhang"), { q: "王大明" }).rows.map((r) => r.id)).toContain(id);
  });
});

describe("a mediator following an escalated case", () => {
  it("keeps mediating but cannot move, reassign or archive it; the street gets the office's tasks", async () => {
    const id = await startedCase();
    await must("tiaojie", id, "ESCALATE", { reason: "涉及多户" });
    const tasks = w.db.select().from(caseTasks).where(eq(caseTasks.caseId, id)).all();
    expect(tasks.every((t) => t.userId !== null || t.officeId === w.user("ganshi").organisationId)).toBe(true);
    expect((await send("tiaojie", id, "ESCALATE", { reason: "再上移" })).status).toBe(403);
    expect((await send("tiaojie", id, "ASSIGN_MEDIATOR", { mediator: w.user("tiaojie").id, chosenByParties: "no" })).status).toBe(403);
    expect((await send("tiaojie", id, "RECORD_SESSION", { kind: "mediation", date: today, start: "09:00", end: "10:00", place: "街道", participants: "双方", content: "调解" })).status).toBe(200);
    const officer = await send("ganshi", id, "ASSIGN_MEDIATOR", { mediator: w.user("zhifa").id, chosenByParties: "no" });
    expect(officer).toMatchObject({ status: 422, reasons: [{ guard: "assigneeIsMediator" }] });
  });

  it("at the district, the district's mediator can act", async () => {
    const id = await startedCase("ganshi");
    await must("ganshi", id, "ESCALATE", { reason: "跨街道" });
    expect(findVisibleCase(w.db, w.user("qutiaojie"), id)).not.toBeNull();
    expect(workbench(w.db, w.user("qutiaojie")).some((t) => t.caseId === id)).toBe(true);
    await must("qutiaojie", id, "RECORD_SESSION", { kind: "investigation", date: today, start: "09:00", end: "10:00", place: "区矛调中心", subject: "李四，男，住彭浦新村12号201室", participants: "双方", content: "调查" });
  });
});

describe("figures and deadlines", () => {
  it("counts a dispute where it was accepted, even after it moved up", async () => {
    const id = await startedCase();
    await must("tiaojie", id, "ESCALATE", { reason: "上移" });
    const committee = w.user("tiaojie").organisationId;
    const r = mediationReport(w.db, w.user("suozhang"), { officeId: committee });
    expect(r.figures.accepted).toBeGreaterThanOrEqual(1);
    expect(r.figures.byLevel.find((t) => t.key === "committee")?.accepted).toBe(r.figures.accepted);
  });

  it("a voluntary 司法确认 window never makes a case overdue", async () => {
    const id = await startedCase();
    await must("tiaojie", id, "RECORD_SESSION", { kind: "mediation", date: today, start: "09:00", end: "10:00", place: "调解室", participants: "双方", content: "调解" });
    await must("tiaojie", id, "AGREE_ORAL", { date: today, terms: "赔礼道歉", performance: "当场", obligations: "no", writingRequested: "no" });
    const far = "2099-01-01";
    const row = listCases(w.db, w.user("tiaojie"), { overdueBefore: far }).rows.find((x) => x.id === id);
    expect(row).toBeDefined(); // the follow-up visit is a duty and is overdue by then
    const { deadlines } = await import("../../db/schema");
    const windows = w.db.select().from(deadlines).where(eq(deadlines.caseId, id)).all().filter((d) => d.key === "confirmation");
    expect(windows).toEqual([expect.objectContaining({ voluntary: true, status: "open" })]);
    expect(overdueTaskCount(w.db, w.user("tiaojie"), far)).toBeGreaterThan(0);
  });

  it("an impossible date is a Chinese 400 naming the field, not a server error", async () => {
    const id = await startedCase();
    await must("tiaojie", id, "RECORD_SESSION", { kind: "mediation", date: today, start: "09:00", end: "10:00", place: "调解室", participants: "双方", content: "调解" });
    const r = await send("tiaojie", id, "AGREE_ORAL", { date: "2026-02-30", terms: "赔礼道歉", performance: "当场", obligations: "no", writingRequested: "no" });
    expect(r).toMatchObject({ status: 400, issues: [{ path: ["date"], message: "达成协议日期不存在" }] });
  });
});
