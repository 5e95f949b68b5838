/** What the browser draws for 合法性审查: the case's facts and the report's figures. */
import { defineViews } from "../types";
import { NormativeReviewFacts } from "./facts";
import { NormativeReviewReportView } from "./report-view";

export const normativeReviewViews = defineViews({ id: "normative-review", Facts: NormativeReviewFacts, Report: NormativeReviewReportView });
