/** Selecting the enforcement cases a user may count: registered within the period, in their offices. */
import { and, eq, gte, inArray, lte } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { cases, organisations } from "../../../db/schema";
import { enforcementProcedure } from "../../../workflows/enforcement";
import type { EnforcementContext } from "../../../workflows/enforcement/context";
import { enforcementFigures } from "../../../workflows/enforcement/statistics";
import type { SessionUser } from "../../auth/users.server";
import { reportScope } from "../../reports/report-scope.server";
import { loadCalendar } from "../../calendar.server";

export function enforcementCasesIn(db: Db, offices: number[], from: string, to: string) {
  return db
    .select({ snapshot: cases.snapshot, state: cases.state, officeName: organisations.name })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, cases.officeId))
    .where(
      and(
        eq(cases.procedure, "enforcement"),
        inArray(cases.officeId, offices),
        gte(cases.createdAt, new Date(`${from}T00:00:00+08:00`).toISOString()),
        lte(cases.createdAt, new Date(`${to}T23:59:59.999+08:00`).toISOString()),
      ),
    )
    .all()
    .map((r) => ({ context: (r.snapshot as { context: EnforcementContext }).context, state: r.state, officeName: r.officeName }));
}

/** The enforcement figures over the cases registered in these offices within the period. */
export function enforcementFiguresIn(db: Db, q: { readonly offices: readonly number[]; readonly from: string; readonly to: string }) {
  return enforcementFigures(enforcementCasesIn(db, [...q.offices], q.from, q.to), loadCalendar(db), enforcementProcedure.stateLabels);
}

/** The figures a reader may count: their streets (or the one chosen) within the period. */
export function enforcementReport(db: Db, user: SessionUser, q: { from?: string; to?: string; officeId?: number }) {
  const { scope, from, to, offices } = reportScope(db, user, q);
  return {
    from,
    to,
    figures: enforcementFiguresIn(db, { offices, from, to }),
    offices: db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(and(inArray(organisations.id, scope), eq(organisations.kind, "street"))).all(),
  };
}
