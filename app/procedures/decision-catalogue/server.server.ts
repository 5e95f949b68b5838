/** The catalogue's server side: its documents, one catalogue per street and year, and its demo. */
import { and, eq, sql } from "drizzle-orm";
import { DECISION_CATALOGUE_DOCUMENTS } from "../../../templates/decision-catalogue";
import { cases } from "../../../db/schema";
import type { ProcedureServer } from "../types";
import { seedDecisionCatalogueDemo } from "./demo.server";

export const decisionCatalogueServer: ProcedureServer = {
  documents: DECISION_CATALOGUE_DOCUMENTS,
  // 713 art. 3 ¶3: the organ has one catalogue a year, adjusted rather than replaced.
  createConflict: (db, q) => {
    const year = Number((q.input as { year: number }).year);
    const existing = db
      .select({ number: cases.number })
      .from(cases)
      .where(and(eq(cases.procedure, "decision-catalogue"), eq(cases.officeId, q.officeId), sql`json_extract(${cases.input}, '$.year') = ${year}`))
      .get();
    return existing
      ? { path: ["year"], message: `目录年度：本街道${year}年度重大行政决策事项目录已建立（${existing.number}），需增减事项的请在该目录中办理调整（参照《重大行政决策程序暂行条例》第三条第三款）` }
      : null;
  },
  seedDemo: (db, now) => seedDecisionCatalogueDemo(db, now),
};
