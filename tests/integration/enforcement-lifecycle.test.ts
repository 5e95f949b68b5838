import { eq } from "drizzle-orm";
import JSZip from "jszip";
import { documents, publications } from "../../db/schema";
import { caseDetail, findVisibleCase } from "../../app/cases/queries.server";
import { readBlob } from "../../app/files/storage.server";
import { seededWorld } from "./world";
import { drive, inspection, JPEG, MP4, REGISTRATION, register, REVIEW_OK, sanction, send, upload } from "./enforcement-world";

const w = await seededWorld();
const docText = async (sha256: string) => (await JSZip.loadAsync(readBlob(w.db, sha256)!.data)).file("word/document.xml")!.async("string");

describe("a major case that fails its first legal review and passes the second", async () => {
  const id = register(w);
  const photo = upload(w, id, "现场照片.jpg", JPEG);
  const video = upload(w, id, "查封全程.mp4", MP4);
  const zhifa = w.user("zhifa").id;
  const zhifa2 = w.user("zhifa2").id;

  it("is filed only with two officers holding valid certificates (APL 42)", async () => {
    const alone = await send(w, "lingdao", id, "FILE", { officers: [zhifa], opinion: "同意立案" }, "2026-09-01T02:00:00Z");
    expect(alone).toMatchObject({ status: 422, message: expect.stringContaining("不得少于两人") });
    const expired = await send(w, "lingdao", id, "FILE", { officers: [zhifa, w.user("zhifa3").id], opinion: "同意立案" }, "2026-09-01T02:00:00Z");
    expect(expired).toMatchObject({ status: 422, reasons: [expect.objectContaining({ guard: "officersCertified" })] });
    expect(await send(w, "zhifa", id, "FILE", { officers: [zhifa, zhifa2], opinion: "同意" }, "2026-09-01T02:00:00Z")).toMatchObject({ status: 403 });
    await drive(w, id, [["lingdao", "FILE", { officers: [zhifa, zhifa2], opinion: "同意立案调查" }, "2026-09-01T02:00:00Z"]]);
  });

  it("records acts with their files' hashes; a seizure without video is refused and leaves nothing behind", async () => {
    await drive(w, id, [["zhifa", "RECORD_ACT", inspection(w, [photo]), "2026-09-02T03:00:00Z"]]);
    const before = findVisibleCase(w.db, w.user("zhifa"), id)!.version;
    const seizure = (files: number[]) => ({ kind: "seal", time: "2026-09-02T11:00", endTime: "2026-09-02T11:30", place: "彭浦新村12号301室", officers: [w.user("zhifa").id, w.user("zhifa2").id], items: "电锤1把", reasons: "防止证据损毁", approval: "prior", approver: w.user("lingdao").id, approvedAt: "2026-09-02T10:30", informed: "yes", partyPresent: "yes", statement: "无异议", content: "查封电锤一把。", files: files });
    const refused = await send(w, "zhifa", id, "SEIZE", seizure([photo]), "2026-09-02T04:00:00Z");
    expect(refused).toMatchObject({ status: 422, message: expect.stringContaining("全程音像记录") });
    expect(findVisibleCase(w.db, w.user("zhifa"), id)!.version).toBe(before);
    await drive(w, id, [["zhifa", "SEIZE", seizure([photo, video]), "2026-09-02T05:00:00Z"]]);
    const record = (findVisibleCase(w.db, w.user("zhifa"), id)!.snapshot.context as any).record;
    expect(record[1].files).toEqual([
      expect.objectContaining({ name: "现场照片.jpg", mime: "image/jpeg", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }),
      expect.objectContaining({ name: "查封全程.mp4", mime: "video/mp4" }),
    ]);
  });

  it("goes through notice and statement to a decision blocked by 第五十八条 until review approves", async () => {
    await drive(w, id, [
      ["zhifa", "SUBMIT_REPORT", { facts: "王某某擅自拆除承重墙约3米。", evidence: "现场检查笔录、照片、录像", ...sanction(80000) }, "2026-09-10T02:00:00Z"],
      ["lingdao", "APPROVE_CASE", { opinion: "事实清楚，拟罚款8万元", flags: [] }, "2026-09-11T02:00:00Z"],
      ["zhifa", "SEND_NOTICE", { date: "2026-09-14", method: "direct" }, "2026-09-14T02:00:00Z"],
      ["zhifa", "WAIVE", { date: "2026-09-15", note: "当事人书面放弃陈述申辩和听证" }, "2026-09-15T02:00:00Z"],
      ["zhifa", "PROCEED", {}, "2026-09-15T03:00:00Z"],
    ]);
    const early = await send(w, "lingdao", id, "DECIDE", { ...sanction(80000), date: "2026-09-16" }, "2026-09-16T02:00:00Z");
    expect(early).toMatchObject({ status: 422, reasons: expect.arrayContaining([expect.objectContaining({ guard: "majorReviewApproved", basis: expect.stringContaining("第五十八条") })]) });
  });

  it("refuses an investigator as reviewer, keeps a failed round, and passes the corrected second round", async () => {
    await drive(w, id, [["zhifa", "SUBMIT_LEGAL_REVIEW", { materials: "调查终结报告、证据" }, "2026-09-16T02:00:00Z"]]);
    expect(await send(w, "zhifa", id, "LEGAL_REVIEW", { ...REVIEW_OK, outcome: "approved", opinion: "同意" }, "2026-09-17T02:00:00Z")).toMatchObject({ status: 403 });
    await drive(w, id, [
      ["shenhe", "LEGAL_REVIEW", { ...REVIEW_OK, facts: "problem", factsNote: "缺少房屋安全鉴定", outcome: "problems", opinion: "补充鉴定后再审" }, "2026-09-17T02:00:00Z"],
      ["zhifa", "SUBMIT_LEGAL_REVIEW", { materials: "补充房屋安全鉴定报告", corrections: "已委托鉴定并补充报告" }, "2026-09-18T02:00:00Z"],
      ["shenhe", "LEGAL_REVIEW", { ...REVIEW_OK, outcome: "approved", opinion: "同意作出处罚决定" }, "2026-09-21T02:00:00Z"],
      ["lingdao", "RECORD_COLLECTIVE", { date: "2026-09-22", start: "14:00", end: "15:00", place: "街道办事处第一会议室", chair: w.user("lingdao").id, attendees: [w.user("lingdao").id, w.user("lingdao2").id], opinions: "冯副主任：同意\n孙主任：同意", conclusion: "罚款8万元" }, "2026-09-22T02:00:00Z"],
      ["lingdao", "DECIDE", { ...sanction(80000), date: "2026-09-22" }, "2026-09-22T03:00:00Z"],
    ]);
    const c = findVisibleCase(w.db, w.user("zhifa"), id)!;
    const ctx = c.snapshot.context as any;
    expect(ctx.legalReviews.map((r: any) => [r.round, r.result.outcome, r.result.reviewer.qualificationNo])).toEqual([
      [1, "problems", "A20183101060001"],
      [2, "approved", "A20183101060001"],
    ]);
    const docs = caseDetail(w.db, id).documents;
    expect(docs.map((d) => [d.title, d.number])).toEqual(
      expect.arrayContaining([
        ["行政处罚事先告知书", "彭执告〔2026〕1号"],
        ["法制审核意见书", "彭执审〔2026〕1号"],
        ["法制审核意见书", "彭执审〔2026〕2号"],
        ["行政处罚决定书", "彭执罚决〔2026〕1号"],
      ]),
    );
    const decision = await docText(docs.find((d) => d.title === "行政处罚决定书")!.sha256);
    expect(decision).toContain("罚款80,000元");
    expect(decision).toContain("每日按罚款数额的百分之三加处罚款");
    const opinion1 = await docText(docs.find((d) => d.number === "彭执审〔2026〕1号")!.sha256);
    expect(opinion1).toContain("缺少房屋安全鉴定");
  });

  it("publishes a redacted text within the deadline, and the public row never holds the name, ID or phone", async () => {
    const refused = await send(w, "zhifa", id, "PUBLISH", { text: `当事人王大明，身份证${REGISTRATION.idNumber}`, confirmed: "yes" }, "2026-09-23T02:00:00Z");
    expect(refused).toMatchObject({ status: 422, reasons: [expect.objectContaining({ guard: "publicTextRedacted" })] });
    const { caseView } = await import("../../app/cases/case-view.server");
    const view = caseView(w.db, w.user("zhifa"), findVisibleCase(w.db, w.user("zhifa"), id)!);
    const draft = view.actions.find((a) => a.type === "PUBLISH")!.defaults.text;
    expect(draft).toContain("当事人：王某某");
    await drive(w, id, [["zhifa", "PUBLISH", { text: draft, confirmed: "yes" }, "2026-09-23T02:00:00Z"]]);
    const row = w.db.select().from(publications).where(eq(publications.caseId, id)).get()!;
    expect(row).toMatchObject({ status: "published", number: "彭执罚决〔2026〕1号", party: "王某某" });
    for (const secret of ["王大明", REGISTRATION.idNumber, REGISTRATION.phone, REGISTRATION.address]) expect(JSON.stringify(row)).not.toContain(secret);
    const deadline = caseDetail(w.db, id).deadlines.find((d) => d.label === "决定公示");
    expect(deadline).toMatchObject({ due: "2026-10-09", status: "met" });
  });

  it("is served, paid late with the surcharge computed, closed and archived", async () => {
    await drive(w, id, [["zhifa", "SERVE", { date: "2026-09-23", method: "direct", receiver: "王大明" }, "2026-09-23T03:00:00Z"]]);
    // Due 8 October (15 days, moved past National Day); paid 12 October: 4 days late, 3% a day of 80,000.
    const short = await send(w, "zhifa", id, "RECORD_PAYMENT", { date: "2026-10-12", amount: 80000 }, "2026-10-12T02:00:00Z");
    expect(short.status).toBe(200);
    const ctx = findVisibleCase(w.db, w.user("zhifa"), id)!.snapshot.context as any;
    expect(ctx.payments[0].surcharge).toBe(9600);
    expect(findVisibleCase(w.db, w.user("zhifa"), id)!.state).toBe("executing");
    await drive(w, id, [
      ["zhifa", "RECORD_PAYMENT", { date: "2026-10-12", amount: 9600 }, "2026-10-12T03:00:00Z"],
    ]);
    // The seized hammer is still held: the case closes only once it is released (行政强制法 27, 28).
    expect(await send(w, "lingdao", id, "CLOSE", { note: "执行完毕" }, "2026-10-12T04:00:00Z")).toMatchObject({ status: 422, reasons: [expect.objectContaining({ guard: "seizuresEnded" })] });
    await drive(w, id, [
      ["lingdao", "END_SEIZURE", { n: 1, outcome: "release", ground: "decided", date: "2026-09-30", reason: "已作出处罚决定，不再需要查封" }, "2026-10-12T05:00:00Z"],
      ["lingdao", "CLOSE", { note: "执行完毕" }, "2026-10-13T02:00:00Z"],
      ["zhifa", "ARCHIVE", {}, "2026-10-14T02:00:00Z"],
    ]);
    expect(findVisibleCase(w.db, w.user("zhifa"), id)!.state).toBe("archived");
    expect(w.db.select().from(documents).where(eq(documents.caseId, id)).all().map((d) => d.template)).toContain("enforcement-closing");
  });

  it("withdraws the publication after the decision is revoked, keeping only the reason public", async () => {
    await drive(w, id, [
      ["zhifa", "RECORD_REVOCATION", { kind: "revoked", date: "2026-10-30", reason: "行政复议决定撤销" }, "2026-10-30T02:00:00Z"],
      ["zhifa", "WITHDRAW_PUBLICATION", { cause: "revoked", reason: "该决定已被行政复议机关撤销" }, "2026-11-02T02:00:00Z"],
    ]);
    expect(w.db.select().from(publications).where(eq(publications.caseId, id)).get()).toMatchObject({ status: "withdrawn", withdrawReason: "该决定已被行政复议机关撤销" });
  });
});

describe("a simple on-the-spot case and a general non-major case", () => {
  it("the simple case is decided on the spot within APL 51 limits, numbered, filed with the office and closed", async () => {
    const id = register(w, { ...REGISTRATION, track: "simple", matter: "waste", facts: "混合投放生活垃圾，经劝阻拒不改正。" }, "2026-09-03T01:00:00Z");
    const over = await send(w, "zhifa", id, "DECIDE_ON_SPOT", { officers: [w.user("zhifa").id, w.user("zhifa2").id], penalty: "fine", fine: 500, date: "2026-09-03", time: "10:00", reasons: "x", certificateShown: "yes", informed: "yes", signed: "signed" }, "2026-09-03T02:00:00Z");
    expect(over).toMatchObject({ status: 422, message: expect.stringContaining("200元以下") });
    // APL 52: the form states the hour of the penalty, so it cannot be decided without one.
    const untimed = await send(w, "zhifa", id, "DECIDE_ON_SPOT", { officers: [w.user("zhifa").id, w.user("zhifa2").id], penalty: "fine", fine: 100, date: "2026-09-03", reasons: "x", certificateShown: "yes", informed: "yes", signed: "signed" }, "2026-09-03T02:00:00Z");
    expect(untimed).toMatchObject({ status: 400 });
    expect(JSON.stringify(untimed)).toContain("处罚时间");
    await drive(w, id, [
      ["zhifa", "DECIDE_ON_SPOT", { officers: [w.user("zhifa").id, w.user("zhifa2").id], penalty: "fine", fine: 100, date: "2026-09-03", time: "10:00", reasons: "违反《上海市生活垃圾管理条例》第二十五条", certificateShown: "yes", informed: "yes", signed: "signed" }, "2026-09-03T02:00:00Z"],
      ["zhifa", "RECORD_PAYMENT", { date: "2026-09-03", amount: 100 }, "2026-09-03T03:00:00Z"],
      ["lingdao", "FILE_WITH_OFFICE", {}, "2026-09-04T02:00:00Z"],
      ["lingdao", "CLOSE", {}, "2026-09-04T03:00:00Z"],
    ]);
    expect(caseDetail(w.db, id).documents.map((d) => d.number)).toContain("彭执当罚〔2026〕1号");
  });

  it("the non-major case is decided without legal review and its statement re-examined", async () => {
    const id = register(w, { ...REGISTRATION, matter: "noise", partyName: "李小华", idNumber: "", facts: "在居民区使用高音喇叭招揽顾客。" }, "2026-09-05T01:00:00Z");
    await drive(w, id, [
      ["lingdao", "FILE", { officers: [w.user("zhifa").id, w.user("zhifa2").id], opinion: "同意" }, "2026-09-07T02:00:00Z"],
      ["zhifa", "RECORD_ACT", { ...inspection(w), kind: "inquiry", time: "2026-09-08T10:00", endTime: "2026-09-08T10:40", content: "问：是否使用高音喇叭?答：是。" }, "2026-09-08T03:00:00Z"],
      ["zhifa", "SUBMIT_REPORT", { facts: "使用高音喇叭。", evidence: "询问笔录", ...sanction(500) }, "2026-09-09T02:00:00Z"],
      ["lingdao", "APPROVE_CASE", { opinion: "同意" }, "2026-09-09T03:00:00Z"],
      ["zhifa", "SEND_NOTICE", { date: "2026-09-10", method: "direct" }, "2026-09-10T02:00:00Z"],
    ]);
    const heavier = await send(w, "zhifa", id, "RECORD_REPRESENTATION", { date: "2026-09-11", content: "初犯", result: "rejected", reason: "不成立", revisedFine: 800 }, "2026-09-11T02:00:00Z");
    expect(heavier).toMatchObject({ status: 422, reasons: [expect.objectContaining({ basis: expect.stringContaining("第四十五条") })] });
    await drive(w, id, [
      ["zhifa", "RECORD_REPRESENTATION", { date: "2026-09-11", content: "初犯，已改正", result: "partly", reason: "已改正，从轻", revisedFine: 200 }, "2026-09-11T02:00:00Z"],
      ["zhifa", "PROCEED", {}, "2026-09-11T03:00:00Z"],
      ["lingdao", "DECIDE", { ...sanction(200), date: "2026-09-12" }, "2026-09-12T02:00:00Z"],
    ]);
    expect(findVisibleCase(w.db, w.user("zhifa"), id)!.state).toBe("serving");
  });

  it("another street's staff cannot see the case", () => {
    const id = register(w, REGISTRATION, "2026-09-06T01:00:00Z");
    expect(findVisibleCase(w.db, w.user("suozhang2"), id)).toBeNull();
  });
});
