/**
 * The adviser roster through the built app and the engine (RULES.md §5): the 所长 keeps it at
 * /advisers, others of the office and the district read it, a mediator cannot; an adviser outside the
 * 聘期 or with a declared conflict is refused when assigned; one 居委会, one adviser.
 */
import { eq } from "drizzle-orm";
import { advisers } from "../../db/schema";
import { runEvent } from "../../app/cases/engine.server";
import { saveAdviser, saveAssessment } from "../../app/advisers/roster.server";
import { findVisibleCase } from "../../app/cases/queries.server";
import { advance, openCase, REQUEST, seededWorld, toIssued } from "./world";
import { BASE, builtApp } from "./http";

const w = await seededWorld();
const app = await builtApp();
const guwen = () => w.user("guwen").id;
const form = (cookie: string, body: Record<string, string>) =>
  app.handle(new Request(`${BASE}/advisers`, { method: "POST", body: new URLSearchParams(body), headers: { Cookie: cookie, Origin: BASE, Host: "localhost" } }), { clientIp: "198.18.2.1" });

describe("the roster page", () => {
  it("is kept by the 所长, read by the district, closed to a mediator", async () => {
    const director = await app.cookieFor("suozhang");
    const page = await (await app.get("/advisers", director)).text();
    expect(page).toContain("13101201510123456");
    expect(page).toContain("登记或更新名册信息");
    const district = await (await app.get("/advisers", await app.cookieFor("jiandu"))).text();
    expect(district).toContain("陈律师");
    expect(district).toContain("吴律师");
    expect(district).not.toContain("登记或更新名册信息");
    expect((await app.get("/advisers", await app.cookieFor("tiaojie"))).status).toBe(403);
    // Reading is not keeping: a district reader's post is refused.
    expect((await form(await app.cookieFor("jiandu"), { intent: "assessment", userId: String(guwen()), year: "2026", result: "excellent", note: "优秀" })).status).toBe(403);
  });

  it("refuses a bad certificate number and a term ending before it starts, naming the fields", async () => {
    const r = await form(await app.cookieFor("suozhang"), { intent: "roster", userId: String(guwen()), kind: "retained", firm: "上海市某某律师事务所", licenceNo: "1310", termFrom: "2026-01-01", termTo: "2025-12-31" });
    const page = await r.text();
    expect(page).toContain("执业证号：应为17位数字");
    expect(page).toContain("聘期结束日期：不能早于聘期开始日期");
    expect(w.db.select().from(advisers).where(eq(advisers.userId, guwen())).get()?.licenceNo).toBe("13101201510123456");
  });

  it("records the year's assessment, within the 聘期 only", async () => {
    const director = w.user("suozhang");
    const office = director.organisationId;
    expect(saveAssessment(w.db, director, office, { userId: guwen(), year: 2024, result: "competent", note: "称职" })).toMatchObject({ ok: false, errors: { year: expect.stringContaining("不在该法律顾问的聘期") } });
    expect(saveAssessment(w.db, director, office, { userId: guwen(), year: 2026, result: "excellent", note: "意见书质量高" })).toEqual({ ok: true });
    const page = await (await app.get("/advisers?year=2026", await app.cookieFor("suozhang"))).text();
    expect(page).toContain("优秀1人");
    expect(page).toContain("2026年优秀");
  });
});

describe("assigning from the roster", () => {
  it("keeps the roster credentials the server attached on the case, for the issued opinion", async () => {
    const id = openCase(w);
    await advance(w, id, toIssued(w));
    const c = findVisibleCase(w.db, w.user("suozhang"), id)!.snapshot.context as { assignee: object; issued: object | null };
    expect(c.assignee).toEqual({ id: guwen(), name: "陈律师", licenceNo: "13101201510123456", adviserKind: "retained", firm: "上海市某某律师事务所" });
    expect(c.issued).not.toBeNull();
  });

  it("refuses an adviser with a declared conflict, and one whose 聘期 has ended", async () => {
    const conflicted = openCase(w, "ganshi", { ...REQUEST, background: "街道拟与上海某某物业管理有限公司签订物业服务合同。" });
    const r = await runEvent(w.db, { user: w.user("suozhang"), caseId: conflicted, type: "ACCEPT", payload: { assignee: guwen() }, expectedVersion: 1 });
    expect(r).toMatchObject({ status: 422, reasons: [expect.objectContaining({ guard: "adviserWithoutConflict" })] });
    const before = w.db.select().from(advisers).where(eq(advisers.userId, guwen())).get()!;
    w.db.update(advisers).set({ termTo: "2025-12-31" }).where(eq(advisers.userId, guwen())).run();
    const id = openCase(w);
    const expired = await runEvent(w.db, { user: w.user("suozhang"), caseId: id, type: "ACCEPT", payload: { assignee: guwen() }, expectedVersion: 1 });
    expect(expired).toMatchObject({ status: 422, reasons: [expect.objectContaining({ guard: "adviserInTerm" })] });
    w.db.update(advisers).set({ termTo: before.termTo }).where(eq(advisers.userId, guwen())).run();
  });

  it("gives one 居委会 one adviser for overlapping terms", async () => {
    const director = w.user("suozhang");
    const committee = w.db.select().from(advisers).where(eq(advisers.userId, guwen())).get()!.committeeId!;
    // A second adviser account of the street, for the test.
    const { saveUser } = await import("../../app/admin/users.server");
    const made = await saveUser(w.db, w.user("admin"), { username: "guwen3", displayName: "孙律师", organisationId: director.organisationId, roles: ["legal_adviser"], legalQualificationNo: "A20173101060789", enforcementCertNo: "", enforcementCertValidUntil: "", password: "Sifasuo#2026demo", active: "1" } as any);
    if (!made.ok) throw new Error(JSON.stringify(made));
    const entry = { userId: made.id, kind: "public" as const, firm: "彭浦新村街道办事处", licenceNo: "13101201910000001", termFrom: "2026-01-01", termTo: "2026-12-31", committeeId: committee, conflicts: "" };
    expect(saveAdviser(w.db, director, director.organisationId, entry)).toMatchObject({ ok: false, errors: { committeeId: expect.stringContaining("已由陈律师担任法律顾问") } });
    expect(saveAdviser(w.db, director, director.organisationId, { ...entry, committeeId: null })).toEqual({ ok: true });
  });
});
