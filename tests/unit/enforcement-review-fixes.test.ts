import { enforcementProcedure as proc } from "../../workflows/enforcement";
import { surchargeOwed } from "../../workflows/enforcement/deadlines";
import type { EnforcementContext } from "../../workflows/enforcement/context";
import { ALL_GUARDS, fineOwed, inForce, investigators, overpaid, recusedName } from "../../workflows/enforcement/guards";
import { draftPublicText, personalDataIn } from "../../workflows/enforcement/publication";
import { officialCalendar } from "./fixtures";
import { collective, guardsOf, leader, newCase, noticed, refuse, reviewer, sanction, step, two } from "./enforcement-helpers";

const at = (d: string) => `${d}T02:00:00Z`;
const reviewerRef = { id: reviewer.id, name: reviewer.name, roles: ["legal_reviewer"], officeId: 30, qualificationNo: "A20183101060001" };
const ok = Object.fromEntries(["subject", "procedure", "facts", "law", "authority", "documents", "crime"].map((k) => [k, "ok"]));

/** A major case (60,000 yuan) whose review approved, then returned for further investigation. */
function approvedThenReturned() {
  let s = step(noticed(60000), "WAIVE", { date: "2026-09-15", note: "放弃" }, at("2026-09-15")).snapshot;
  s = step(s, "PROCEED", {}, at("2026-09-15")).snapshot;
  s = step(s, "SUBMIT_LEGAL_REVIEW", { materials: "报告" }, at("2026-09-16")).snapshot;
  s = step(s, "LEGAL_REVIEW", { ...ok, outcome: "approved", opinion: "同意", reviewer: reviewerRef, number: "n" }, at("2026-09-17"), reviewer).snapshot;
  return step(s, "RETURN", { reason: "补充调查" }, at("2026-09-18"), leader).snapshot;
}

describe("what a return to investigation undoes", () => {
  it("an approval given before the return approves nothing after it (APL 58)", () => {
    let s = step(approvedThenReturned(), "SUBMIT_REPORT", { facts: "x", evidence: "y", ...sanction(100000) }, at("2026-09-20")).snapshot;
    s = step(s, "APPROVE_CASE", { opinion: "同意", flags: [] }, at("2026-09-21"), leader).snapshot;
    s = step(s, "SEND_NOTICE", { date: "2026-09-21", method: "direct", number: "n2" }, at("2026-09-21")).snapshot;
    // The earlier waiver was for the earlier notice: the new window runs (APL 64).
    expect(guardsOf(refuse(s, "PROCEED", { windowDue: "2026-09-28" }, at("2026-09-22")))).toEqual(["representationsClosed"]);
    s = step(s, "PROCEED", { windowDue: "2026-09-28" }, at("2026-09-29")).snapshot;
    expect(guardsOf(refuse(s, "DECIDE", { ...sanction(100000), date: "2026-09-29", number: "n3" }, at("2026-09-29"), leader))).toContain("majorReviewApproved");
    expect(step(s, "SUBMIT_LEGAL_REVIEW", { materials: "重新送审" }, at("2026-09-29")).state).toBe("legalReview");
  });

  it("an approval covers the reviewed sanction, not a heavier one", () => {
    let s = step(noticed(60000), "WAIVE", { date: "2026-09-15", note: "放弃" }, at("2026-09-15")).snapshot;
    s = step(s, "PROCEED", {}, at("2026-09-15")).snapshot;
    s = step(s, "SUBMIT_LEGAL_REVIEW", { materials: "报告" }, at("2026-09-16")).snapshot;
    s = step(s, "LEGAL_REVIEW", { ...ok, outcome: "approved", opinion: "同意", reviewer: reviewerRef, number: "n" }, at("2026-09-17"), reviewer).snapshot;
    s = step(s, "RECORD_COLLECTIVE", collective("2026-09-18", "罚款"), at("2026-09-18"), leader).snapshot;
    const heavier = refuse(s, "DECIDE", { kind: "penalty", penalties: ["fine", "stop_business"], fine: 60000, confiscation: 0, reasons: "x", date: "2026-09-18", number: "n" }, at("2026-09-18"), leader);
    expect(guardsOf(heavier)).toEqual(expect.arrayContaining(["notHeavierThanNotice", "majorReviewApproved"]));
    // A decision dated before the review approved it is refused too.
    expect(guardsOf(refuse(s, "DECIDE", { ...sanction(60000), date: "2026-09-16", number: "n" }, at("2026-09-18"), leader))).toEqual(["decisionDateValid"]);
    expect(step(s, "DECIDE", { ...sanction(60000), date: "2026-09-18", number: "n" }, at("2026-09-18"), leader).state).toBe("serving");
  });
});

describe("the party's statement, payment and revocation", () => {
  it("a fine lowered on re-examination binds the decision (APL 45)", () => {
    let s = step(noticed(1000), "RECORD_REPRESENTATION", { date: "2026-09-15", content: "初犯", result: "partly", reason: "从轻", revisedFine: 500 }, at("2026-09-15")).snapshot;
    s = step(s, "PROCEED", {}, at("2026-09-15")).snapshot;
    expect(guardsOf(refuse(s, "DECIDE", { ...sanction(1000), date: "2026-09-15", number: "n" }, at("2026-09-15"), leader))).toEqual(["notHeavierThanNotice"]);
    expect(guardsOf(refuse(noticed(1000), "RECORD_REPRESENTATION", { date: "2026-09-15", content: "x", result: "accepted", reason: "x", revisedFine: 0 }, at("2026-09-15")))).toEqual(["revisedFine"]);
  });

  it("the surcharge stops growing once the fine itself is paid (APL 72)", () => {
    const first = { date: "2026-10-18", amount: 1000, surcharge: 300 };
    expect(surchargeOwed(1000, "2026-10-08", [], "2026-10-18")).toBe(300);
    expect(surchargeOwed(1000, "2026-10-08", [first], "2026-10-28")).toBe(300);
    expect(surchargeOwed(1000, "2026-10-08", [{ ...first, amount: 400 }], "2026-10-28")).toBe(600);
  });

  it("a revoked decision is neither collected nor enforced, and the case can close", () => {
    let s = step(noticed(3000), "PROCEED", { windowDue: "2026-09-21" }, at("2026-09-22")).snapshot;
    s = step(s, "DECIDE", { ...sanction(3000), date: "2026-09-22", number: "n" }, at("2026-09-22"), leader).snapshot;
    s = step(s, "SERVE", { date: "2026-09-23", method: "direct", receiver: "王大明" }, at("2026-09-23")).snapshot;
    s = step(s, "RECORD_REVOCATION", { kind: "revoked", date: "2026-09-30", reason: "复议撤销" }, at("2026-09-30")).snapshot;
    // Nothing is owed under a decision without force, so both refusals apply.
    expect(guardsOf(refuse(s, "RECORD_PAYMENT", { date: "2026-09-30", amount: 3000 }, at("2026-09-30")))).toEqual(["decisionInForce", "outstandingFine"]);
    expect(guardsOf(refuse(s, "APPLY_COURT", { date: "2026-09-30", court: "静安区人民法院" }, at("2026-09-30"), leader))).toEqual(expect.arrayContaining(["decisionInForce", "outstandingFine"]));
    expect(step(s, "CLOSE", { note: "决定已撤销" }, at("2026-10-09"), leader).state).toBe("closed");
  });

  it("a changed decision is collected at the changed fine; a heavier change is refused; an overpayment is shown for refund", () => {
    let s = step(noticed(3000), "PROCEED", { windowDue: "2026-09-21" }, at("2026-09-22")).snapshot;
    s = step(s, "DECIDE", { ...sanction(3000), date: "2026-09-22", number: "n" }, at("2026-09-22"), leader).snapshot;
    s = step(s, "SERVE", { date: "2026-09-23", method: "direct", receiver: "王大明" }, at("2026-09-23")).snapshot;
    const heavier = refuse(s, "RECORD_REVOCATION", { kind: "changed", date: "2026-09-30", reason: "复议变更", fine: 5000 }, at("2026-09-30"));
    expect(heavier.kind === "refused" && heavier.reasons[0]).toMatchObject({ guard: "changeNotHeavier", basis: expect.stringContaining("行政复议法") });
    expect(guardsOf(refuse(s, "RECORD_REVOCATION", { kind: "changed", date: "2026-09-30", reason: "复议变更" }, at("2026-09-30")))).toEqual(["fine"]);
    expect(guardsOf(refuse(s, "RECORD_REVOCATION", { kind: "revoked", date: "2026-09-30", reason: "复议撤销", fine: 0 }, at("2026-09-30")))).toEqual(["fine"]);

    const changed = step(s, "RECORD_REVOCATION", { kind: "changed", date: "2026-09-30", reason: "复议决定变更为罚款1000元", fine: 1000 }, at("2026-09-30"));
    expect(fineOwed(changed.context)).toBe(1000);
    expect(guardsOf(refuse(changed.snapshot, "CLOSE", { note: "x" }, at("2026-10-01"), leader))).toEqual(["finePaidOrEnforced"]);
    const paid = step(changed.snapshot, "RECORD_PAYMENT", { date: "2026-10-01", amount: 1000 }, at("2026-10-01"));
    expect(paid.state).toBe("closing");

    // Partly paid, then lowered below what was paid: nothing more to collect, 500 yuan to refund, closable while executing.
    const part = step(s, "RECORD_PAYMENT", { date: "2026-09-24", amount: 1500 }, at("2026-09-24"));
    expect(part.state).toBe("executing");
    const lowered = step(part.snapshot, "RECORD_REVOCATION", { kind: "changed", date: "2026-09-30", reason: "复议变更", fine: 1000 }, at("2026-09-30"));
    expect(overpaid(lowered.context)).toBe(500);
    expect(guardsOf(refuse(lowered.snapshot, "RECORD_PAYMENT", { date: "2026-09-30", amount: 100 }, at("2026-09-30")))).toEqual(["outstandingFine"]);
    expect(step(lowered.snapshot, "CLOSE", { note: "已退还多缴罚款" }, at("2026-10-09"), leader).state).toBe("closed");
    // Changed to no fine at all: nothing owed, no payment deadline, the case closes.
    const none = step(s, "RECORD_REVOCATION", { kind: "changed", date: "2026-09-30", reason: "复议变更为警告", fine: 0 }, at("2026-09-30"));
    expect(proc.deadlines(none.context, officialCalendar).some((d) => d.key === "payment")).toBe(false);
    expect(step(none.snapshot, "CLOSE", { note: "变更为警告" }, at("2026-10-09"), leader).state).toBe("closed");
  });

  it("data stored before these rules: a change without a fine is no longer collected; a recusal naming only a name still shows", () => {
    let s = step(noticed(3000), "PROCEED", { windowDue: "2026-09-21" }, at("2026-09-22")).snapshot;
    s = step(s, "DECIDE", { ...sanction(3000), date: "2026-09-22", number: "n" }, at("2026-09-22"), leader).snapshot;
    s = step(s, "SERVE", { date: "2026-09-23", method: "direct", receiver: "王大明" }, at("2026-09-23")).snapshot;
    const c = s.context as EnforcementContext;
    const legacy: EnforcementContext = { ...c, revocation: { kind: "changed", date: "2026-09-30", reason: "复议变更", at: "" }, recusals: [{ officer: "刘队员", reason: "x", decision: "granted", replacement: null, at: "", by: leader }] };
    expect([inForce(legacy), fineOwed(legacy), overpaid(legacy)]).toEqual([false, 0, 0]);
    expect(ALL_GUARDS.find((g) => g.name === "finePaidOrEnforced")!.test(legacy, { type: "CLOSE", at: at("2026-10-09"), actor: leader, payload: {} })).toBe(true);
    expect(recusedName(legacy.recusals[0])).toBe("刘队员");
    expect([...investigators(legacy)].sort()).toEqual([41, 42]);
  });

  it("an extension lengthens the one period counted from 立案, and is granted once", () => {
    let s = step(newCase("general", "2026-07-03T01:00:00Z"), "FILE", { officers: two, opinion: "同意" }, "2026-07-04T02:00:00Z", leader).snapshot;
    s = step(s, "EXTEND", { days: 30, reason: "案情复杂" }, at("2026-09-01"), leader).snapshot;
    // 120 days from 4 July 2026 is Sunday 1 November: the period ends on Monday 2 November.
    expect(proc.deadlines(s.context as any, officialCalendar).find((d) => d.key === "decision")?.due).toBe("2026-11-02");
    expect(guardsOf(refuse(s, "EXTEND", { days: 10, reason: "再延" }, at("2026-09-02"), leader))).toEqual(["notExtendedYet"]);
  });
});

describe("redaction beyond the party's own strings", () => {
  it("removes a flat number from the place and does not take a credit code for an ID number", () => {
    const s = step(noticed(3000), "PROCEED", { windowDue: "2026-09-21" }, at("2026-09-22")).snapshot;
    const decided = step(s, "DECIDE", { ...sanction(3000), date: "2026-09-22", number: "彭执罚决〔2026〕3号" }, at("2026-09-22"), leader).context;
    const c = { ...decided, party: { ...decided.party, address: "上海市静安区彭浦新村12号301室" }, report: { ...decided.report, facts: "王大明在彭浦新村12号301室拆除承重墙。" } };
    const text = draftPublicText(c, "彭浦新村街道");
    expect(text).not.toContain("301室");
    expect(personalDataIn(text, c)).toEqual([]);
    const org = { ...c, party: { kind: "organisation" as const, name: "上海某某公司", idNumber: "", creditCode: "913101081322015576", legalRepresentative: "李建国", phone: "", address: "临汾路100号" } };
    expect(personalDataIn(draftPublicText(org, "彭浦新村街道"), org)).toEqual([]);
  });

  it("a text that disclosed personal data is withdrawn without a revocation and published again, corrected", () => {
    let s = step(noticed(3000), "PROCEED", { windowDue: "2026-09-21" }, at("2026-09-22")).snapshot;
    s = step(s, "DECIDE", { ...sanction(3000), date: "2026-09-22", number: "n" }, at("2026-09-22"), leader).snapshot;
    s = step(s, "PUBLISH", { text: "当事人王某某,邻居李秀英投诉", confirmed: "yes" }, at("2026-09-23")).snapshot;
    s = step(s, "WITHDRAW_PUBLICATION", { cause: "privacy", reason: "公示内容含第三人姓名,更正后重新公示" }, at("2026-09-24")).snapshot;
    const again = step(s, "PUBLISH", { text: "当事人王某某,经群众投诉", confirmed: "yes" }, at("2026-09-24"));
    expect(proc.publicRecord!(again.context)).toMatchObject({ status: "published", text: "当事人王某某,经群众投诉" });
    expect(guardsOf(refuse(s, "PUBLISH", { text: "x" }, at("2026-09-24")))).toEqual(["confirmed"]);
  });
});
