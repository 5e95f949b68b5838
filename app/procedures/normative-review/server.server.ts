/** The legality review's server side: its documents, the street's review period filled in on acceptance, its figures and demo cases. */
import { NORMATIVE_REVIEW_DOCUMENTS } from "../../../templates/normative-review";
import { getSetting } from "../../settings.server";
import type { ProcedureServer } from "../types";
import { seedNormativeReviewDemo } from "./demo.server";
import { normativeReviewFiguresIn } from "./report.server";

export const normativeReviewServer: ProcedureServer = {
  documents: NORMATIVE_REVIEW_DOCUMENTS,
  fills: {
    ACCEPT: (db, c) => ({
      reviewDays: Number(getSetting(db, c.officeId, "normative-review.reviewDays")),
      reviewBasis: getSetting(db, c.officeId, "normative-review.reviewBasis"),
    }),
  },
  figures: (db, q) => normativeReviewFiguresIn(db, q),
  // Through a function: the demo runs the engine, which reaches this file through the registry.
  seedDemo: (db, now) => seedNormativeReviewDemo(db, now),
};
