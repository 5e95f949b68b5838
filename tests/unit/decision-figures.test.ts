/** The decision figures count what the cases record: stages, item outcomes, comments, reviews within their window, 三重一大 by kind. */
import { majorDecisionProcedure } from "../../workflows/major-decision";
import { decisionFigures, decisionFiguresCsv } from "../../workflows/major-decision/statistics";
import * as dc from "./decision-catalogue-helpers";
import * as md from "./major-decision-helpers";
import * as ti from "./three-important-helpers";

describe("decision figures", () => {
  it("count a published decision, its comments, a late review, the catalogue's outcomes and 三重一大 by kind", () => {
    const published = md.published().context as any;
    // A second decision whose review came after its window.
    const late = md.step(md.step(md.toLegality(), "REQUEST_REVIEW", md.director, md.REQUEST, md.at("2026-03-11")).snapshot, "REVIEW_OPINION", md.adviser, md.LAWFUL, md.at("2026-03-25")).context as any;
    let k = dc.published();
    k = dc.step(k, "EVALUATE_ITEM", dc.staff, { item: 1, outcome: "done", reason: "已出台" }, "2026-12-20T02:00:00Z").snapshot;
    const f = decisionFigures(
      {
        decisions: [
          { state: "executing", createdAt: "2026-02-01T02:00:00Z", context: published, received: 3 },
          { state: "meeting", createdAt: "2026-02-01T02:00:00Z", context: late, received: 1 },
        ],
        catalogues: [k.context as any],
        threeImportant: [{ createdAt: "2026-10-01T02:00:00Z", context: ti.decided().context as any }],
      },
      { from: "2026-01-01", to: "2026-12-31" },
      majorDecisionProcedure.stateLabels,
    );
    expect(f.byStage).toEqual([{ state: "meeting", label: "待集体讨论决定", n: 1 }, { state: "executing", label: "执行中", n: 1 }]);
    expect(f.calls).toEqual({ opened: 2, short: 0, received: 4, adopted: 0, partly: 2, rejected: 0 });
    expect(f.reviews).toEqual({ total: 2, withinWindow: 1, byConclusion: { lawful: 2, lawful_after_changes: 0, unlawful: 0 } });
    expect(f.items).toEqual({ listed: 2, removed: 0, outcomes: { done: 1, carried: 0, dropped: 0, pending: 1 } });
    expect(f.threeImportant.find((t) => t.kind === "funds")!.n).toBe(1);
    // Outside the period nothing is counted.
    const none = decisionFigures({ decisions: [{ state: "executing", createdAt: "2026-02-01T02:00:00Z", context: published, received: 3 }], catalogues: [], threeImportant: [] }, { from: "2025-01-01", to: "2025-12-31" }, majorDecisionProcedure.stateLabels);
    expect([none.byStage.length, none.calls.opened, none.reviews.total]).toEqual([0, 0, 0]);
    expect(decisionFiguresCsv(f, { from: "2026-01-01", to: "2026-12-31", scope: "彭浦新村街道" })).toContain("其中按期审查,1");
  });
});
