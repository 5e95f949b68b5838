/** The legal opinion's server side: its documents, and the street's drafting period filled in on acceptance. */
import { LEGAL_OPINION_DOCUMENTS } from "../../../templates/legal-opinion";
import { getSetting } from "../../settings.server";
import type { ProcedureServer } from "../types";
import { seedLegalOpinionDemo } from "./demo.server";

export const legalOpinionServer: ProcedureServer = {
  documents: LEGAL_OPINION_DOCUMENTS,
  seedDemo: (db, now) => seedLegalOpinionDemo(db, now),
  fills: {
    ACCEPT: (db, c) => ({
      draftDays: Number(getSetting(db, c.officeId, "legal-opinion.draftDays")),
      draftDeadlineBasis: getSetting(db, c.officeId, "legal-opinion.draftBasis"),
    }),
  },
};
