import { eq } from "drizzle-orm";
import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deadlines } from "../../db/schema";
import { saveYear } from "../../app/admin/calendar.server";
import { parseSchedule } from "../../app/admin/calendar-schema";
import { recordAttempt, throttleMessage, MAX_FAILURES_PER_ACCOUNT } from "../../app/auth/throttle.server";
import { checkCredentials } from "../../app/auth/login.server";
import { backup } from "../../app/backup.server";
import { listCases } from "../../app/cases/queries.server";
import { runEvent } from "../../app/cases/engine.server";
import { DEMO_PASSWORD } from "../../app/seed.server";
import { openCase, REQUEST, seededWorld } from "./world";

const w = await seededWorld();

describe("sign-in throttling", () => {
  it("locks an account after 5 failures, even for the right password", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) expect((await checkCredentials("lingdao", "wrong-pass1", "10.0.0.1")).ok).toBe(false);
    const r = await checkCredentials("lingdao", DEMO_PASSWORD, "10.0.0.2");
    expect(r).toEqual({ ok: false, status: 429, message: expect.stringContaining("锁定") });
  });

  it("limits an address that tries many accounts", () => {
    const now = Date.now();
    for (let i = 0; i < 20; i++) recordAttempt(w.db, `nobody${i}`, "192.0.2.9", false, now);
    expect(throttleMessage(w.db, "someone-new", "192.0.2.9", now)).toContain("地址");
    expect(throttleMessage(w.db, "someone-new", "192.0.2.10", now)).toBeNull();
  });

  it("lets a correct password through when nothing failed", async () => {
    expect((await checkCredentials("ganshi", DEMO_PASSWORD, "198.51.100.1")).ok).toBe(true);
  });
});

describe("Chinese full-text search", () => {
  it("finds two-character words inside longer text, and case numbers", () => {
    const id = openCase(w, "ganshi", { ...REQUEST, subject: "小区邻里纠纷调解协议合法性审查" });
    const hits = (q: string) => listCases(w.db, w.user("suozhang"), { q }).rows.map((r) => r.id);
    expect(hits("纠纷")).toContain(id);
    expect(hits("邻里")).toContain(id);
    expect(hits("电梯")).toContain(id); // from the background text
    expect(hits("拆迁")).not.toContain(id);
    expect(listCases(w.db, w.user("suozhang2"), { q: "纠纷" }).rows).toEqual([]);
  });
});

describe("entering a new year's holiday schedule", () => {
  it("parses ranges and make-up days and refuses a malformed line naming it", () => {
    const ok = parseSchedule(2027, "2027-10-01~2027-10-07 休 国庆节\n2027-09-26 班 国庆节");
    expect("days" in ok && ok.days.length).toBe(8);
    expect(parseSchedule(2027, "2027-10-01 休 国庆节\n10月2日 休")).toEqual({ error: expect.stringContaining("第2行") });
    expect(parseSchedule(2027, "2028-01-01 休 元旦")).toEqual({ error: expect.stringContaining("2027年内") });
  });

  it("turns a provisional 2027 deadline into a firm one and recomputes it", async () => {
    const id = openCase(w);
    const r = await runEvent(w.db, { user: w.user("suozhang"), caseId: id, type: "ACCEPT", payload: { assignee: w.user("guwen").id }, expectedVersion: 1, at: "2026-12-28T02:00:00Z" });
    expect(r.status).toBe(200);
    const before = w.db.select().from(deadlines).where(eq(deadlines.caseId, id)).get()!;
    expect(before).toMatchObject({ provisional: true, due: "2027-01-11" });
    const schedule = parseSchedule(2027, "2027-01-01 休 元旦");
    if (!("days" in schedule)) throw new Error(schedule.error);
    saveYear(w.db, w.user("admin").id, 2027, schedule.days, "国务院办公厅关于2027年部分节假日安排的通知(测试)");
    const after = w.db.select().from(deadlines).where(eq(deadlines.caseId, id)).get()!;
    expect(after).toMatchObject({ provisional: false, due: "2027-01-12" });
    expect(after.explanation).toContain("2027年1月1日元旦休假不计");
  });
});

describe("backup", () => {
  it("writes a consistent copy of the database that opens with every case", async () => {
    const target = mkdtempSync(join(tmpdir(), "sifasuo-backup-"));
    const r = await backup(w.db, target);
    const copy = new Database(r.dbFile, { readonly: true });
    const count = (copy.prepare("SELECT count(*) AS n FROM cases").get() as { n: number }).n;
    copy.close();
    expect(count).toBe(listCases(w.db, w.user("jiandu"), {}).total);
  });
});

describe("search by case number and phrase", () => {
  it("finds exactly the case whose number is typed", () => {
    const a = openCase(w, "ganshi", { ...REQUEST, subject: "编号检索甲" });
    openCase(w, "ganshi", { ...REQUEST, subject: "编号检索乙" });
    const number = listCases(w.db, w.user("suozhang"), { q: "编号检索甲" }).rows[0].number;
    expect(listCases(w.db, w.user("suozhang"), { q: number }).rows.map((r) => r.id)).toEqual([a]);
  });
});

describe("the 工作台 overdue alert", () => {
  it("counts the user's tasks whose deadline has passed, and not other people's", async () => {
    const { overdueTaskCount } = await import("../../app/cases/queries.server");
    const id = openCase(w);
    const r = await runEvent(w.db, { user: w.user("suozhang"), caseId: id, type: "ACCEPT", payload: { assignee: w.user("guwen").id }, expectedVersion: 1, at: "2026-01-05T02:00:00Z" });
    expect(r.status).toBe(200);
    expect(overdueTaskCount(w.db, w.user("guwen"), "2026-06-01")).toBeGreaterThanOrEqual(1);
    expect(overdueTaskCount(w.db, w.user("guwen"), "2026-01-06")).toBe(0);
    expect(overdueTaskCount(w.db, w.user("guwen2"), "2026-06-01")).toBe(0);
  });
});
