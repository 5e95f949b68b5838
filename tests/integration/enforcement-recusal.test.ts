import { eq } from "drizzle-orm";
import { caseTasks, users } from "../../db/schema";
import { findVisibleCase } from "../../app/cases/queries.server";
import { seededWorld } from "./world";
import { drive, inspection, register, send } from "./enforcement-world";

const w = await seededWorld();
const id = register(w);
await drive(w, id, [["lingdao", "FILE", { officers: [w.user("zhifa").id, w.user("zhifa2").id], opinion: "同意" }, "2026-09-01T02:00:00Z"]]);
const context = () => findVisibleCase(w.db, w.user("lingdao"), id)!.snapshot.context as any;
const recusal = { officer: String(w.user("zhifa").id), reason: "系当事人近亲属", decision: "granted" };

describe("回避 through the server (APL 43)", () => {
  it("refuses a replacement whose certificate has expired, storing nothing", async () => {
    const version = findVisibleCase(w.db, w.user("lingdao"), id)!.version;
    const r = await send(w, "lingdao", id, "RECUSAL", { ...recusal, replacement: String(w.user("zhifa3").id) }, "2026-09-03T02:00:00Z");
    expect(r.status).toBe(422);
    expect(JSON.stringify(r)).toContain("recusalKeepsTwoOfficers");
    expect(findVisibleCase(w.db, w.user("lingdao"), id)!.version).toBe(version);
    expect(context().recusals).toEqual([]);
  });

  it("with a certified replacement, hands the case over and refuses the recused officer at later acts", async () => {
    // The office renews the third officer's certificate; the replacement is resolved from the users table.
    w.db.update(users).set({ officerCertValidUntil: "2028-12-31" }).where(eq(users.username, "zhifa3")).run();
    const r = await send(w, "lingdao", id, "RECUSAL", { ...recusal, replacement: String(w.user("zhifa3").id) }, "2026-09-03T02:00:00Z");
    expect(r.status).toBe(200);
    expect(context().filing.officers.map((o: { id: number }) => o.id)).toEqual([w.user("zhifa2").id, w.user("zhifa3").id]);
    const refused = await send(w, "zhifa2", id, "RECORD_ACT", inspection(w), "2026-09-03T03:00:00Z");
    expect(JSON.stringify(refused)).toContain("已决定回避的执法人员");
    const ok = await send(w, "zhifa2", id, "RECORD_ACT", { ...inspection(w), officers: [w.user("zhifa2").id, w.user("zhifa3").id] }, "2026-09-03T03:00:00Z");
    expect(ok.status).toBe(200);
    // The case's tasks now go to the officers in charge: the replacement, not the recused officer.
    const assignees = new Set(w.db.select().from(caseTasks).where(eq(caseTasks.caseId, id)).all().map((t) => t.userId));
    expect(assignees.has(w.user("zhifa3").id)).toBe(true);
    expect(assignees.has(w.user("zhifa").id)).toBe(false);
  });
});
