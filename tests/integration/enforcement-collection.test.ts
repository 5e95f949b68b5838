/**
 * A fine the party does not pay, through the server (its fills count the periods on the holiday
 * calendar): 催告 after the payment period, a 复议 that pauses the surcharge, and the application to
 * the court only in its window (APL 72, 73; 行政强制法 53, 54).
 */
import { eq } from "drizzle-orm";
import { documents } from "../../db/schema";
import { caseDetail, findVisibleCase } from "../../app/cases/queries.server";
import { seededWorld } from "./world";
import { drive, inspection, register, send } from "./enforcement-world";

const w = await seededWorld();

describe("a fine collected through 催告, a pending 复议 and the court", async () => {
  const id = register(w);
  const ctx = () => findVisibleCase(w.db, w.user("zhifa"), id)!.snapshot.context as any;
  await drive(w, id, [
    ["lingdao", "FILE", { officers: [w.user("zhifa").id, w.user("zhifa2").id], opinion: "同意立案" }, "2026-09-01T02:00:00Z"],
    ["zhifa", "RECORD_ACT", inspection(w), "2026-09-02T03:00:00Z"],
    ["zhifa", "SUBMIT_REPORT", { facts: "擅自拆除承重墙。", evidence: "现场检查笔录", kind: "penalty", penalties: ["fine"], fine: 3000, confiscation: 0, reasons: "按裁量基准" }, "2026-09-10T02:00:00Z"],
    ["lingdao", "APPROVE_CASE", { opinion: "同意", flags: [] }, "2026-09-11T02:00:00Z"],
    ["zhifa", "SEND_NOTICE", { date: "2026-09-14", method: "direct" }, "2026-09-14T02:00:00Z"],
    ["zhifa", "WAIVE", { date: "2026-09-15", note: "书面放弃" }, "2026-09-15T02:00:00Z"],
    ["zhifa", "PROCEED", {}, "2026-09-15T03:00:00Z"],
    ["lingdao", "DECIDE", { kind: "penalty", penalties: ["fine"], fine: 3000, confiscation: 0, reasons: "按裁量基准", date: "2026-09-22" }, "2026-09-22T02:00:00Z"],
    ["zhifa", "SERVE", { date: "2026-09-23", method: "direct", receiver: "王大明" }, "2026-09-23T02:00:00Z"],
  ]);

  it("urges only after the 15-day payment period, with a numbered 催告书", async () => {
    const early = await send(w, "zhifa", id, "URGE_PAYMENT", { date: "2026-10-08", method: "direct" }, "2026-10-08T02:00:00Z");
    expect(early).toMatchObject({ status: 422, reasons: [expect.objectContaining({ guard: "paymentOverdue", basis: expect.stringContaining("第五十四条") })] });
    await drive(w, id, [["zhifa", "URGE_PAYMENT", { date: "2026-10-09", method: "direct" }, "2026-10-09T02:00:00Z"]]);
    expect(ctx().urgings[0]).toMatchObject({ obligation: "fine", deadline: "2026-10-22", number: "彭执催〔2026〕1号" });
    const doc = w.db.select().from(documents).where(eq(documents.caseId, id)).all().find((d) => d.title === "催告书");
    expect(doc?.number).toBe("彭执催〔2026〕1号");
  });

  it("does not apply to the court while a 复议 runs or before the periods end, and the 复议 pauses the surcharge", async () => {
    await drive(w, id, [["zhifa", "REGISTER_CHALLENGE", { kind: "review", organ: "上海市静安区人民政府", caseNumber: "静府复〔2026〕12号", filedOn: "2026-10-09", receivedOn: "2026-10-12", claims: "请求撤销" }, "2026-10-12T02:00:00Z"]]);
    const during = await send(w, "lingdao", id, "APPLY_COURT", { date: "2026-10-26", court: "上海市静安区人民法院" }, "2026-10-26T02:00:00Z");
    expect(during).toMatchObject({ status: 422, reasons: expect.arrayContaining([expect.objectContaining({ guard: "noChallengeRunning" }), expect.objectContaining({ guard: "challengePeriodsOver" })]) });
    await drive(w, id, [
      ["zhifa", "ANSWER_CHALLENGE", { date: "2026-10-20", content: "事实清楚，程序合法。", evidence: "现场检查笔录\n事先告知书\n送达回证" }, "2026-10-20T02:00:00Z"],
      ["zhifa", "RECORD_CHALLENGE_OUTCOME", { kind: "upheld", date: "2026-11-20", reason: "维持原处罚决定" }, "2026-11-20T02:00:00Z"],
      // The server counts the surcharge: late from 9 October, none while the 复议 ran (to 20 November).
      ["zhifa", "RECORD_PAYMENT", { date: "2026-12-01", amount: 3000 }, "2026-12-01T02:00:00Z"],
    ]);
    expect(ctx().payments[0]).toMatchObject({ amount: 3000, surcharge: 990 });
    const deadlines = caseDetail(w.db, id).deadlines;
    expect(deadlines.find((d) => d.key === "challenge-1")).toMatchObject({ status: "met" });
    expect(deadlines.find((d) => d.key === "court-application")).toMatchObject({ start: "2027-03-23", due: "2027-06-23", status: "open" });
  });

  it("applies for the surcharge still unpaid once the periods ended, and the case goes to 结案", async () => {
    const onLastDay = await send(w, "lingdao", id, "APPLY_COURT", { date: "2027-03-23", court: "上海市静安区人民法院" }, "2027-03-23T02:00:00Z");
    expect(onLastDay).toMatchObject({ status: 422, reasons: [expect.objectContaining({ guard: "challengePeriodsOver" })] });
    await drive(w, id, [["lingdao", "APPLY_COURT", { date: "2027-03-24", court: "上海市静安区人民法院", note: "罚款已缴，申请执行加处罚款990元" }, "2027-03-24T02:00:00Z"]]);
    const row = findVisibleCase(w.db, w.user("zhifa"), id)!;
    expect(row.state).toBe("closing");
    expect(caseDetail(w.db, id).deadlines.find((d) => d.key === "court-application")?.status).toBe("met");
  });
});
