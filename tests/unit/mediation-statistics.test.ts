import { figuresCsv, mediationFigures } from "../../workflows/mediation/statistics";
import { started, step } from "./mediation-helpers";

const session = { kind: "mediation", date: "2026-09-10", start: "09:00", end: "10:00", place: "调解室", participants: "双方", content: "调解" };
function agreed() {
  const s = step(started(), "RECORD_SESSION", session, "2026-09-10T02:00:00Z").snapshot;
  return step(s, "AGREE_ORAL", { date: "2026-09-10", terms: "赔礼道歉", performance: "当场", obligations: "no", writingRequested: "no", confirmationDue: "2026-10-10" }, "2026-09-10T03:00:00Z").context;
}
function redTerminated() {
  let s = step(started(), "GRADE_RISK", { grade: "red", factors: ["violence"], reason: "扬言报复" }, "2026-09-08T02:00:00Z").snapshot;
  s = step(s, "NOTIFY_POLICE", { station: "派出所", note: "已通报", measures: "民警参与" }, "2026-09-08T03:00:00Z").snapshot;
  return step(s, "TERMINATE", { ground: "failed", reason: "分歧过大" }, "2026-09-17T02:00:00Z").context;
}

function agreedButNotPerformed() {
  const c = agreed();
  return { ...c, followUps: [{ date: "2026-09-25", performance: "none" as const, note: "未按期赔偿", by: { id: 1, name: "x" } }] };
}

describe("honest success rates", () => {
  it("does not count an agreement found unperformed at the follow-up visit as a success", () => {
    const f = mediationFigures([{ context: agreed(), officeName: "x" }, { context: agreedButNotPerformed(), officeName: "x" }]);
    expect(f).toMatchObject({ concluded: 2, successful: 1, successRate: 50 });
  });

  it("counts a written agreement awaiting signature as open, not as a failure", () => {
    let s = step(started(), "RECORD_SESSION", session, "2026-09-10T02:00:00Z").snapshot;
    s = step(s, "AGREE_WRITTEN", { date: "2026-09-10", facts: "漏水", terms: "赔偿", performance: "转账" }, "2026-09-10T03:00:00Z").snapshot;
    const f = mediationFigures([{ context: agreed(), officeName: "x" }, { context: s.context as never, officeName: "x" }]);
    expect(f).toMatchObject({ concluded: 1, open: 1, successful: 1, successRate: 100 });
  });

  it("adds the 履行率 over agreements visited, and 司法确认 applied and confirmed", () => {
    const performed = { ...agreed(), followUps: [{ date: "2026-09-25", performance: "full" as const, note: "已履行", by: { id: 1, name: "x" } }] };
    const confirmed = { ...performed, confirmation: { appliedAt: "2026-09-12", court: "静安区人民法院", applicants: ["王大明", "赵小红"], ruling: "valid" as const, rulingDate: "2026-09-20" } };
    const f = mediationFigures([performed, confirmed, agreedButNotPerformed(), agreed()].map((context) => ({ context, officeName: "x" })));
    expect([f.followedUp, f.performed, f.performanceRate, f.confirmationsApplied, f.confirmationsValid]).toEqual([3, 2, 66.7, 1, 1]);
    expect(figuresCsv(f, { from: "2026-01-01", to: "2026-12-31", scope: "x" })).toContain("履行率（%）（全部履行数÷已回访协议数）,,66.7,");
  });

  it("has no rate while every dispute is still open", () => {
    expect(mediationFigures([{ context: started().context as never, officeName: "x" }])).toMatchObject({ accepted: 1, open: 1, successRate: null });
  });
});

describe("mediation figures", () => {
  const figures = mediationFigures([
    { context: agreed(), officeName: "第一居委会" },
    { context: agreed(), officeName: "第一居委会" },
    { context: redTerminated(), officeName: "彭浦新村街道" },
    { context: started().context as never, officeName: "第一居委会" },
  ]);

  it("counts accepted, successful, open apart, the rate over concluded disputes, and average days to conclude", () => {
    // 2 agreements of 3 concluded disputes; the one still being mediated counts neither way.
    expect(figures).toMatchObject({ accepted: 4, successful: 2, concluded: 3, open: 1, successRate: 66.7 });
    // 7 Sep → 10 Sep twice (3 days), 7 Sep → 17 Sep once (10 days)
    expect(figures.averageDaysToConclude).toBe(5.3);
  });

  it("breaks down by type, level, source and office, and follows red disputes to their end", () => {
    expect(figures.byType).toEqual([{ key: "neighbour", label: "邻里纠纷", accepted: 4, successful: 2 }]);
    expect(figures.byOffice.map((t) => [t.label, t.accepted])).toEqual([["第一居委会", 3], ["彭浦新村街道", 1]]);
    expect(figures.red).toEqual({ total: 1, agreed: 0, terminated: 1, declinedOrWithdrawn: 0, ongoing: 0 });
  });

  it("exports CSV with a BOM for Excel", () => {
    const csv = figuresCsv(figures, { from: "2026-01-01", to: "2026-12-31", scope: "彭浦新村街道" });
    expect(csv.startsWith("\uFEFF统计范围,彭浦新村街道")).toBe(true);
    expect(csv).toContain("合计,全部,4,2");
    expect(csv).toContain("调解成功率（%）（成功数÷办结数）,,66.7,");
    expect(csv).toContain("办理中（不计入成功率）,,1,");
    expect(csv).toContain("红色风险纠纷,终止调解,1,");
  });
});
