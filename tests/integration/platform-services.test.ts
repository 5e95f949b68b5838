import { eq } from "drizzle-orm";
import Database from "better-sqlite3";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deadlines } from "../../db/schema";
import { recomputeProvisionalDeadlines, saveYear } from "../../app/admin/calendar.server";
import { parseSchedule } from "../../app/admin/calendar-schema";
import { ACCOUNT_MAX_DELAY_MS, beginAttempt, delayAfter, FREE_TRIES, MAX_DELAY_MS, MAX_FAILURES_PER_ADDRESS, recordAttempt, throttleMessage } from "../../app/auth/throttle.server";
import { checkCredentials } from "../../app/auth/login.server";
import { backup } from "../../app/backup.server";
import { listCases } from "../../app/cases/queries.server";
import { runEvent } from "../../app/cases/engine.server";
import { DEMO_PASSWORD } from "../../app/seed.server";
import { openCase, REQUEST, seededWorld } from "./world";

const w = await seededWorld();

describe("sign-in throttling", () => {
  it("makes an account wait after 3 failures from one address, and the right password after the wait signs in", async () => {
    const t0 = Date.now();
    for (let i = 0; i < FREE_TRIES; i++) expect(beginAttempt(w.db, "lingdao", "10.0.0.1", t0)).toHaveProperty("attemptId");
    const refused = beginAttempt(w.db, "lingdao", "10.0.0.1", t0 + 500);
    expect(refused).toEqual({ refused: expect.stringContaining("秒后再试") });
    // The refused try was not counted: once the 1 s wait is over the next try is checked.
    expect(beginAttempt(w.db, "lingdao", "10.0.0.1", t0 + 1001)).toHaveProperty("attemptId");
    expect(throttleMessage(w.db, "lingdao", "10.0.0.1", t0 + 1002)).toContain("2秒");
    expect(delayAfter(FREE_TRIES + 20, FREE_TRIES, MAX_DELAY_MS)).toBe(MAX_DELAY_MS);
  });

  it("does not let a stranger lock a named account: guesses from elsewhere delay it a minute at most", () => {
    const t0 = Date.now() - 10 * 60_000;
    for (let i = 0; i < 40; i++) recordAttempt(w.db, "suozhang2", `203.0.113.${i}`, false, t0 + i);
    const newAddress = throttleMessage(w.db, "suozhang2", "198.51.100.20", t0 + 40);
    expect(newAddress).toContain("60秒");
    expect(throttleMessage(w.db, "suozhang2", "198.51.100.20", t0 + 40 + ACCOUNT_MAX_DELAY_MS)).toBeNull();
    // At the owner's usual address the strangers' guesses elsewhere do not slow them at all.
    recordAttempt(w.db, "suozhang2", "198.51.100.21", true, t0 - 60_000);
    expect(throttleMessage(w.db, "suozhang2", "198.51.100.21", t0 + 40)).toBeNull();
  });

  it("does not stop an office behind one NAT address for a few mistyped passwords", () => {
    const now = Date.now();
    for (let i = 0; i < 30; i++) recordAttempt(w.db, `colleague${i}`, "192.0.2.9", false, now);
    expect(throttleMessage(w.db, "someone-new", "192.0.2.9", now)).toBeNull();
    for (let i = 30; i < MAX_FAILURES_PER_ADDRESS; i++) recordAttempt(w.db, `sprayed${i}`, "192.0.2.9", false, now);
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

  it("counts a provisional deadline again at start, so one stored by an older build takes the law's holidays", async () => {
    const id = openCase(w);
    await runEvent(w.db, { user: w.user("suozhang"), caseId: id, type: "ACCEPT", payload: { assignee: w.user("guwen").id }, expectedVersion: 1, at: "2026-12-28T02:00:00Z" });
    // As a build that counted 2027 on weekends only stored it.
    w.db.update(deadlines).set({ due: "2027-01-11", explanation: "暂按周末计算" }).where(eq(deadlines.caseId, id)).run();
    expect(recomputeProvisionalDeadlines(w.db)).toBeGreaterThan(0);
    expect(w.db.select().from(deadlines).where(eq(deadlines.caseId, id)).get()).toMatchObject({ due: "2027-01-12", provisional: true });
  });

  it("turns a provisional 2027 deadline into a firm one and recomputes it", async () => {
    const id = openCase(w);
    const r = await runEvent(w.db, { user: w.user("suozhang"), caseId: id, type: "ACCEPT", payload: { assignee: w.user("guwen").id }, expectedVersion: 1, at: "2026-12-28T02:00:00Z" });
    expect(r.status).toBe(200);
    const before = w.db.select().from(deadlines).where(eq(deadlines.caseId, id)).get()!;
    // Before the schedule: 1 January, fixed by law, is skipped already; the 调休 is not known.
    expect(before).toMatchObject({ provisional: true, due: "2027-01-12" });
    expect(before.explanation).toContain("调休暂未计入");
    // A test schedule that also gives Monday 4 January off in exchange for a make-up Saturday.
    const schedule = parseSchedule(2027, "2027-01-01 休 元旦\n2027-01-04 休 元旦\n2027-01-09 班 元旦");
    if (!("days" in schedule)) throw new Error(schedule.error);
    saveYear(w.db, w.user("admin").id, 2027, schedule.days, "国务院办公厅关于2027年部分节假日安排的通知（测试）");
    const after = w.db.select().from(deadlines).where(eq(deadlines.caseId, id)).get()!;
    expect(after).toMatchObject({ provisional: false, due: "2027-01-12" });
    expect(after.explanation).toContain("2027年1月1日元旦休假不计");
    expect(after.explanation).toContain("1月4日元旦休假不计");
    expect(after.explanation).toContain("1月9日调休上班计入");
  });
});

describe("backup", () => {
  it("writes a consistent copy of the database that opens with every case", async () => {
    const target = mkdtempSync(join(tmpdir(), "sifasuo-backup-"));
    const r = await backup(w.db, target);
    const copy = new Database(r.dbFile, { readonly: true });
    const count = (copy.prepare("SELECT count(*) AS n FROM cases").get() as { n: number }).n;
    const last = copy.prepare("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").get();
    copy.close();
    expect(count).toBe(listCases(w.db, w.user("jiandu"), {}).total);
    // The copy's audit head beside it, to restore as audit-head.json with the database.
    expect(JSON.parse(readFileSync(r.dbFile.replace(/\.sqlite$/, ".audit-head.json"), "utf8"))).toMatchObject(last as object);
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
