/** 三重一大's server side: its documents, the decision cases an item may stand on, and its demo. */
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { cases } from "../../../db/schema";
import { THREE_IMPORTANT_DOCUMENTS } from "../../../templates/three-important";
import type { ProcedureServer } from "../types";
import { seedThreeImportantDemo } from "./demo.server";

/** The street's major decisions made and published, and not stopped: only these have done the research, review and meeting an item may stand on. */
function decisions(db: Db, officeId: number) {
  return db
    .select({ caseId: cases.id, number: cases.number, name: cases.title, state: cases.state })
    .from(cases)
    .where(and(eq(cases.procedure, "major-decision"), eq(cases.officeId, officeId), isNotNull(sql`json_extract(${cases.snapshot}, '$.context.publication')`), isNull(sql`json_extract(${cases.snapshot}, '$.context.ended')`)))
    .all();
}

export const threeImportantServer: ProcedureServer = {
  documents: THREE_IMPORTANT_DOCUMENTS,
  createChoices: (db, streetId) => ({ decision: decisions(db, streetId).map((d) => ({ value: String(d.caseId), label: `${d.number} ${d.name}` })) }),
  createFill: (db, q) => {
    const id = Number(q.parsed.decision);
    if (!id) return { linked: null };
    const d = decisions(db, q.officeId).find((x) => x.caseId === id);
    return d ? { linked: d } : { path: ["decision"], message: "关联的重大行政决策：须为本街道已作出并公布的重大行政决策（尚在办理的，待其公布后再关联）" };
  },
  seedDemo: (db, now) => seedThreeImportantDemo(db, now),
};
