/** 三重一大's server side: its documents, the decision cases an item may stand on, and its demo. */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { cases } from "../../../db/schema";
import { THREE_IMPORTANT_DOCUMENTS } from "../../../templates/three-important";
import type { ProcedureServer } from "../types";
import { seedThreeImportantDemo } from "./demo.server";

/** The street's major-decision cases not ended, that an item may stand on. */
function decisions(db: Db, officeId: number) {
  return db
    .select({ caseId: cases.id, number: cases.number, name: cases.title, state: cases.state })
    .from(cases)
    .where(and(eq(cases.procedure, "major-decision"), eq(cases.officeId, officeId), isNull(sql`json_extract(${cases.snapshot}, '$.context.ended')`)))
    .all();
}

export const threeImportantServer: ProcedureServer = {
  documents: THREE_IMPORTANT_DOCUMENTS,
  createChoices: (db, streetId) => ({ decision: decisions(db, streetId).map((d) => ({ value: String(d.caseId), label: `${d.number} ${d.name}` })) }),
  createFill: (db, q) => {
    const id = Number(q.parsed.decision);
    if (!id) return { linked: null };
    const d = decisions(db, q.officeId).find((x) => x.caseId === id);
    return d ? { linked: d } : { path: ["decision"], message: "关联的重大行政决策：须为本街道正在办理或已作出的重大行政决策" };
  },
  seedDemo: (db, now) => seedThreeImportantDemo(db, now),
};
