import { eq } from "drizzle-orm";
import { cases, deadlines } from "../../db/schema";
import { createCase } from "../../app/cases/create-case.server";
import { runEvent } from "../../app/cases/engine.server";
import { findVisibleCase, listCases, workbench } from "../../app/cases/queries.server";
import { attachFile } from "../../app/files/attach.server";
import { chinaDate } from "../../workflows/calendar/calendar";
import { setSetting } from "../../app/settings.server";
import { seededWorld } from "./world";

const w = await seededWorld();
const today = chinaDate(new Date());
const intake = { source: "grid", disputeType: "neighbour", summary: "楼上装修漏水，楼下天花板受损，双方争执。", claims: "赔偿维修费5000元" };

async function send(username: string, caseId: number, type: string, payload: Record<string, unknown>) {
  const row = findVisibleCase(w.db, w.user(username), caseId);
  if (!row) throw new Error(`${username} cannot see case ${caseId}`);
  const r = await runEvent(w.db, { user: w.user(username), caseId, type, payload, expectedVersion: row.version });
  if (r.status !== 200) throw new Error(`${type}: ${JSON.stringify(r)}`);
  return r;
}

describe("a mediation on a real database", () => {
  it("is accepted at a residents' committee, graded red, escalated to the street, agreed, signed, visited and archived", async () => {
    const created = createCase(w.db, w.user("tiaojie"), "mediation", intake);
    expect(created).toMatchObject({ status: 201, number: expect.stringMatching(/^（\d{4}）彭人调字第1号$/) });
    if (created.status !== 201) return;
    const id = created.caseId;
    await send("tiaojie", id, "ADD_PARTY", { side: "applicant", kind: "person", name: "王大明", phone: "13812345678", idNumber: "11010519491231002X" });
    await send("tiaojie", id, "ADD_PARTY", { side: "respondent", kind: "person", name: "赵小红", phone: "021-56781234" });
    await send("tiaojie", id, "RECORD_CONSENT", { party: "1", consent: "given" });
    await send("tiaojie", id, "RECORD_CONSENT", { party: "2", consent: "given" });
    await send("tiaojie", id, "GRADE_RISK", { grade: "red", factors: ["violence"], reason: "被申请人扬言报复" });
    expect(workbench(w.db, w.user("lingdao")).find((t) => t.caseId === id)?.task).toContain("红色风险");
    await send("tiaojie", id, "ASSIGN_MEDIATOR", { mediator: w.user("tiaojie").id, chosenByParties: "no" });
    const blocked = await runEvent(w.db, { user: w.user("tiaojie"), caseId: id, type: "START", payload: {}, expectedVersion: findVisibleCase(w.db, w.user("tiaojie"), id)!.version });
    expect(blocked).toMatchObject({ status: 422, reasons: [{ guard: "policeNotifiedForRisk", basis: "《中华人民共和国人民调解法》第二十五条" }] });
    await send("tiaojie", id, "NOTIFY_POLICE", { station: "彭浦新村派出所", note: "已电话通报值班民警", measures: "安排社区民警参与调解，分开双方当事人" });
    await send("tiaojie", id, "START", {});

    // 大事不出街道: up to the street; the assigned mediator keeps the case on the 工作台.
    await send("tiaojie", id, "ESCALATE", { reason: "涉及楼道多户，需街道协调" });
    const moved = w.db.select().from(cases).where(eq(cases.id, id)).get()!;
    expect(moved.officeId).toBe(w.user("ganshi").organisationId);
    expect(findVisibleCase(w.db, w.user("tiaojie"), id)).not.toBeNull();
    expect(workbench(w.db, w.user("tiaojie")).some((t) => t.caseId === id)).toBe(true);
    expect(findVisibleCase(w.db, w.user("suozhang2"), id)).toBeNull();
    expect(listCases(w.db, w.user("suozhang"), {}).rows[0]).toMatchObject({ id, badge: expect.stringContaining("红色") });

    // 双员双师 join only with the parties' consent (PML 20).
    const unasked = await runEvent(w.db, { user: w.user("ganshi"), caseId: id, type: "ADD_CO_MEDIATOR", payload: { name: "刘律师", role: "lawyer", note: "双员双师" }, expectedVersion: findVisibleCase(w.db, w.user("ganshi"), id)!.version });
    expect(JSON.stringify(unasked)).toContain("第二十条");
    await send("ganshi", id, "ADD_CO_MEDIATOR", { name: "刘律师", role: "lawyer", note: "双员双师", partiesConsent: "yes" });
    await send("tiaojie", id, "RECORD_SESSION", { kind: "mediation", date: today, start: "09:00", end: "10:00", place: "街道矛调中心", participants: "双方当事人、调解员、律师", content: "释法明理，双方同意赔偿。" });
    await send("tiaojie", id, "AGREE_WRITTEN", { date: today, facts: "装修漏水致损", terms: "赵小红赔偿王大明3000元", performance: "十日内银行转账" });
    const pdf = attachFile(w.db, w.user("tiaojie"), id, "调解协议书（签字盖章）.pdf", new TextEncoder().encode("%PDF-1.7 signed"));
    if (!pdf.ok) throw new Error(pdf.message);
    await send("tiaojie", id, "RECORD_SIGNED", { signedOn: today, signedCopy: pdf.fileId });
    const dl = w.db.select().from(deadlines).where(eq(deadlines.caseId, id)).all();
    expect(dl.map((d) => d.key).sort()).toEqual(["conclude", "confirmation", "follow-up"]);
    expect(dl.find((d) => d.key === "confirmation")).toMatchObject({ start: today, status: "open" });
    await send("tiaojie", id, "FOLLOW_UP", { date: today, method: "phone", visited: "李四", performance: "full", note: "已转账，双方满意" });
    await send("tiaojie", id, "CLOSE", { note: "协议已履行" });
    await send("ganshi", id, "ARCHIVE", {});
    const done = w.db.select().from(cases).where(eq(cases.id, id)).get()!;
    expect(done.state).toBe("archived");
    expect(done.closedAt).not.toBeNull();
  });

  it("refuses a signed copy that is not a file of this case", async () => {
    const created = createCase(w.db, w.user("tiaojie"), "mediation", intake);
    if (created.status !== 201) throw new Error("not created");
    const other = createCase(w.db, w.user("ganshi"), "mediation", intake);
    if (other.status !== 201) throw new Error("not created");
    const foreign = attachFile(w.db, w.user("ganshi"), other.caseId, "x.pdf", new TextEncoder().encode("%PDF-1.4 other"));
    if (!foreign.ok) throw new Error(foreign.message);
    const r = await runEvent(w.db, { user: w.user("tiaojie"), caseId: created.caseId, type: "RECORD_SIGNED", payload: { signedCopy: foreign.fileId }, expectedVersion: 1 });
    expect(r).toMatchObject({ status: 400, issues: [{ path: ["signedCopy"], message: expect.stringContaining("本案已上传") }] });
  });

  it("a committee mediator files mediations but not legal-opinion requests", () => {
    expect(createCase(w.db, w.user("tiaojie"), "legal-opinion", { matterType: "other", subject: "x", requestingUnit: "x", background: "x", questions: "x" }).status).toBe(403);
  });
});

describe("parties' personal data", () => {
  it("is shown in full to the handling office, masked to the district supervisor and in every list title", async () => {
    const { caseView } = await import("../../app/cases/case-view.server");
    const created = createCase(w.db, w.user("ganshi"), "mediation", intake);
    if (created.status !== 201) throw new Error("not created");
    await send("ganshi", created.caseId, "ADD_PARTY", { side: "applicant", kind: "person", name: "钱多多", phone: "13812345678", idNumber: "11010519491231002X", address: "平顺路1号" });
    await send("ganshi", created.caseId, "ADD_PARTY", { side: "respondent", kind: "person", name: "孙少少" });
    const own = caseView(w.db, w.user("ganshi"), findVisibleCase(w.db, w.user("ganshi"), created.caseId)!);
    expect(own.data.parties[0]).toMatchObject({ name: "钱多多", idNumber: "11010519491231002X", phone: "13812345678", address: "平顺路1号" });
    const supervisor = caseView(w.db, w.user("jiandu"), findVisibleCase(w.db, w.user("jiandu"), created.caseId)!);
    expect(supervisor.data.parties[0]).toMatchObject({ name: "钱某某", idNumber: "110105********002X", phone: "138****5678", address: "" });
    expect(listCases(w.db, w.user("jiandu"), {}).rows.find((r) => r.id === created.caseId)?.title).toBe("钱某某与孙某某邻里纠纷");
  });
});

describe("screening （排查）", () => {
  it("records what a committee found and turns a finding into a case exactly once", async () => {
    const { screeningSchema, findingsFromRows, recordScreening, listScreenings, findingToCase } = await import("../../app/procedures/mediation/screening.server");
    const { DEFAULT_DISPUTE_TYPES } = await import("../../workflows/mediation/context");
    const rows = (list: readonly [string, string][]) => list.map(([disputeType, description], index) => ({ index, key: "", removed: false, values: { disputeType, description } }));
    // A description without its type is refused on that row's field; blank rows are spare lines.
    const bad = findingsFromRows(DEFAULT_DISPUTE_TYPES, rows([["neighbour", "漏水"], ["", "漏水没选类型"], ["", ""]]));
    expect(bad).toEqual({ errors: { "findings.1.disputeType": "第2行纠纷类型：请选择" } });
    expect(findingsFromRows(DEFAULT_DISPUTE_TYPES, rows([["traffic_x", "未知类型"]]))).toEqual({ errors: { "findings.0.disputeType": "第1行纠纷类型：请从列表中选择" } });
    const found = findingsFromRows(DEFAULT_DISPUTE_TYPES, rows([["neighbour", "3号楼502室漏水至402室"], ["property_mgmt", "停车费调整引发不满"]]));
    if ("errors" in found) throw new Error(JSON.stringify(found.errors));
    const parsed = { ...screeningSchema().parse({ date: today, scope: "1—12号楼", risks: "一户有激化苗头" }), findings: found.findings };
    const saved = recordScreening(w.db, w.user("tiaojie"), parsed, today);
    expect(saved.ok).toBe(true);
    const [screening] = listScreenings(w.db, w.user("tiaojie"));
    expect(screening.findings.map((f) => f.disputeType)).toEqual(["neighbour", "property_mgmt"]);
    const created = findingToCase(w.db, w.user("tiaojie"), screening.findings[0].id);
    expect(created.status).toBe(201);
    if (created.status !== 201) return;
    const row = findVisibleCase(w.db, w.user("tiaojie"), created.caseId)!;
    expect(row.snapshot.context).toMatchObject({ source: "initiative", disputeType: "neighbour", summary: expect.stringContaining("502室") });
    expect(findingToCase(w.db, w.user("tiaojie"), screening.findings[0].id)).toMatchObject({ status: 409 });
    expect(findingToCase(w.db, w.user("suozhang2"), screening.findings[1].id)).toMatchObject({ status: 404 });
    expect(listScreenings(w.db, w.user("suozhang2"))).toEqual([]);
  });
});

describe("the street's dispute-type list", () => {
  it("is configurable: new types can be filed, unknown ones are refused, and renaming keeps old cases' names", async () => {
    const { getSetting, setSetting } = await import("../../app/settings.server");
    const { disputeTypesFromRows } = await import("../../app/procedures/mediation/settings");
    // Rows as the settings form sends them: a stored row carries its key.
    const rows = (list: readonly (string | [string, string])[]) =>
      list.map((x, index) => ({ index, key: typeof x === "string" ? "" : x[0], removed: false, values: { label: typeof x === "string" ? x : x[1] } }));
    const street = w.user("ganshi").organisationId;
    const current = getSetting(w.db, street, "mediation.disputeTypes");
    const next = disputeTypesFromRows(current, rows(["邻里纠纷", "加装电梯纠纷", "群租纠纷"]));
    if ("errors" in next) throw new Error(JSON.stringify(next.errors));
    expect(next.list[0]).toEqual({ key: "neighbour", label: "邻里纠纷" }); // an existing name keeps its key
    setSetting(w.db, street, "mediation.disputeTypes", JSON.stringify(next.list));
    const group = next.list.find((t) => t.label === "群租纠纷")!;
    const filed = createCase(w.db, w.user("tiaojie"), "mediation", { ...intake, disputeType: group.key });
    expect(filed.status).toBe(201);
    if (filed.status !== 201) return;
    expect(findVisibleCase(w.db, w.user("tiaojie"), filed.caseId)!.snapshot.context.disputeTypeLabel).toBe("群租纠纷");
    expect(createCase(w.db, w.user("tiaojie"), "mediation", { ...intake, disputeType: "traffic" })).toMatchObject({
      status: 400,
      issues: [{ path: ["disputeType"], message: expect.stringContaining("纠纷类型目录") }],
    });
    const renamed = disputeTypesFromRows(JSON.stringify(next.list), rows(["邻里纠纷", "加装电梯纠纷"]));
    if ("errors" in renamed) throw new Error(JSON.stringify(renamed.errors));
    setSetting(w.db, street, "mediation.disputeTypes", JSON.stringify(renamed.list));
    expect(findVisibleCase(w.db, w.user("tiaojie"), filed.caseId)!.snapshot.context.disputeTypeLabel).toBe("群租纠纷");
    expect(disputeTypesFromRows(current, rows(["", ""]))).toEqual({ errors: { "mediation.disputeTypes": expect.stringContaining("至少保留一个") } });
    // A stored row renamed keeps its key; a repeated name is refused on its own row.
    const kept = disputeTypesFromRows(JSON.stringify(next.list), rows([["neighbour", "相邻关系纠纷"], "群租纠纷"]));
    expect("list" in kept && kept.list).toEqual([{ key: "neighbour", label: "相邻关系纠纷" }, group]);
    expect(disputeTypesFromRows(current, rows(["邻里纠纷", "邻里纠纷"]))).toEqual({ errors: { "mediation.disputeTypes.1.label": "第2行纠纷类型：“邻里纠纷”与前面的行重复" } });
    setSetting(w.db, street, "mediation.disputeTypes", current);
  });
});

describe("the actions panel", () => {
  it("links an unmet precondition of 开始调解 to the step that meets it, when the reader can take it", async () => {
    const { caseView } = await import("../../app/cases/case-view.server");
    const created = createCase(w.db, w.user("tiaojie"), "mediation", intake);
    if (created.status !== 201) throw new Error(JSON.stringify(created));
    const start = (username: string) => caseView(w.db, w.user(username), findVisibleCase(w.db, w.user(username), created.caseId)!).actions.find((a) => a.type === "START")!;
    expect(start("tiaojie").available).toBe(false);
    expect(start("tiaojie").reasons.find((r) => r.guard === "partiesOnBothSides")?.steps).toEqual([{ type: "ADD_PARTY", label: "登记当事人", here: true }]);
    expect(start("tiaojie").reasons.find((r) => r.guard === "mediatorAssigned")?.steps).toEqual([{ type: "ASSIGN_MEDIATOR", label: "指定人民调解员", here: true }]);
  });
});

describe("the case list narrowed as a report's breakdown links it", () => {
  it("finds a dispute type's cases for the district too, whose view of mediation is masked, within the period", async () => {
    const { listedCases } = await import("../../app/cases/listed.server");
    const created = createCase(w.db, w.user("tiaojie"), "mediation", { ...intake, disputeType: "labour" });
    if (created.status !== 201) throw new Error(JSON.stringify(created));
    const ids = (username: string, q: string) => listedCases(w.db, w.user(username), new URLSearchParams(q), 500).rows.map((r) => r.id);
    const year = new Date().getUTCFullYear();
    expect(ids("jiandu", `procedure=mediation&facet=disputeType&value=labour&from=${year - 1}-01-01&to=${year + 1}-12-31`)).toContain(created.caseId);
    expect(ids("jiandu", "procedure=mediation&facet=disputeType&value=family")).not.toContain(created.caseId);
    expect(ids("jiandu", `procedure=mediation&facet=disputeType&value=labour&to=${year - 1}-12-31`)).not.toContain(created.caseId);
    // A day that does not exist is passed over, not a server error.
    expect(ids("jiandu", "procedure=mediation&facet=disputeType&value=labour&from=2026-02-30")).toContain(created.caseId);
  });
});

describe("risk floors the street sets (issue 12 §11)", () => {
  it("refuse a committee's grade below its street's floor for a stated factor, naming the factor", async () => {
    const street = w.user("lingdao").organisationId;
    setSetting(w.db, street, "mediation.riskFloors", JSON.stringify({ large_amount: "red" }));
    const created = createCase(w.db, w.user("tiaojie"), "mediation", intake);
    if (created.status !== 201) throw new Error(JSON.stringify(created));
    const row = findVisibleCase(w.db, w.user("tiaojie"), created.caseId)!;
    const r = await runEvent(w.db, { user: w.user("tiaojie"), caseId: created.caseId, type: "GRADE_RISK", payload: { grade: "orange", factors: ["large_amount"], reason: "争议20万元" }, expectedVersion: row.version });
    expect(r).toMatchObject({ status: 400 });
    expect(JSON.stringify(r)).toContain("争议金额较大（10万元以上）”的风险等级不得低于红色");
    await send("tiaojie", created.caseId, "GRADE_RISK", { grade: "red", factors: ["large_amount"], reason: "争议20万元" });
  });
});
