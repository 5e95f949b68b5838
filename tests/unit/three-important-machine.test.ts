/**
 * The street's 三重一大 procedure: each guard holds and refuses; pricing is required above the
 * street's threshold for spending and projects only; no meeting without a passed legality check; the
 * 一把手 speaks last; every attendee signs; an item standing on a major decision does not repeat it.
 */
import { threeImportantProcedure as proc } from "../../workflows/three-important";
import { ALL_GUARDS } from "../../workflows/three-important/guards";
import * as h from "./three-important-helpers";

const { step, refuse, at, staff, director, leader } = h;

describe("三重一大 guards", () => {
  it("each names the street's procedure or the article it rests on", () => {
    for (const g of ALL_GUARDS) expect(g.basis, g.name).toMatch(/三重一大|议事规则|如实记录/);
  });

  it("researched and pricedIfRequired: no legality check before research, nor before 比价 and 审价 of spending above the threshold", () => {
    let s = h.declare();
    expect(refuse(s, "LEGAL_CHECK", director, { outcome: "pass", opinion: "x" }, at("2026-10-02"))).toEqual(["researched", "pricedIfRequired"]);
    s = step(s, "RECORD_RESEARCH", staff, { findings: "设备老化。" }, at("2026-10-03")).snapshot;
    expect(refuse(s, "LEGAL_CHECK", director, { outcome: "pass", opinion: "x" }, at("2026-10-03"))).toEqual(["pricedIfRequired"]);
    expect(refuse(s, "RECORD_COMPARISON", staff, { quotes: "甲：128万元\n乙：121万元" }, at("2026-10-05"))).toEqual(["quotes"]);
    s = step(s, "RECORD_COMPARISON", staff, { quotes: "甲：128万元\n乙：121万元\n丙：135万元" }, at("2026-10-05")).snapshot;
    expect(refuse(s, "LEGAL_CHECK", director, { outcome: "pass", opinion: "x" }, at("2026-10-05"))).toEqual(["pricedIfRequired"]);
    s = step(s, "RECORD_AUDIT", staff, { auditor: "某造价咨询公司", result: "审定118.6万元" }, at("2026-10-08")).snapshot;
    expect(step(s, "LEGAL_CHECK", director, { outcome: "pass", opinion: "合规" }, at("2026-10-10")).state).toBe("meeting");
    // Below the threshold, or a personnel matter, needs no pricing.
    for (const small of [h.declare({ amount: 300000 }), h.declare({ kind: "personnel", amount: 0 })]) {
      const r = step(small, "RECORD_RESEARCH", staff, { findings: "调研" }, at("2026-10-03")).snapshot;
      expect(step(r, "LEGAL_CHECK", director, { outcome: "pass", opinion: "合规" }, at("2026-10-04")).state).toBe("meeting");
    }
  });

  it("a failed legality check keeps the item before the meeting, and legalCheckPassed guards the meeting", () => {
    let s = step(h.declare({ amount: 0, kind: "decision" }), "RECORD_RESEARCH", staff, { findings: "调研" }, at("2026-10-03")).snapshot;
    const failed = step(s, "LEGAL_CHECK", director, { outcome: "fail", opinion: "缺少政府采购方案" }, at("2026-10-04"));
    expect(failed.state).toBe("declared");
    expect(proc.pendingTasks("declared", failed.context).map((t) => [t.role, t.label])).toEqual([["judicial_director", "补充材料后重新法制审核"], ["legal_adviser", "补充材料后重新法制审核"]]);
    expect(ALL_GUARDS.find((g) => g.name === "legalCheckPassed")!.test(failed.context, { type: "RECORD_MEETING", at: at("2026-10-05"), actor: leader, payload: {} })).toBe(false);
    s = step(failed.snapshot, "LEGAL_CHECK", director, { outcome: "pass", opinion: "已补充" }, at("2026-10-06")).snapshot;
    expect(ALL_GUARDS.find((g) => g.name === "legalCheckPassed")!.test(s.context as any, { type: "RECORD_MEETING", at: at("2026-10-07"), actor: leader, payload: {} })).toBe(true);
  });

  it("quorum, chairSpeaksLast, dateNotFuture at the meeting; everyAttendeeSigned after it", () => {
    let s = h.declare({ amount: 0, kind: "personnel" });
    s = step(s, "RECORD_RESEARCH", staff, { findings: "考察" }, at("2026-10-03")).snapshot;
    s = step(s, "LEGAL_CHECK", director, { outcome: "pass", opinion: "程序合规" }, at("2026-10-04")).snapshot;
    expect(refuse(s, "RECORD_MEETING", leader, { ...h.MEETING, members: 6 }, at("2026-10-15", 8))).toEqual(["quorum"]);
    expect(refuse(s, "RECORD_MEETING", leader, { ...h.MEETING, chair: { id: 2, name: "孙主任", roles: ["judicial_staff"], officeId: 10 } }, at("2026-10-15", 8))).toEqual(["chairIsHead"]);
    expect(refuse(s, "RECORD_MEETING", leader, { ...h.MEETING, opinions: "孙主任：同意：通过。\n钱书记：同意：同意。\n周副主任：不同意：压缩规模。" }, at("2026-10-15", 8))).toEqual(["chairSpeaksLast"]);
    expect(refuse(s, "RECORD_MEETING", leader, { ...h.MEETING, date: "2026-10-16" }, at("2026-10-15", 8))).toEqual(["dateNotFuture"]);
    s = step(s, "RECORD_MEETING", leader, h.MEETING, at("2026-10-15", 8)).snapshot;
    expect((s.context as any).meeting.opinions[1]).toEqual({ name: "周副主任", position: "disagree", text: "建议压缩规模。" });
    expect(refuse(s, "SIGN_MINUTES", leader, { signed: "钱书记、孙主任" }, at("2026-10-16"))).toEqual(["everyAttendeeSigned"]);
    expect(step(s, "SIGN_MINUTES", leader, { signed: "钱书记、周副主任、孙主任" }, at("2026-10-16")).state).toBe("executing");
  });

  it("不予通过 ends the item; a decided item is looked back on and archived", () => {
    let s = step(h.declare({ amount: 0, kind: "personnel" }), "RECORD_RESEARCH", staff, { findings: "考察" }, at("2026-10-03")).snapshot;
    s = step(s, "LEGAL_CHECK", director, { outcome: "pass", opinion: "合规" }, at("2026-10-04")).snapshot;
    expect(step(s, "RECORD_MEETING", leader, { ...h.MEETING, outcome: "rejected" }, at("2026-10-15", 8)).state).toBe("rejected");
    expect(step(h.decided(), "ARCHIVE", staff, { note: "" }, at("2026-12-01")).state).toBe("archived");
  });

  it("an item standing on a major decision goes straight to 执行, its research, review and meeting being that case's", () => {
    const s = h.declare({ kind: "decision", amount: 0, linked: { caseId: 9, number: "（2026）彭司决策字第1号", name: "加装电梯补贴办法", state: "executing" } });
    expect(proc.pendingTasks("executing", s.context as any)).toEqual([]);
    expect(step(s, "RECORD_EXECUTION", staff, { text: "补贴资金已拨付。" }, at("2026-10-20")).state).toBe("executing");
  });
});
