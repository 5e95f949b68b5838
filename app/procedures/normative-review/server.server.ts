/** The legality review's server side: its documents, the street's review period filled in on acceptance, its figures and demo cases. */
import { NORMATIVE_REVIEW_DOCUMENTS } from "../../../templates/normative-review";
import { getSetting } from "../../settings.server";
import type { ProcedureServer } from "../types";
import { seedNormativeReviewDemo } from "./demo.server";
import { normativeReviewFiguresIn } from "./report.server";
import { CONCLUSIONS } from "../../../workflows/normative-review/context";
import type { NormativeReviewFigures } from "../../../workflows/normative-review/statistics";
import { normativeReviewCharts } from "../../charts/procedure-charts";

export const normativeReviewServer: ProcedureServer = {
  documents: NORMATIVE_REVIEW_DOCUMENTS,
  fills: {
    ACCEPT: (db, c) => ({
      reviewDays: Number(getSetting(db, c.officeId, "normative-review.reviewDays")),
      reviewBasis: getSetting(db, c.officeId, "normative-review.reviewBasis"),
    }),
  },
  charts: (f) => normativeReviewCharts(f),
  figures: (db, q) => normativeReviewFiguresIn(db, q),
  reportSheets: (f: NormativeReviewFigures) => [{
    name: "合法性审查统计",
    header: ["类别", "送审", "审查", "出具意见", "按期出具", ...Object.values(CONCLUSIONS), "发现问题"],
    rows: [...f.byType.map((t) => [t.label, t.submitted, t.reviewed, t.issued, t.issuedOnTime, ...Object.keys(CONCLUSIONS).map((k) => t.conclusions[k as keyof typeof CONCLUSIONS]), t.problems]), ["办理中", f.open, "", "", "", "", "", "", ""], ["不予受理", f.notAccepted, "", "", "", "", "", "", ""]],
  }],
  // Through a function: the demo runs the engine, which reaches this file through the registry.
  seedDemo: (db, now) => seedNormativeReviewDemo(db, now),
};
