/**
 * The procedures' views for the browser: what a case page and a report page draw, without the
 * definitions, machines, schemas and calendars the registry (./index.ts) brings. Adding a procedure
 * adds its module there and its views here; the registry refuses a module whose views are not listed.
 */
import type { ProcedureViews } from "./types";
import { legalOpinionViews } from "./legal-opinion/views";
import { mediationViews } from "./mediation/views";
import { enforcementViews } from "./enforcement/views";
import { normativeReviewViews } from "./normative-review/views";
import { decisionCatalogueViews } from "./decision-catalogue/views";
import { majorDecisionViews } from "./major-decision/views";
import { threeImportantViews } from "./three-important/views";

/** One line per procedure, in the registry's order. */
const VIEWS: readonly ProcedureViews[] = [legalOpinionViews, mediationViews, enforcementViews, normativeReviewViews, decisionCatalogueViews, majorDecisionViews, threeImportantViews];
const byId = new Map(VIEWS.map((v) => [v.id, v]));

export const procedureViews = (id: string): ProcedureViews | undefined => byId.get(id);
export const allProcedureViews = (): readonly ProcedureViews[] => VIEWS;
