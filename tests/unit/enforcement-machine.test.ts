import { listActions, replay, topState } from "../../workflows/engine/run";
import { enforcementProcedure as proc } from "../../workflows/enforcement";
import { majorReasons } from "../../workflows/enforcement/catalogue";
import { officialCalendar } from "./fixtures";
import { caseInput, certified, collective, guardsOf, inspection, leader, newCase, noticed, officerA, refuse, reviewer, sanction, step, two } from "./enforcement-helpers";

const at = (d: string) => `${d}T02:00:00Z`;
const reviewerRef = { id: reviewer.id, name: reviewer.name, roles: ["legal_reviewer"], officeId: 30, qualificationNo: "A20183101060001" };
const allOk = Object.fromEntries(["subject", "procedure", "facts", "law", "authority", "documents", "crime"].map((k) => [k, "ok"]));

describe("立案 and the officers (APL 42)", () => {
  it("cannot be filed with one officer, nor with an expired certificate", () => {
    expect(guardsOf(refuse(newCase(), "FILE", { officers: [two[0]], opinion: "同意" }, at("2026-09-01"), leader))).toEqual(["twoOfficers"]);
    const expired = [two[0], certified(45, "过期队员", "2026-06-30")];
    const r = refuse(newCase(), "FILE", { officers: expired, opinion: "同意" }, at("2026-09-01"), leader);
    expect(r.kind === "refused" && r.reasons[0]).toMatchObject({ guard: "officersCertified", basis: expect.stringContaining("第四十二条") });
  });

  it("files with two certified officers and starts the 90-day decision period (APL 60)", () => {
    const s = step(newCase("general", "2026-07-03T01:00:00Z"), "FILE", { officers: two, opinion: "同意立案" }, "2026-07-04T02:00:00Z", leader);
    expect(s.state).toBe("investigating");
    // 90 days from 4 July 2026 is 2 October, a holiday: the period ends on 8 October (RULES §7).
    const decision = proc.deadlines(s.context, officialCalendar).find((d) => d.key === "decision");
    expect(decision?.due).toBe("2026-10-08");
  });
});

describe("追责时效 (APL 36)", () => {
  it("an act undiscovered for two years cannot be filed or punished on the spot; 不予立案 remains", () => {
    const late = newCase("general", "2026-09-01T01:00:00Z", { occurredOn: "2024-08-20", discoveredOn: "2026-08-25" });
    const r = refuse(late, "FILE", { officers: two, opinion: "同意" }, at("2026-09-01"), leader);
    expect(r.kind === "refused" && r.reasons[0]).toMatchObject({ guard: "withinLimitation", basis: expect.stringContaining("第三十六条") });
    expect(step(late, "NOT_FILE", { reason: "已超过追责时效" }, at("2026-09-01"), leader).state).toBe("notFiled");
    const onSpot = newCase("simple", "2026-09-01T01:00:00Z", { occurredOn: "2024-08-20", discoveredOn: "2026-08-25" });
    expect(guardsOf(refuse(onSpot, "DECIDE_ON_SPOT", { officers: two, penalty: "warning", fine: 0, date: "2026-09-01", time: "09:00", reasons: "x", certificateShown: "yes", informed: "yes", signed: "signed" }, at("2026-09-01")))).toEqual(["withinLimitation"]);
  });

  it("five years where life, health or financial safety is involved; cases without a discovery day use the registration day", () => {
    const grave = newCase("general", "2026-09-01T01:00:00Z", { occurredOn: "2022-09-01", discoveredOn: "2026-08-25", limitation: "five" });
    expect(step(grave, "FILE", { officers: two, opinion: "同意" }, at("2026-09-01"), leader).state).toBe("investigating");
    const older = newCase("general", "2026-09-02T01:00:00Z", { occurredOn: "2024-09-01", discoveredOn: undefined });
    expect(guardsOf(refuse(older, "FILE", { officers: two, opinion: "同意" }, at("2026-09-02"), leader))).toEqual(["withinLimitation"]);
  });
});

describe("回避 (APL 43)", () => {
  const filed = () => step(newCase(), "FILE", { officers: two, opinion: "同意" }, at("2026-09-01"), leader).snapshot;
  const liu = { ...two[0] };
  const zhao = certified(45, "赵队员");

  it("a granted recusal needs a certified replacement when two officers would not remain in charge", () => {
    const alone = refuse(filed(), "RECUSAL", { officer: liu, reason: "系当事人近亲属", decision: "granted" }, at("2026-09-03"), leader);
    expect(alone.kind === "refused" && alone.reasons[0]).toMatchObject({ guard: "recusalKeepsTwoOfficers", basis: expect.stringContaining("第四十三条") });
    const expired = certified(46, "过期队员", "2026-06-30");
    expect(guardsOf(refuse(filed(), "RECUSAL", { officer: liu, reason: "系近亲属", decision: "granted", replacement: expired }, at("2026-09-03"), leader))).toEqual(["recusalKeepsTwoOfficers"]);
  });

  it("takes the officer off the case and off every later act; the replacement is in charge", () => {
    const s = step(filed(), "RECUSAL", { officer: liu, reason: "系当事人近亲属", decision: "granted", replacement: zhao }, at("2026-09-03"), leader);
    expect(s.state).toBe("investigating");
    expect(s.context.filing!.officers.map((o: { name: string }) => o.name)).toEqual(["马队员", "赵队员"]);
    expect(s.context.recusals[0]).toMatchObject({ officer: { id: 41 }, decision: "granted", replacement: { id: 45, certNo: zhao.certNo } });
    const ma = { id: 42, name: "马队员", roles: ["enforcement_officer"], officeId: 30 };
    expect(guardsOf(refuse(s.snapshot, "RECORD_ACT", { ...inspection, time: "2026-09-03T09:00", endTime: "2026-09-03T09:40" }, at("2026-09-03"), ma))).toEqual(["noRecusedOfficer"]);
    expect(step(s.snapshot, "RECORD_ACT", { ...inspection, time: "2026-09-03T09:00", endTime: "2026-09-03T09:40", officers: [two[1], zhao] }, at("2026-09-03"), ma).context.record).toHaveLength(1);
    // Decided once: the same officer cannot be recused again, nor someone who never worked on the case.
    expect(guardsOf(refuse(s.snapshot, "RECUSAL", { officer: liu, reason: "再次申请", decision: "refused" }, at("2026-09-04"), leader))).toEqual(["recusalOfCaseOfficer"]);
    expect(guardsOf(refuse(filed(), "RECUSAL", { officer: zhao, reason: "x", decision: "refused" }, at("2026-09-04"), leader))).toEqual(["recusalOfCaseOfficer"]);
  });

  it("the replacement must be new to the case and neither its hearing chair nor a reviewer; the recused officer handles nothing more", () => {
    const three = step(filed(), "RECUSAL", { officer: liu, reason: "系近亲属", decision: "granted", replacement: zhao }, at("2026-09-03"), leader).snapshot;
    // 马 is already in charge: naming him would leave one officer in fact.
    expect(guardsOf(refuse(filed(), "RECUSAL", { officer: liu, reason: "系近亲属", decision: "granted", replacement: two[1] }, at("2026-09-03"), leader))).toEqual(["recusalKeepsTwoOfficers"]);
    const recused = { ...officerA };
    const s = step(three, "RECORD_ACT", { ...inspection, time: "2026-09-03T09:00", endTime: "2026-09-03T09:40", officers: [two[1], zhao] }, at("2026-09-03"), { id: 42, name: "马队员", roles: ["enforcement_officer"], officeId: 30 }).snapshot;
    const r = refuse(s, "SUBMIT_REPORT", { facts: "x", evidence: "y", ...sanction(3000) }, at("2026-09-04"), recused);
    expect(r.kind === "refused" && r.reasons.map((x) => x.guard)).toEqual(["actorNotRecused"]);
    expect(listActions(proc, s, recused, at("2026-09-04"), () => null).find((a) => a.type === "SUBMIT_REPORT")?.reasons[0]?.message).toContain("回避");
  });

  it("a refused recusal changes nothing but the record of it", () => {
    const s = step(filed(), "RECUSAL", { officer: liu, reason: "认为处理不公", decision: "refused" }, at("2026-09-03"), leader);
    expect(s.context.filing!.officers.map((o: { id: number }) => o.id)).toEqual([41, 42]);
    expect(s.context.recusals).toHaveLength(1);
    expect(step(s.snapshot, "RECORD_ACT", { ...inspection, time: "2026-09-03T09:00", endTime: "2026-09-03T09:40" }, at("2026-09-03")).context.record).toHaveLength(1);
  });
});

describe("full-process recording (118 §7–9)", () => {
  const filed = () => step(newCase(), "FILE", { officers: two, opinion: "同意" }, at("2026-09-01"), leader).snapshot;

  it("an inquiry needs two officers present", () => {
    expect(guardsOf(refuse(filed(), "RECORD_ACT", { ...inspection, kind: "inquiry", officers: [two[0]] }, at("2026-09-02")))).toEqual(["actHasTwoOfficers"]);
  });

  it("acts in the case-handling room cannot be recorded without a video; 查封扣押 and 强制拆除 are not plain entries", () => {
    const photo = { sha256: "a".repeat(64), name: "现场.jpg", mime: "image/jpeg" };
    const video = { sha256: "b".repeat(64), name: "全程.mp4", mime: "video/mp4" };
    expect(guardsOf(refuse(filed(), "RECORD_ACT", { ...inspection, kind: "inquiry", inCaseRoom: "yes", files: [photo] }, at("2026-09-02")))).toEqual(["videoWhereRequired"]);
    const s = step(filed(), "RECORD_ACT", { ...inspection, kind: "inquiry", inCaseRoom: "yes", files: [photo, video] }, at("2026-09-02"));
    expect(s.context.record[0].files.map((f: { mime: string }) => f.mime)).toEqual(["image/jpeg", "video/mp4"]);
    // Before and after 立案 alike, they go through SEIZE and DEMOLISH (行政强制法 18, 24, 44).
    for (const kind of ["seizure", "demolition"]) {
      expect(guardsOf(refuse(newCase(), "RECORD_ACT", { ...inspection, kind, files: [video] }, at("2026-09-02")))).toEqual(["coerciveActsByTheirOwnSteps"]);
      expect(guardsOf(refuse(filed(), "RECORD_ACT", { ...inspection, kind, files: [video] }, at("2026-09-02")))).toEqual(["coerciveActsByTheirOwnSteps"]);
    }
  });

  it("is append-only: a correction is a new entry that points at the one it corrects", () => {
    let s = step(filed(), "RECORD_ACT", inspection, at("2026-09-02")).snapshot;
    expect(guardsOf(refuse(s, "RECORD_ACT", { ...inspection, corrects: 1 }, at("2026-09-03")))).toEqual(["correctionPointsAtEntry"]);
    s = step(s, "RECORD_ACT", { ...inspection, content: "更正:拆除约2.5米。", corrects: 1, correctionReason: "丈量有误" }, at("2026-09-03")).snapshot;
    const record = (s.context as any).record;
    expect(record.map((r: any) => [r.seq, r.corrects, r.content.slice(0, 3)])).toEqual([[1, null, "现场检"], [2, 1, "更正:"]]);
  });

  it("an act cannot be dated after it is recorded, nor end after it is recorded", () => {
    expect(guardsOf(refuse(filed(), "RECORD_ACT", { ...inspection, time: "2026-09-02T11:00", endTime: "2026-09-02T11:30" }, "2026-09-02T02:00:00Z"))).toEqual(["actTimeNotFuture"]);
    expect(guardsOf(refuse(filed(), "RECORD_ACT", { ...inspection, endTime: "2026-09-02T10:30" }, "2026-09-02T02:00:00Z"))).toEqual(["actTimeNotFuture"]);
  });

  it("a 笔录 states when the act began and ended (APL 55); other acts may leave the end out", () => {
    const { endTime: _, ...open } = inspection;
    const missing = refuse(filed(), "RECORD_ACT", open, "2026-09-02T02:00:00Z");
    expect(guardsOf(missing)).toEqual(["endTime"]);
    expect(missing.kind === "invalid" && missing.issues[0].message).toBe("结束时间：现场检查（勘验）的笔录须写明起止时间");
    expect(guardsOf(refuse(filed(), "RECORD_ACT", { ...inspection, endTime: "2026-09-02T09:30" }, "2026-09-02T02:00:00Z"))).toEqual(["endTime"]);
    expect(step(filed(), "RECORD_ACT", { ...open, kind: "service", officers: [two[0]] }, "2026-09-02T02:00:00Z").context.record).toHaveLength(1);
  });

  it("preserved evidence must be handled before the investigation ends (APL 56)", () => {
    let s = step(filed(), "RECORD_ACT", inspection, at("2026-09-02")).snapshot;
    s = step(s, "RECORD_ACT", { ...inspection, kind: "preservation", items: "电锤一把", approver: { id: leader.id, name: leader.name, roles: ["street_leader"], officeId: 30 } }, at("2026-09-02")).snapshot;
    expect(guardsOf(refuse(s, "SUBMIT_REPORT", { facts: "x", evidence: "y", ...sanction(60000) }, at("2026-09-10")))).toEqual(["preservationsHandled"]);
    const deadline = proc.deadlines(s.context as any, officialCalendar).find((d) => d.key === "preservation-2");
    expect(deadline).toMatchObject({ start: "2026-09-02", due: "2026-09-11", legalBasis: expect.stringContaining("第五十六条") });
    s = step(s, "HANDLE_PRESERVATION", { entry: 2, on: "2026-09-08", outcome: "解除登记保存" }, at("2026-09-08"), leader).snapshot;
    expect(step(s, "SUBMIT_REPORT", { facts: "x", evidence: "y", ...sanction(60000) }, at("2026-09-10")).state).toBe("caseReview");
  });
});

describe("事先告知, 陈述申辩 and 听证", () => {
  it("a fine below the hearing threshold gives no hearing right", () => {
    const s = noticed(3000);
    expect((s.context as any).notice.hearingRight).toBe(false);
    expect(guardsOf(refuse(s, "REQUEST_HEARING", { date: "2026-09-15", windowDue: "2026-09-21" }, at("2026-09-15")))).toEqual(["hearingRight"]);
  });

  it("re-examination may not make the penalty heavier than announced (APL 45)", () => {
    const r = refuse(noticed(60000), "RECORD_REPRESENTATION", { date: "2026-09-15", content: "不服", result: "rejected", reason: "理由不成立", revisedFine: 80000 }, at("2026-09-15"));
    expect(r.kind === "refused" && r.reasons[0]).toMatchObject({ guard: "notHeavierThanNotice", basis: expect.stringContaining("第四十五条") });
  });

  it("the hearing is asked for within 5 working days, noticed 7 working days ahead, chaired by a non-investigator", () => {
    let s = noticed(60000);
    expect(guardsOf(refuse(s, "REQUEST_HEARING", { date: "2026-09-22", windowDue: "2026-09-21" }, at("2026-09-22")))).toEqual(["withinHearingRequestWindow"]);
    s = step(s, "REQUEST_HEARING", { date: "2026-09-18", windowDue: "2026-09-21" }, at("2026-09-18")).snapshot;
    const chair = { id: 46, name: "吴主持", roles: ["judicial_staff"], officeId: 30 };
    const early = { date: "2026-09-28", time: "09:30", place: "听证室", chair, clerk: { id: 47, name: "钱书记员", roles: ["judicial_staff"], officeId: 30 }, noticeServedOn: "2026-09-21", earliest: "2026-09-30" };
    expect(guardsOf(refuse(s, "SCHEDULE_HEARING", early, at("2026-09-21"), leader))).toEqual(["hearingNoticeSevenDays"]);
    const investigator = { ...early, date: "2026-10-09", chair: { ...two[1] } };
    expect(guardsOf(refuse(s, "SCHEDULE_HEARING", investigator, at("2026-09-21"), leader))).toEqual(["chairNotInvestigator"]);
    s = step(s, "SCHEDULE_HEARING", { ...early, date: "2026-10-09", number: "彭执听〔2026〕1号" }, at("2026-09-21"), leader).snapshot;
    expect(guardsOf(refuse(s, "HEARING_HELD", { date: "2026-10-09", start: "11:10", end: "09:30", partyAbsent: "no", record: "听证笔录……" }, at("2026-10-09")))).toEqual(["end"]);
    const held = step(s, "HEARING_HELD", { date: "2026-10-09", start: "09:30", end: "11:10", partyAbsent: "no", record: "听证笔录……" }, at("2026-10-09"));
    expect(held.state).toBe("deciding");
    // A case decided after a hearing is major (APL 58(2)).
    expect(majorReasons(held.context).map((r) => r.basis)).toContain("《中华人民共和国行政处罚法》第五十八条第一款第二项");
  });

  it("the decision waits for the statement window unless the party waived in writing", () => {
    const s = noticed(3000);
    expect(guardsOf(refuse(s, "PROCEED", { windowDue: "2026-09-21" }, at("2026-09-16")))).toEqual(["representationsClosed"]);
    expect(step(s, "PROCEED", { windowDue: "2026-09-21" }, at("2026-09-22")).state).toBe("deciding");
    const waived = step(s, "WAIVE", { date: "2026-09-15", note: "当事人书面放弃" }, at("2026-09-15")).snapshot;
    expect(step(waived, "PROCEED", { windowDue: "2026-09-21" }, at("2026-09-15")).state).toBe("deciding");
  });
});

describe("法制审核 of a major case (APL 58, 118 §12–13)", () => {
  const deciding = () => step(noticed(60000), "PROCEED", { windowDue: "2026-09-21" }, at("2026-09-22")).snapshot;
  const decide = { ...sanction(60000), date: "2026-09-30", socialImpact: "no", number: "彭执罚决〔2026〕1号" };

  it("a major case's decision is visibly unavailable, citing 第五十八条, until a review approves it", () => {
    const s = deciding();
    const d = listActions(proc, s, leader, at("2026-09-22"), () => null).find((a) => a.type === "DECIDE");
    expect(d?.available).toBe(false);
    expect(d?.reasons.map((r) => r.basis).join()).toContain("《中华人民共和国行政处罚法》第五十八条");
    expect(guardsOf(refuse(s, "DECIDE", decide, at("2026-09-30"), leader))).toContain("majorReviewApproved");
  });

  it("the reviewer must hold a legal qualification and not have investigated the case", () => {
    const s = step(deciding(), "SUBMIT_LEGAL_REVIEW", { materials: "调查终结报告" }, at("2026-09-22")).snapshot;
    const review = { ...allOk, outcome: "approved", opinion: "同意", number: "彭执审〔2026〕1号" };
    expect(guardsOf(refuse(s, "LEGAL_REVIEW", { ...review, reviewer: { ...reviewerRef, qualificationNo: null } }, at("2026-09-23"), reviewer))).toEqual(["reviewerQualified"]);
    expect(guardsOf(refuse(s, "LEGAL_REVIEW", { ...review, reviewer: { ...reviewerRef, id: officerA.id } }, at("2026-09-23"), officerA))).toEqual(["reviewerNotInvestigator"]);
  });

  it("fails a first review, is corrected and passes the second; both rounds are kept", () => {
    let s = step(deciding(), "SUBMIT_LEGAL_REVIEW", { materials: "调查终结报告" }, at("2026-09-22")).snapshot;
    const problems = { ...allOk, facts: "problem", factsNote: "缺少结构安全鉴定", outcome: "problems", opinion: "补充证据后再审", reviewer: reviewerRef, number: "彭执审〔2026〕1号" };
    s = step(s, "LEGAL_REVIEW", problems, at("2026-09-23"), reviewer).snapshot;
    expect(guardsOf(refuse(s, "DECIDE", decide, at("2026-09-30"), leader))).toContain("majorReviewApproved");
    expect(guardsOf(refuse(s, "SUBMIT_LEGAL_REVIEW", { materials: "补充鉴定" }, at("2026-09-24")))).toEqual(["correctionsAfterProblems"]);
    s = step(s, "SUBMIT_LEGAL_REVIEW", { materials: "补充鉴定", corrections: "已补充房屋安全鉴定报告" }, at("2026-09-24")).snapshot;
    s = step(s, "LEGAL_REVIEW", { ...allOk, outcome: "approved", opinion: "同意", reviewer: reviewerRef, number: "彭执审〔2026〕2号" }, at("2026-09-25"), reviewer).snapshot;
    // APL 57: a major penalty is decided collectively.
    expect(guardsOf(refuse(s, "DECIDE", decide, at("2026-09-30"), leader))).toEqual(["collectiveWhereRequired"]);
    s = step(s, "RECORD_COLLECTIVE", collective("2026-09-28", "罚款6万元"), at("2026-09-28"), leader).snapshot;
    const decided = step(s, "DECIDE", decide, at("2026-09-30"), leader);
    expect(decided.state).toBe("serving");
    expect(decided.context.legalReviews.map((r: any) => [r.round, r.result.outcome])).toEqual([[1, "problems"], [2, "approved"]]);
  });

  it("a problems outcome needs at least one item marked, and a marked item needs its note", () => {
    const s = step(deciding(), "SUBMIT_LEGAL_REVIEW", { materials: "调查终结报告" }, at("2026-09-22")).snapshot;
    const r = refuse(s, "LEGAL_REVIEW", { ...allOk, law: "problem", outcome: "approved", opinion: "x", reviewer: reviewerRef }, at("2026-09-23"), reviewer);
    expect(guardsOf(r).sort()).toEqual(["lawNote", "outcome"]);
  });
});

describe("a non-major case, decided, served, paid and closed", () => {
  it("runs to 归档 and replays to the same snapshot", () => {
    const events: { type: string; at: string; actor: any; payload: any }[] = [];
    let s = newCase();
    const go = (type: string, payload: object, when: string, actor = officerA) => {
      const r = step(s, type, payload, when, actor);
      events.push({ type, at: when, actor, payload: r.event.payload });
      s = r.snapshot;
      return r;
    };
    go("FILE", { officers: two, opinion: "同意" }, at("2026-09-01"), leader);
    go("RECORD_ACT", inspection, at("2026-09-02"));
    go("SUBMIT_REPORT", { facts: "x", evidence: "y", ...sanction(3000) }, at("2026-09-10"));
    go("APPROVE_CASE", { opinion: "同意", flags: [] }, at("2026-09-11"), leader);
    go("SEND_NOTICE", { date: "2026-09-14", method: "direct", number: "n1" }, at("2026-09-14"));
    go("PROCEED", { windowDue: "2026-09-21" }, at("2026-09-22"));
    expect(listActions(proc, s, leader, at("2026-09-22"), () => null).find((a) => a.type === "DECIDE")?.available).toBe(true);
    go("DECIDE", { ...sanction(3000), date: "2026-09-22", socialImpact: "no", number: "n2" }, at("2026-09-22"), leader);
    go("SERVE", { date: "2026-09-23", method: "direct", receiver: "王大明" }, at("2026-09-23"));
    expect(guardsOf(refuse(s, "CLOSE", {}, at("2026-09-24"), leader))).toEqual(["finePaidOrEnforced"]);
    go("RECORD_PAYMENT", { date: "2026-09-25", amount: 3000, surcharge: 0 }, at("2026-09-25"));
    go("CLOSE", {}, at("2026-09-26"), leader);
    const last = go("ARCHIVE", {}, at("2026-09-27"));
    expect(last.state).toBe("archived");
    const rebuilt = replay(proc, caseInput(), events);
    expect(topState(rebuilt.value)).toBe("archived");
    expect(rebuilt.context).toEqual(s.context);
  });
});

describe("简易程序 (APL 51, 52)", () => {
  it("refuses a fine above 200 yuan for a citizen and closes only after 备案", () => {
    const s = newCase("simple");
    expect(topState(s.value)).toBe("onSpot");
    const onSpot = { officers: two, penalty: "fine", fine: 300, date: "2026-09-01", time: "09:00", reasons: "混合投放", certificateShown: "yes", informed: "yes", signed: "signed", number: "彭执当罚〔2026〕1号" };
    expect(guardsOf(refuse(s, "DECIDE_ON_SPOT", onSpot, at("2026-09-01")))).toEqual(["onSpotWithinLimits"]);
    let d = step(s, "DECIDE_ON_SPOT", { ...onSpot, fine: 200 }, at("2026-09-01")).snapshot;
    d = step(d, "RECORD_PAYMENT", { date: "2026-09-01", amount: 200, surcharge: 0 }, at("2026-09-01")).snapshot;
    expect(guardsOf(refuse(d, "CLOSE", {}, at("2026-09-02"), leader))).toEqual(["filedWithOffice"]);
    d = step(d, "FILE_WITH_OFFICE", {}, at("2026-09-02"), leader).snapshot;
    expect(step(d, "CLOSE", {}, at("2026-09-02"), leader).state).toBe("closed");
  });
});
