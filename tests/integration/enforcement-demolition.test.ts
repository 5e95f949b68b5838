/**
 * A 违章搭建 case through 限期拆除 → 催告 → 陈述申辩 → 强制执行决定 → 送达 → 公告 → 强制拆除, on the seeded
 * database with the server's fills (the challenge periods and rest days from the holiday calendar):
 * the demolition is refused before the 复议 and 诉讼 periods end, on 2026-10-03 (国庆) and at night, and
 * without a video; it is accepted after them with one (行政强制法 35–38, 43, 44; 118 §8).
 */
import { eq } from "drizzle-orm";
import { documents } from "../../db/schema";
import { caseDetail, findVisibleCase } from "../../app/cases/queries.server";
import { verifyIntegrity } from "../../app/audit/verify.server";
import { seededWorld } from "./world";
import { drive, inspection, JPEG, MP4, officers, register, REGISTRATION, send, upload } from "./enforcement-world";

const w = await seededWorld();
const day = (d: string, hour = 10) => new Date(Date.parse(`${d}T${String(hour).padStart(2, "0")}:00:00+08:00`)).toISOString();

describe("强制拆除 of a 违章搭建", async () => {
  const id = register(w, { ...REGISTRATION, matter: "building", occurredOn: "2026-01-20", facts: "王大明在彭浦新村12号楼顶违法搭建彩钢板房约20平方米。", place: "彭浦新村12号楼顶" }, day("2026-02-02"));
  const video = upload(w, id, "拆除全程.mp4", MP4);
  const photo = upload(w, id, "拆除后.jpg", JPEG);
  const ctx = () => findVisibleCase(w.db, w.user("zhifa"), id)!.snapshot.context as any;
  const demolish = (time: string, endTime: string, files: number[], extra: object = {}) => ({ time, endTime, place: "彭浦新村12号楼顶", officers: officers(w), content: "拆除彩钢板房约20平方米，物品清点后交当事人。", witness: "李卫东，居民委员会工作人员", files, ...extra });

  it("decides a fine with a 限期拆除 order, and urges after its deadline", async () => {
    await drive(w, id, [
      ["lingdao", "FILE", { officers: officers(w), opinion: "同意立案" }, day("2026-02-03")],
      ["zhifa", "RECORD_ACT", { ...inspection(w), time: "2026-02-04T09:30", endTime: "2026-02-04T10:00" }, day("2026-02-04")],
      ["zhifa", "SUBMIT_REPORT", { facts: "未取得建设工程规划许可证搭建彩钢板房约20平方米，无法采取改正措施消除影响。", evidence: "现场检查笔录、照片", kind: "penalty", penalties: ["fine"], fine: 2000, confiscation: 0, reasons: "《中华人民共和国城乡规划法》第六十四条" }, day("2026-02-09")],
      ["lingdao", "APPROVE_CASE", { opinion: "同意", flags: [] }, day("2026-02-10")],
      ["zhifa", "SEND_NOTICE", { date: "2026-02-11", method: "direct" }, day("2026-02-11")],
      ["zhifa", "WAIVE", { date: "2026-02-12", note: "书面放弃" }, day("2026-02-12")],
      ["zhifa", "PROCEED", {}, day("2026-02-12", 11)],
      ["lingdao", "DECIDE", { kind: "penalty", penalties: ["fine"], fine: 2000, confiscation: 0, reasons: "按裁量基准", date: "2026-03-02", orderStructure: "楼顶彩钢板房约20平方米", orderDeadline: "2026-03-20" }, day("2026-03-02")],
      ["zhifa", "SERVE", { date: "2026-03-03", method: "direct", receiver: "王大明" }, day("2026-03-03")],
      ["zhifa", "RECORD_PAYMENT", { date: "2026-03-10", amount: 2000 }, day("2026-03-10")],
    ]);
    // The fine is paid, but the order keeps the case in 执行 (行政强制法 44).
    expect(findVisibleCase(w.db, w.user("zhifa"), id)!.state).toBe("executing");
    expect(await send(w, "lingdao", id, "CLOSE", {}, day("2026-03-11"))).toMatchObject({ status: 422, reasons: [expect.objectContaining({ guard: "orderCarriedOut" })] });
    expect(await send(w, "zhifa", id, "URGE_DEMOLITION", { date: "2026-03-20", method: "direct", deadline: "2026-04-03" }, day("2026-03-20"))).toMatchObject({ status: 422, reasons: [expect.objectContaining({ guard: "orderOverdue" })] });
    await drive(w, id, [["zhifa", "URGE_DEMOLITION", { date: "2026-03-23", method: "direct", deadline: "2026-04-03" }, day("2026-03-23")]]);
    const doc = w.db.select().from(documents).where(eq(documents.caseId, id)).all().find((d) => d.title === "催告书");
    expect(doc?.number).toMatch(/^彭执催〔2026〕\d+号$/);
  });

  it("hears the party, decides enforcement after the 催告 deadline, serves it and announces", async () => {
    await drive(w, id, [["zhifa", "RECORD_URGE_STATEMENT", { date: "2026-03-25", content: "房子自用，请求缓拆。", result: "rejected", reason: "不属于拆除的正当理由" }, day("2026-03-25")]]);
    expect(await send(w, "lingdao", id, "DECIDE_ENFORCEMENT", { date: "2026-04-03", method: "demolish", reasons: "逾期不拆除", schedule: "公告期满且复议、诉讼期限届满后的工作日白天" }, day("2026-04-03"))).toMatchObject({ status: 422, reasons: [expect.objectContaining({ guard: "urgeDeadlinePassed" })] });
    await drive(w, id, [
      ["lingdao", "DECIDE_ENFORCEMENT", { date: "2026-04-07", method: "demolish", reasons: "当事人经催告逾期仍不拆除，无正当理由", schedule: "公告期满且复议、诉讼期限届满后的工作日白天" }, day("2026-04-07")],
      ["zhifa", "SERVE_ENFORCEMENT", { date: "2026-04-08", method: "direct", receiver: "王大明" }, day("2026-04-08")],
      ["zhifa", "ANNOUNCE_DEMOLITION", { date: "2026-04-09", deadline: "2026-04-20", place: "彭浦新村12号楼道口及现场" }, day("2026-04-09")],
    ]);
    const titles = w.db.select().from(documents).where(eq(documents.caseId, id)).all().map((d) => [d.title, d.number]);
    expect(titles).toEqual(expect.arrayContaining([["强制执行决定书", expect.stringMatching(/^彭执强决〔2026〕\d+号$/)], ["强制拆除公告", expect.stringMatching(/^彭执拆告〔2026〕\d+号$/)]]));
    // Six months from service of the 强制执行决定 (8 April) end on 8 October.
    expect(caseDetail(w.db, id).deadlines.find((d) => d.key === "demolition-periods")).toMatchObject({ due: "2026-10-08", voluntary: true });
  });

  it("refuses the demolition before the challenge periods end, on 国庆, at night and without video; takes it after them with one", async () => {
    const before = await send(w, "zhifa", id, "DEMOLISH", demolish("2026-08-20T09:00", "2026-08-20T16:00", [video]), day("2026-08-20", 17));
    expect(before).toMatchObject({ status: 422, reasons: [expect.objectContaining({ guard: "demolitionAfterChallengePeriods", basis: expect.stringContaining("第四十四条") })] });
    const holiday = await send(w, "zhifa", id, "DEMOLISH", demolish("2026-10-03T09:00", "2026-10-03T16:00", [video]), day("2026-10-03", 17));
    expect(holiday).toMatchObject({ status: 422, reasons: expect.arrayContaining([expect.objectContaining({ guard: "notAtNightOrRestDay", basis: expect.stringContaining("第四十三条") })]) });
    const night = await send(w, "zhifa", id, "DEMOLISH", demolish("2026-10-09T21:00", "2026-10-09T23:30", [video]), day("2026-10-10", 8));
    expect(night).toMatchObject({ status: 422, reasons: [expect.objectContaining({ guard: "notAtNightOrRestDay" })] });
    const noVideo = await send(w, "zhifa", id, "DEMOLISH", demolish("2026-10-09T09:00", "2026-10-09T16:00", [photo]), day("2026-10-09", 17));
    expect(noVideo).toMatchObject({ status: 422, reasons: [expect.objectContaining({ guard: "coerciveOnVideo" })] });
    await drive(w, id, [["zhifa", "DEMOLISH", demolish("2026-10-09T09:00", "2026-10-09T16:00", [video, photo]), day("2026-10-09", 17)]]);
    const c = ctx();
    expect(c.demolition.done).toMatchObject({ time: "2026-10-09T09:00", urgent: "" });
    expect(c.record.at(-1)).toMatchObject({ kind: "demolition", files: expect.arrayContaining([expect.objectContaining({ mime: "video/mp4" })]) });
    await drive(w, id, [["lingdao", "CLOSE", { note: "已强制拆除，罚款已缴清" }, day("2026-10-12")]]);
    expect(findVisibleCase(w.db, w.user("zhifa"), id)!.state).toBe("closed");
    // audit:verify checks the demolition's 现场笔录 against its event like any other entry.
    const audit = await verifyIntegrity(w.db);
    expect([audit.firstBrokenEntry, audit.brokenRecords]).toEqual([null, []]);
  });
});
