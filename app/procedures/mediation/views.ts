/** What the browser draws for 人民调解: the case's facts and the report's figures. */
import { defineViews } from "../types";
import { MediationFacts } from "./facts";
import { MediationReportView } from "./report-view";

export const mediationViews = defineViews({ id: "mediation", Facts: MediationFacts, Report: MediationReportView });
