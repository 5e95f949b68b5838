/**
 * Event dates follow the case's own timeline (engine/timeline.ts): a dated step is refused when it
 * precedes the case's registration or the step it depends on, naming the field and that step.
 */
import { applyEvent, replay, type PersistedSnapshot } from "../../workflows/engine/run";
import type { EventActor, ProcedureDefinition } from "../../workflows/engine/types";
import { enforcementProcedure } from "../../workflows/enforcement";
import { majorDecisionProcedure } from "../../workflows/major-decision";
import { threeImportantProcedure } from "../../workflows/three-important";
import { decisionCatalogueProcedure } from "../../workflows/decision-catalogue";
import { caseInput, inspection, leader, newCase, noticed, officerA, reviewed, step, two } from "./enforcement-helpers";
import * as md from "./major-decision-helpers";
import * as ti from "./three-important-helpers";
import * as dc from "./decision-catalogue-helpers";

function issues(proc: ProcedureDefinition, s: PersistedSnapshot, type: string, actor: EventActor, payload: object, at: string) {
  const r = applyEvent(proc, s, { type, actor, payload, at });
  return r.kind === "invalid" ? r.issues.map((i) => `${i.path.join(".")}｜${i.message}`) : r.kind;
}

describe("enforcement", () => {
  it("refuses a 告知 dated before the case review it follows, naming the field and the step", () => {
    expect(issues(enforcementProcedure, reviewed(3000), "SEND_NOTICE", officerA, { date: "2026-08-31", method: "direct" }, "2026-09-14T02:00:00Z"))
      .toEqual(["date｜告知书送达日期：不能早于案件审查的日期（2026年9月11日），请核对"]);
    expect(issues(enforcementProcedure, reviewed(3000), "SEND_NOTICE", officerA, { date: "2026-09-11", method: "direct" }, "2026-09-14T02:00:00Z")).toBe("applied");
  });

  it("refuses statements dated before the notice was served (APL 44, 45)", () => {
    expect(issues(enforcementProcedure, noticed(3000), "RECORD_REPRESENTATION", officerA, { date: "2026-09-13", content: "罚款过重", result: "rejected", reason: "按裁量基准" }, "2026-09-15T02:00:00Z"))
      .toEqual(["date｜陈述申辩日期：不能早于送达行政处罚事先告知书的日期（2026年9月14日），请核对"]);
    expect(issues(enforcementProcedure, noticed(3000), "WAIVE", officerA, { date: "2026-09-14", note: "书面放弃" }, "2026-09-15T02:00:00Z")).toBe("applied");
  });

  it("takes a patrol's inspection dated on the day of discovery, before the case was entered, but not before that day", () => {
    const s = newCase("general", "2026-09-03T01:00:00Z", { discoveredOn: "2026-09-02" });
    expect(issues(enforcementProcedure, s, "RECORD_ACT", officerA, inspection, "2026-09-03T02:00:00Z")).toBe("applied");
    expect(issues(enforcementProcedure, s, "RECORD_ACT", officerA, { ...inspection, time: "2026-09-01T09:30", endTime: "2026-09-01T09:55" }, "2026-09-03T02:00:00Z"))
      .toEqual(["time｜开始时间：不能早于发现违法行为的日期（2026年9月2日），请核对"]);
  });

  it("refuses a seizure dated before the act was found, and takes an emergency one before 立案 was recorded (行政强制法 19)", () => {
    const filed = step(newCase("general", "2026-09-04T01:00:00Z", { discoveredOn: "2026-09-03" }), "FILE", { officers: two, opinion: "同意立案" }, "2026-09-04T02:00:00Z", leader).snapshot;
    const seize = (time: string, endTime: string) => ({
      kind: "detain", time, endTime, place: "彭浦新村12号301室", officers: two, items: "电锤1把", reasons: "防止证据损毁",
      approval: "prior", approver: leader, approvedAt: `${time.slice(0, 10)}T09:30`, informed: "yes", partyPresent: "yes", statement: "工具是借的。", signed: "signed",
      content: "扣押电锤1把，当场开具清单。", files: [{ sha256: "b".repeat(64), name: "扣押全程.mp4", mime: "video/mp4" }],
    });
    expect(issues(enforcementProcedure, filed, "SEIZE", officerA, seize("2026-09-02T10:00", "2026-09-02T10:40"), "2026-09-04T03:00:00Z"))
      .toEqual(["time｜开始时间：不能早于发现违法行为的日期（2026年9月3日），请核对"]);
    expect(issues(enforcementProcedure, filed, "SEIZE", officerA, seize("2026-09-03T10:00", "2026-09-03T10:40"), "2026-09-04T03:00:00Z")).toBe("applied");
  });

  it("takes an on-the-spot penalty entered the day after it was decided, not one dated before the act was found", () => {
    const s = newCase("simple", "2026-09-02T01:00:00Z", { discoveredOn: "2026-09-01" });
    const onSpot = (date: string) => ({ officers: two, penalty: "fine", fine: 200, date, time: "10:20", reasons: "混合投放生活垃圾", certificateShown: "yes", informed: "yes", signed: "signed", number: "彭执当罚〔2026〕1号" });
    expect(issues(enforcementProcedure, s, "DECIDE_ON_SPOT", officerA, onSpot("2026-09-01"), "2026-09-02T02:00:00Z")).toBe("applied");
    expect(issues(enforcementProcedure, s, "DECIDE_ON_SPOT", officerA, onSpot("2026-08-31"), "2026-09-02T02:00:00Z")).toEqual(["date｜处罚日期：不能早于发现违法行为的日期（2026年9月1日），请核对"]);
  });

  it("does not apply on replay, so a log recorded before the rule still rebuilds", () => {
    const input = caseInput();
    const events = [
      { type: "FILE", at: "2026-09-01T02:00:00Z", actor: leader, payload: { officers: two, opinion: "同意立案" } },
      { type: "RECORD_ACT", at: "2026-09-02T02:00:00Z", actor: officerA, payload: { ...inspection, time: "2026-08-01T09:30", endTime: "2026-08-01T09:55" } },
    ];
    expect((replay(enforcementProcedure, input, events).context as { record: unknown[] }).record).toHaveLength(1);
  });
});

describe("major decisions, 三重一大 and the catalogue", () => {
  it("refuses a comment period opening before the procedure started", () => {
    expect(issues(majorDecisionProcedure, md.launched(), "OPEN_CALL", md.staff, { ...md.CALL, opensOn: "2026-01-20" }, md.at("2026-02-03")))
      .toEqual(["opensOn｜征求意见开始日期：不能早于启动决策程序的日期（2026年2月1日），请核对"]);
  });

  it("refuses a 三重一大 meeting dated before its legality check", () => {
    let s = ti.declare();
    s = ti.step(s, "RECORD_RESEARCH", ti.staff, { findings: "设备老化。" }, ti.at("2026-10-03")).snapshot;
    s = ti.step(s, "RECORD_COMPARISON", ti.staff, { quotes: "甲：128万元\n乙：121万元\n丙：135万元" }, ti.at("2026-10-05")).snapshot;
    s = ti.step(s, "RECORD_AUDIT", ti.staff, { auditor: "某造价咨询公司", result: "审定118.6万元" }, ti.at("2026-10-08")).snapshot;
    s = ti.step(s, "LEGAL_CHECK", ti.director, { outcome: "pass", opinion: "合规" }, ti.at("2026-10-10")).snapshot;
    expect(issues(threeImportantProcedure, s, "RECORD_MEETING", ti.leader, { ...ti.MEETING, date: "2026-10-09" }, ti.at("2026-10-15")))
      .toEqual(["date｜会议日期：不能早于法制审核的日期（2026年10月10日），请核对"]);
  });

  it("refuses the 党（工）委's approval dated before the office's review passed", () => {
    let s = dc.newCatalogue();
    s = dc.step(s, "ADD_ITEM", dc.staff, dc.item("老旧小区加装电梯补贴办法", "2026-06"), "2026-01-05T02:00:00Z").snapshot;
    s = dc.step(s, "SUBMIT", dc.staff, { note: "" }, "2026-01-06T02:00:00Z").snapshot;
    s = dc.step(s, "REVIEW_PASS", dc.director, { opinion: "同意" }, "2026-01-08T02:00:00Z").snapshot;
    expect(issues(decisionCatalogueProcedure, s, "AGREE", dc.leader, { meeting: "街道党工委2026年第1次会议", date: "2026-01-07" }, "2026-01-20T08:00:00Z"))
      .toEqual(["date｜会议日期：不能早于审核通过的日期（2026年1月8日），请核对"]);
  });
});
