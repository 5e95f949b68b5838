/**
 * Issue 12, as a court would read the enforcement record: what the party is told on the spot and in
 * the notice (APL 44, 45, 52), who discusses a major case and when (APL 57, 58), and the law's own
 * trigger of legal review that no street setting removes (APL 58 ¶1 (二)).
 */
import { describe, expect, it } from "vitest";
import { majorReasons, parseThresholds } from "../../workflows/enforcement/catalogue";
import type { EnforcementContext } from "../../workflows/enforcement/context";
import { noticeLetter, onSpotDecision } from "../../templates/enforcement/decision";
import { transferLetter } from "../../templates/enforcement/coercion";
import { officialCalendar as CALENDAR } from "./fixtures";
import { enforcementProcedure } from "../../workflows/enforcement";
import { applicationWindowEnd, challengePeriodsEnd, nextDue, owedSince, surchargeFor, urgeDue } from "../../workflows/enforcement/coercion/collection";
import { challengeableDecision, fineOwed } from "../../workflows/enforcement/guards";
import { collective, deputy, guardsOf, leader, newCase, noticed, officerA, refuse, step, two } from "./enforcement-helpers";

const at = (d: string) => `${d}T02:00:00Z`;
const ctx = (s: { context: unknown }) => s.context as EnforcementContext;
const onSpot = { officers: two, penalty: "fine", fine: 100, date: "2026-09-01", time: "09:00", reasons: "混合投放", certificateShown: "yes", informed: "yes", signed: "signed", number: "彭执当罚〔2026〕1号" };
const doc = (section: ReturnType<typeof noticeLetter>) => JSON.stringify(section);

describe("当场处罚: the certificate, the 告知 and the party's answer (APL 44, 45, 52)", () => {
  it("refuses a penalty without the certificate shown or the party told, citing the article", () => {
    for (const [field, article] of [["certificateShown", "第五十二条"], ["informed", "第四十四条"]] as const) {
      const { [field]: _gone, ...rest } = onSpot;
      const r = refuse(newCase("simple"), "DECIDE_ON_SPOT", rest, at("2026-09-01"));
      expect(r.kind).toBe("invalid");
      if (r.kind === "invalid") expect(r.issues.find((i) => i.path[0] === field)?.message).toContain(article);
    }
  });

  it("answers a statement before deciding, and notes a refusal to sign on the form", () => {
    const unanswered = refuse(newCase("simple"), "DECIDE_ON_SPOT", { ...onSpot, statement: "不知道要分类" }, at("2026-09-01"));
    expect(guardsOf(unanswered)).toEqual(["statementReview"]);
    const s = step(newCase("simple"), "DECIDE_ON_SPOT", { ...onSpot, statement: "不知道要分类", statementReview: "首次违法，按下限处罚", signed: "refused" }, at("2026-09-01")).snapshot;
    expect(ctx(s).decision?.onSpot).toEqual({ certificateShown: true, informed: true, statement: "不知道要分类", statementReview: "首次违法，按下限处罚", refusedToSign: true });
    const text = doc(onSpotDecision({ c: ctx(s), caseNumber: "", number: null, agency: "彭浦新村街道办事处", at: at("2026-09-01") }));
    expect(text).toContain("执法证号31060120041");
    expect(text).toContain("当事人陈述、申辩：不知道要分类。复核意见：首次违法，按下限处罚。");
    expect(text).toContain("当事人拒绝签收，执法人员已在本决定书上注明");
  });
});

describe("事先告知书 (APL 45)", () => {
  it("states the period for 陈述申辩 that the machine waits for, with or without hearing rights", () => {
    for (const fine of [3000, 60000]) {
      const text = doc(noticeLetter({ c: ctx(noticed(fine)), caseNumber: "", number: null, agency: "", at: at("2026-09-14") }));
      expect(text).toContain("有权进行陈述和申辩，可以在收到本告知书之日起5个工作日内向本机关提出");
    }
  });
});

describe("集体讨论 (APL 57, 58)", () => {
  const decidingMajor = () => step(noticed(60000), "WAIVE", { date: "2026-09-15", note: "书面放弃" }, at("2026-09-15")).snapshot;
  it("is refused in a major case before an approving legal review", () => {
    let s = step(decidingMajor(), "PROCEED", {}, at("2026-09-15")).snapshot;
    expect(guardsOf(refuse(s, "RECORD_COLLECTIVE", collective("2026-09-16"), at("2026-09-16"), leader))).toEqual(["collectiveAfterReview"]);
    s = step(s, "SUBMIT_LEGAL_REVIEW", { materials: "报告" }, at("2026-09-16")).snapshot;
    s = step(s, "LEGAL_REVIEW", { ...Object.fromEntries(["subject", "procedure", "facts", "law", "authority", "documents", "crime"].map((k) => [k, "ok"])), outcome: "approved", opinion: "同意", reviewer: { id: 44, name: "何审核", roles: ["legal_reviewer"], officeId: 30, qualificationNo: "A1" } }, at("2026-09-17"), { id: 44, name: "何审核", roles: ["legal_reviewer"], officeId: 30 }).snapshot;
    // Only the heads discuss, and every one of them is on the record.
    const officer = { ...officerA, roles: ["enforcement_officer"] };
    expect(guardsOf(refuse(s, "RECORD_COLLECTIVE", { ...collective("2026-09-18"), attendees: [leader, officer], opinions: "刘队员：同意\n孙主任：同意" }, at("2026-09-18"), leader))).toEqual(["collectiveByLeaders"]);
    expect(guardsOf(refuse(s, "RECORD_COLLECTIVE", { ...collective("2026-09-18"), opinions: "孙主任：同意：均同意" }, at("2026-09-18"), leader))).toEqual(["collectiveOpinionsRecorded"]);
    const dissent = "冯副主任：不同意：当事人已主动恢复，罚款6万元偏重\n孙主任：同意";
    s = step(s, "RECORD_COLLECTIVE", { ...collective("2026-09-18"), opinions: dissent }, at("2026-09-18"), leader).snapshot;
    expect(ctx(s).collective).toMatchObject({ chair: "孙主任", attendees: ["孙主任", "冯副主任"], members: [{ id: leader.id, name: "孙主任" }, { id: deputy.id, name: "冯副主任" }] });
    expect(ctx(s).collective?.opinionList?.[0]).toEqual({ name: "冯副主任", position: "disagree", text: "当事人已主动恢复，罚款6万元偏重" });
  });
});

describe("the law's trigger of legal review (APL 58 ¶1 (二))", () => {
  it("keeps a case that went through a hearing major, whatever the street's setting says", () => {
    const t = parseThresholds(JSON.stringify({ majorWhenHearing: false, majorFinePerson: 1_000_000 }));
    expect(t.majorWhenHearing).toBe(true);
    const c = { ...ctx(noticed(6000)), thresholds: { ...t, majorWhenHearing: false }, hearing: { requestedOn: "2026-09-15", scheduled: null, held: { date: "2026-09-28", partyAbsent: false, record: "听证" } } };
    expect(majorReasons(c).map((r) => r.basis)).toContain("《中华人民共和国行政处罚法》第五十八条第一款第二项");
  });
});

/** A 3000-yuan fine decided on 22 September 2026 and served the next day. */
export function servedFine(fine = 3000) {
  let s = step(noticed(fine), "WAIVE", { date: "2026-09-15", note: "书面放弃" }, at("2026-09-15")).snapshot;
  s = step(s, "PROCEED", {}, at("2026-09-15")).snapshot;
  s = step(s, "DECIDE", { kind: "penalty", penalties: ["fine"], fine, confiscation: 0, reasons: "按裁量基准", date: "2026-09-22", number: "彭执罚决〔2026〕3号" }, at("2026-09-22"), leader).snapshot;
  return step(s, "SERVE", { date: "2026-09-23", method: "direct", receiver: "王大明" }, at("2026-09-23")).snapshot;
}

describe("复议 and 应诉 (行政复议法 29, 48, 88; 行政诉讼法 67)", () => {
  const review = { kind: "review", organ: "上海市静安区人民政府", caseNumber: "静府复〔2026〕12号", filedOn: "2026-09-30", receivedOn: "2026-10-09", claims: "请求撤销处罚决定" };

  it("answers a review within 10 working days, and a change by the review lowers the fine owed", () => {
    let s = step(servedFine(), "REGISTER_CHALLENGE", review, at("2026-10-09")).snapshot;
    // Only one challenge at a time: a lawsuit on a decision under review is refused (行政复议法 29).
    expect(guardsOf(refuse(s, "REGISTER_CHALLENGE", { ...review, kind: "litigation", caseNumber: "（2026）沪0106行初1号" }, at("2026-10-10")))).toEqual(["noChallengePending"]);
    const due = enforcementProcedure.deadlines(ctx(s), CALENDAR).find((d) => d.key === "challenge-1")!;
    // 10 working days from 9 October 2026: the 10th (a Saturday worked after 国庆) counts.
    expect(due).toMatchObject({ due: "2026-10-22", status: "open", legalBasis: expect.stringContaining("第四十八条") });
    expect(guardsOf(refuse(s, "ANSWER_CHALLENGE", { date: "2026-10-08", content: "x", evidence: "y" }, at("2026-10-12")))).toEqual(["answerAfterReceipt"]);
    s = step(s, "ANSWER_CHALLENGE", { date: "2026-10-16", content: "事实清楚，程序合法。", evidence: "现场检查笔录\n询问笔录" }, at("2026-10-16")).snapshot;
    expect(enforcementProcedure.deadlines(ctx(s), CALENDAR).find((d) => d.key === "challenge-1")?.status).toBe("met");
    // A change may not make the fine heavier (行政复议法 63 ¶2).
    expect(guardsOf(refuse(s, "RECORD_CHALLENGE_OUTCOME", { kind: "changed", date: "2026-11-20", reason: "罚款过重", fine: 5000 }, at("2026-11-20")))).toEqual(["changeNotHeavier"]);
    s = step(s, "RECORD_CHALLENGE_OUTCOME", { kind: "changed", date: "2026-11-20", reason: "罚款过重", fine: 1000 }, at("2026-11-20")).snapshot;
    expect(ctx(s).revocation).toMatchObject({ kind: "changed", fine: 1000, reason: expect.stringContaining("静府复〔2026〕12号变更") });
    expect(fineOwed(ctx(s))).toBe(1000);
    expect(guardsOf(refuse(s, "RECORD_CHALLENGE_OUTCOME", { kind: "revoked", date: "2026-11-21", reason: "x" }, at("2026-11-21")))).toContain("challengePending");
  });

  it("answers a lawsuit within 15 days, and an upheld decision stays as it was", () => {
    let s = step(servedFine(), "REGISTER_CHALLENGE", { ...review, kind: "litigation", organ: "上海铁路运输法院", caseNumber: "（2026）沪7101行初5号" }, at("2026-10-09")).snapshot;
    // 15 days from 9 October end on Saturday 24 October: the period runs to the next working day.
    expect(enforcementProcedure.deadlines(ctx(s), CALENDAR).find((d) => d.key === "challenge-1")).toMatchObject({ due: "2026-10-26", legalBasis: "《中华人民共和国行政诉讼法》第六十七条" });
    s = step(s, "RECORD_CHALLENGE_OUTCOME", { kind: "upheld", date: "2026-12-01", reason: "驳回诉讼请求" }, at("2026-12-01")).snapshot;
    expect(ctx(s).revocation).toBeNull();
    expect(fineOwed(ctx(s))).toBe(3000);
  });

  it("is not offered on a transfer to the judicial organs, which decides nothing on the party", () => {
    expect(challengeableDecision.test({ ...ctx(servedFine()), decision: { ...ctx(servedFine()).decision!, kind: "transfer" } }, { type: "X", at: at("2026-10-09"), actor: officerA, payload: {} })).toBe(false);
  });
});

describe("collecting an unpaid fine (APL 66, 72, 73; 行政强制法 13, 53, 54)", () => {
  const payload = (s: ReturnType<typeof servedFine>, date: string) => ({
    date, court: "上海市静安区人民法院", urgeDue: urgeDue(ctx(s), CALENDAR) ?? undefined, periodsEnd: challengePeriodsEnd(ctx(s), CALENDAR) ?? undefined, windowEnd: applicationWindowEnd(ctx(s), CALENDAR) ?? undefined,
  });

  it("urges only after the payment period, applies to the court only ten working days after and once the challenge periods ran, within three months", () => {
    let s = servedFine();
    // Served 23 September: 15 days end on 8 October.
    expect(nextDue(ctx(s), CALENDAR, 3000)).toBe("2026-10-08");
    expect(guardsOf(refuse(s, "URGE_PAYMENT", { date: "2026-10-08", method: "direct", paymentDue: "2026-10-08" }, at("2026-10-08")))).toEqual(["paymentOverdue"]);
    s = step(s, "URGE_PAYMENT", { date: "2026-10-09", method: "direct", paymentDue: "2026-10-08", deadline: "2026-10-22" }, at("2026-10-09")).snapshot;
    // Ten working days from 9 October 2026, Saturday 10 October worked after 国庆 (行政强制法 69).
    expect(urgeDue(ctx(s), CALENDAR)).toBe("2026-10-22");
    // The periods to challenge a decision served on 23 September 2026 end six months on (行政诉讼法 46).
    expect(challengePeriodsEnd(ctx(s), CALENDAR)).toBe("2027-03-23");
    expect(applicationWindowEnd(ctx(s), CALENDAR)).toBe("2027-06-23");
    const early = refuse(s, "APPLY_COURT", payload(s, "2026-10-22"), at("2026-10-22"), leader);
    expect(guardsOf(early)).toEqual(["urgedTenWorkingDaysBefore", "challengePeriodsOver"]);
    expect(guardsOf(refuse(s, "APPLY_COURT", payload(s, "2027-06-24"), at("2027-06-24"), leader))).toEqual(["withinApplicationWindow"]);
    const d = enforcementProcedure.deadlines(ctx(s), CALENDAR).find((x) => x.key === "court-application")!;
    expect(d).toMatchObject({ start: "2027-03-23", due: "2027-06-23", status: "open", legalBasis: expect.stringContaining("第五十三条") });
    const applied = step(s, "APPLY_COURT", payload(s, "2027-03-24"), at("2027-03-24"), leader);
    expect(applied.state).toBe("closing");
    expect(ctx(applied.snapshot).enforcement?.kind).toBe("申请人民法院强制执行");
  });

  it("offers no enforcement by the street itself (行政强制法 13)", () => {
    expect(enforcementProcedure.events.ENFORCE).toBeUndefined();
    expect(Object.values(enforcementProcedure.events).flatMap((e) => e.form.flatMap((f) => f.options ?? [])).some((o) => o.label === "依法强制执行")).toBe(false);
  });

  it("pauses the surcharge while a 复议 runs (APL 73 ¶3)", () => {
    let s = step(servedFine(), "REGISTER_CHALLENGE", { kind: "review", organ: "上海市静安区人民政府", caseNumber: "静府复〔2026〕12号", filedOn: "2026-10-09", receivedOn: "2026-10-12", claims: "撤销" }, at("2026-10-12")).snapshot;
    // Pending: no application to the court while it runs.
    expect(guardsOf(refuse(s, "APPLY_COURT", payload(s, "2027-03-24"), at("2027-03-24"), leader))).toContain("noChallengeRunning");
    s = step(s, "RECORD_CHALLENGE_OUTCOME", { kind: "upheld", date: "2026-11-20", reason: "维持" }, at("2026-11-20")).snapshot;
    // Late from 9 October; 9 October to 20 November do not count: 21 November to 1 December is 11 days.
    expect(surchargeFor(ctx(s), CALENDAR, 3000, "2026-12-01", 3000)).toBe(990);
    expect(surchargeFor(ctx(servedFine()), CALENDAR, 3000, "2026-12-01", 3000)).toBe(3000);
  });

  it("counts a plan approved after a part payment from what was left, and urges for a surcharge left unpaid", () => {
    let s = step(servedFine(), "RECORD_PAYMENT", { date: "2026-09-30", amount: 1000, surcharge: 0 }, at("2026-09-30")).snapshot;
    s = step(s, "DEFER_PAYMENT", { kind: "instalments", appliedOn: "2026-09-30", reason: "失业", schedule: "2026-10-30 1000\n2026-11-30 1000" }, at("2026-09-30"), leader).snapshot;
    // The 1000 paid before the plan does not pay its first instalment.
    expect(nextDue(ctx(s), CALENDAR, 3000)).toBe("2026-10-30");
    expect(surchargeFor(ctx(s), CALENDAR, 3000, "2026-11-02", 1000)).toBe(90);
    // Fine paid late in full, surcharge not: still owed since the last due day, so it can be urged.
    let late = step(servedFine(), "RECORD_PAYMENT", { date: "2026-10-18", amount: 3000, surcharge: 900 }, at("2026-10-18")).snapshot;
    expect(nextDue(ctx(late), CALENDAR, 3000)).toBeNull();
    expect(owedSince(ctx(late), CALENDAR, 3000)).toBe("2026-10-08");
    late = step(late, "URGE_PAYMENT", { date: "2026-10-19", method: "direct", paymentDue: "2026-10-08" }, at("2026-10-19")).snapshot;
    expect(ctx(late).urgings).toHaveLength(1);
  });

  it("keeps a pending challenge's outcome its own: no revocation typed in beside it", () => {
    const s = step(servedFine(), "REGISTER_CHALLENGE", { kind: "review", organ: "上海市静安区人民政府", caseNumber: "静府复〔2026〕12号", filedOn: "2026-10-09", receivedOn: "2026-10-12", claims: "撤销" }, at("2026-10-12")).snapshot;
    expect(guardsOf(refuse(s, "RECORD_REVOCATION", { kind: "revoked", date: "2026-11-20", reason: "复议撤销" }, at("2026-11-20")))).toEqual(["revocationNotBesidePendingChallenge"]);
  });

  it("approves 暂缓 or 分期 on the party's application and moves the payment deadline (APL 66)", () => {
    let s = servedFine();
    expect(guardsOf(refuse(s, "DEFER_PAYMENT", { kind: "instalments", appliedOn: "2026-09-28", reason: "失业", schedule: "2026-10-30 1000\n2026-11-30 1000" }, at("2026-09-29"), leader))).toEqual(["planCoversOutstanding"]);
    s = step(s, "DEFER_PAYMENT", { kind: "instalments", appliedOn: "2026-09-28", reason: "失业，家庭困难", schedule: "2026-10-30 1000\n2026-11-30 2000" }, at("2026-09-29"), leader).snapshot;
    expect(enforcementProcedure.deadlines(ctx(s), CALENDAR).find((x) => x.key === "payment")).toMatchObject({ due: "2026-10-30", legalBasis: expect.stringContaining("第六十六条") });
    // Paid on time: no surcharge; the second instalment paid 2 days late: 3% of 2000 twice.
    expect(surchargeFor(ctx(s), CALENDAR, 3000, "2026-10-30", 1000)).toBe(0);
    s = step(s, "RECORD_PAYMENT", { date: "2026-10-30", amount: 1000, surcharge: 0 }, at("2026-10-30")).snapshot;
    expect(enforcementProcedure.deadlines(ctx(s), CALENDAR).find((x) => x.key === "payment")?.due).toBe("2026-11-30");
    expect(surchargeFor(ctx(s), CALENDAR, 3000, "2026-12-02", 2000)).toBe(120);
  });
});

describe("查封、扣押 (行政强制法 18, 19, 24, 25, 27, 28)", () => {
  const video = { sha256: "b".repeat(64), name: "查封全程.mp4", mime: "video/mp4" };
  const filed = () => step(newCase(), "FILE", { officers: two, opinion: "同意立案" }, at("2026-09-01"), leader).snapshot;
  const head = { ...leader, roles: ["street_leader"] };
  /** 11:00 on 2 September, China time: after the seizure ended. */
  const AFTER = "2026-09-02T03:00:00Z";
  const seize = (extra: object = {}) => ({
    kind: "detain", time: "2026-09-02T10:00", endTime: "2026-09-02T10:40", place: "彭浦新村12号301室", officers: two, items: "电锤1把\n切割机1台", reasons: "防止证据损毁",
    approval: "prior", approver: head, approvedAt: "2026-09-02T09:30", informed: "yes", partyPresent: "yes", statement: "工具是借的。", signed: "signed",
    content: "扣押电锤1把、切割机1台，当场开具清单。", files: [video], ...extra,
  });

  it("is refused before 立案, without approval, without a witness when the party is absent, and without video", () => {
    expect(guardsOf(refuse(newCase(), "SEIZE", seize(), AFTER))).toEqual(["stage"]);
    expect(guardsOf(refuse(filed(), "SEIZE", seize({ approver: undefined }), AFTER))).toEqual(["seizureApproved"]);
    expect(guardsOf(refuse(filed(), "SEIZE", seize({ partyPresent: "no", statement: "" }), AFTER))).toEqual(["seizurePartyHeard"]);
    expect(guardsOf(refuse(filed(), "SEIZE", seize({ files: [] }), AFTER))).toEqual(["coerciveOnVideo"]);
    const untold = refuse(filed(), "SEIZE", seize({ informed: "no" }), AFTER);
    expect(untold.kind === "invalid" && untold.issues[0].message).toContain("第十八条第五项");
  });

  it("runs 30 days, is extended once before they end, and must be ended before the case closes or is cancelled", () => {
    let s = step(filed(), "SEIZE", seize(), AFTER).snapshot;
    expect(ctx(s).record.at(-1)).toMatchObject({ kind: "seizure", files: [video] });
    const d = () => enforcementProcedure.deadlines(ctx(s), CALENDAR).find((x) => x.key === "seizure-1")!;
    // 30 days from 2 September end on 2 October, in 国庆: moved to the first working day.
    expect(d()).toMatchObject({ due: "2026-10-08", status: "open", legalBasis: expect.stringContaining("第二十五条") });
    expect(guardsOf(refuse(s, "CANCEL", { reason: "x" }, at("2026-09-10"), leader))).toEqual(["seizuresEnded"]);
    expect(guardsOf(refuse(s, "EXTEND_SEIZURE", { n: 1, days: 30, reason: "需鉴定", notifiedOn: "2026-10-09", due: "2026-10-08" }, at("2026-10-09"), leader))).toEqual(["extensionWithinPeriod"]);
    s = step(s, "EXTEND_SEIZURE", { n: 1, days: 30, reason: "需委托鉴定", notifiedOn: "2026-09-28", due: "2026-10-08" }, at("2026-09-28"), leader).snapshot;
    expect(d().due).toBe("2026-11-02");
    expect(guardsOf(refuse(s, "EXTEND_SEIZURE", { n: 1, days: 10, reason: "再延", notifiedOn: "2026-10-20", due: "2026-11-02" }, at("2026-10-20"), leader))).toEqual(["seizureNotExtended"]);
    const release = refuse(s, "END_SEIZURE", { n: 1, outcome: "release", date: "2026-10-20", reason: "鉴定完毕" }, at("2026-10-20"), leader);
    expect(release.kind === "invalid" && release.issues[0].message).toContain("第二十八条");
    s = step(s, "END_SEIZURE", { n: 1, outcome: "release", ground: "unrelated", date: "2026-10-20", reason: "鉴定表明与违法行为无关" }, at("2026-10-20"), leader).snapshot;
    expect(d().status).toBe("met");
    expect(step(s, "CANCEL", { reason: "证据不足" }, at("2026-10-21"), leader).state).toBe("cancelled");
  });

  it("in an emergency is approved within 24 hours, or released", () => {
    let s = step(filed(), "SEIZE", seize({ approval: "emergency", approver: undefined, approvedAt: "", emergencyReason: "当事人正在转移工具" }), AFTER).snapshot;
    expect(enforcementProcedure.pendingTasks("investigating", ctx(s)).map((t) => t.label)).toContain("补办查封、扣押批准手续");
    // Seized at 10:00 on 2 September (China time): 10:01 the next day is too late.
    expect(guardsOf(refuse(s, "APPROVE_SEIZURE", { n: 1, decision: "approve", reason: "同意" }, "2026-09-03T02:01:00Z", leader))).toEqual(["approvalWithin24Hours"]);
    s = step(s, "APPROVE_SEIZURE", { n: 1, decision: "reject", reason: "不应扣押" }, "2026-09-03T02:01:00Z", leader).snapshot;
    expect(guardsOf(refuse(s, "END_SEIZURE", { n: 1, outcome: "confiscate", date: "2026-09-03", reason: "没收" }, at("2026-09-03"), leader))).toEqual(["rejectedSeizureReleased"]);
    s = step(s, "END_SEIZURE", { n: 1, outcome: "release", ground: "other", date: "2026-09-03", reason: "负责人不予批准，立即解除" }, at("2026-09-03"), leader).snapshot;
    expect(enforcementProcedure.deadlines(ctx(s), CALENDAR).find((x) => x.key === "seizure-approval-1")?.status).toBe("met");
  });
});

describe("移送司法机关 (国务院令第310号 arts. 5, 6, 14)", () => {
  const proposed = () => {
    let s = step(newCase(), "FILE", { officers: two, opinion: "同意立案" }, at("2026-09-01"), leader).snapshot;
    s = step(s, "RECORD_ACT", { kind: "inspection", time: "2026-09-02T09:30", endTime: "2026-09-02T09:55", place: "彭浦新村12号301室", officers: two, content: "楼体开裂", files: [] }, at("2026-09-02")).snapshot;
    s = step(s, "SUBMIT_REPORT", { facts: "拆除承重墙致楼体开裂。", evidence: "房屋安全鉴定报告", kind: "transfer", penalties: [], fine: 0, confiscation: 0, reasons: "涉嫌重大责任事故罪" }, at("2026-09-10")).snapshot;
    return step(s, "APPROVE_CASE", { opinion: "同意移送", flags: [] }, at("2026-09-11"), leader).snapshot;
  };
  const transfer = { date: "2026-09-11", police: "上海市公安局静安分局", procuratorate: "上海市静安区人民检察院", reasons: "拆除承重墙致楼体开裂，涉嫌重大责任事故罪。", items: "电锤1把", tests: "房屋安全鉴定报告", number: "彭执移〔2026〕1号" };

  it("is its own step with the 310 materials, sent to the police within 24 hours, neither published nor carrying remedies", () => {
    let s = proposed();
    expect(enforcementProcedure.deadlines(ctx(s), CALENDAR).find((d) => d.key === "transfer-approval")).toMatchObject({ due: "2026-09-13", legalBasis: expect.stringContaining("第五条") });
    const viaDecide = refuse(s, "DECIDE", { kind: "transfer", reasons: "涉嫌犯罪", date: "2026-09-11" }, at("2026-09-11"), leader);
    expect(viaDecide.kind === "invalid" && viaDecide.issues[0].message).toContain("第五条");
    s = step(s, "TRANSFER", transfer, at("2026-09-11"), leader).snapshot;
    const keys = enforcementProcedure.deadlines(ctx(s), CALENDAR).map((d) => d.key);
    expect(keys).toContain("transfer-delivery");
    expect(keys).not.toEqual(expect.arrayContaining(["publish"]));
    expect(keys).not.toContain("service");
    expect(guardsOf(refuse(s, "PUBLISH", { text: "移送", confirmed: "yes" }, at("2026-09-12")))).toContain("publishableDecision");
    expect(guardsOf(refuse(s, "CLOSE", {}, at("2026-09-12"), leader))).toEqual(["transferDeliveredBeforeClosing"]);
    const text = doc(transferLetter({ c: ctx(s), caseNumber: "", number: null, agency: "彭浦新村街道办事处", at: at("2026-09-11") }));
    for (const part of ["上海市公安局静安分局：", "涉嫌犯罪案件情况的调查报告", "涉案物品清单", "有关检验报告或者鉴定结论", "抄送：上海市静安区人民检察院"]) expect(text).toContain(part);
    expect(text).not.toContain("行政复议");
    s = step(s, "RECORD_TRANSFER_DELIVERED", { date: "2026-09-12", receipt: "静安分局经侦支队张某签收回执" }, at("2026-09-12")).snapshot;
    expect(step(s, "CLOSE", {}, at("2026-09-14"), leader).state).toBe("closed");
  });
});
