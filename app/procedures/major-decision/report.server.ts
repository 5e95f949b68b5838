/** The cases the decision figures count: this street's decisions, catalogues and 三重一大 items, with the comments each call received. */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { cases, publicComments } from "../../../db/schema";
import type { DecisionCatalogueContext } from "../../../workflows/decision-catalogue/context";
import { majorDecisionProcedure } from "../../../workflows/major-decision";
import type { MajorDecisionContext } from "../../../workflows/major-decision/context";
import { decisionFigures } from "../../../workflows/major-decision/statistics";
import type { ThreeImportantContext } from "../../../workflows/three-important/context";

export function decisionFiguresIn(db: Db, q: { readonly offices: readonly number[]; readonly from: string; readonly to: string }) {
  const of = (procedure: string) =>
    db.select({ id: cases.id, state: cases.state, createdAt: cases.createdAt, snapshot: cases.snapshot }).from(cases).where(and(eq(cases.procedure, procedure), inArray(cases.officeId, [...q.offices]))).all();
  const received = new Map(
    db.select({ caseId: publicComments.caseId, n: sql<number>`count(*)` }).from(publicComments).groupBy(publicComments.caseId).all().map((r) => [r.caseId, r.n]),
  );
  return decisionFigures(
    {
      decisions: of("major-decision").map((r) => ({ state: r.state, createdAt: r.createdAt, context: (r.snapshot as { context: MajorDecisionContext }).context, received: received.get(r.id) ?? 0 })),
      catalogues: of("decision-catalogue").map((r) => (r.snapshot as { context: DecisionCatalogueContext }).context),
      threeImportant: of("three-important").map((r) => ({ createdAt: r.createdAt, context: (r.snapshot as { context: ThreeImportantContext }).context })),
    },
    q,
    majorDecisionProcedure.stateLabels,
  );
}
