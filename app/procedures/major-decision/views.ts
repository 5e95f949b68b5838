/** What the browser draws for 重大行政决策: the case's facts and the report's figures. */
import { defineViews } from "../types";
import { MajorDecisionFacts } from "./facts";
import { DecisionReportView } from "./report-view";

export const majorDecisionViews = defineViews({ id: "major-decision", Facts: MajorDecisionFacts, Report: DecisionReportView });
