/** Selecting the mediations a user may count: accepted within the period, in their offices. */
import { and, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { cases, organisations } from "../../../db/schema";
import type { MediationContext } from "../../../workflows/mediation/context";
import { mediationFigures } from "../../../workflows/mediation/statistics";
import type { SessionUser } from "../../auth/users.server";
import { procedureReport } from "../../reports/procedure-report.server";
// Read inside the function only: the module reaches this file through its server part.
import { mediationModule } from "./index";

/** The mediation figures over the disputes accepted in these offices within the period. */
export function mediationFiguresIn(db: Db, q: { readonly offices: readonly number[]; readonly from: string; readonly to: string }) {
  // Counted where each dispute was accepted (the CREATE input's office), so escalating a dispute
  // does not take it out of the accepting committee's or street's figures.
  const acceptedAt = sql<number>`json_extract(${cases.input}, '$.officeId')`;
  const rows = db
    .select({ snapshot: cases.snapshot, officeName: organisations.name })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, acceptedAt))
    .where(
      and(
        eq(cases.procedure, "mediation"),
        inArray(acceptedAt, [...q.offices]),
        // created_at is the acceptance instant; China dates are UTC+8.
        gte(cases.createdAt, new Date(`${q.from}T00:00:00+08:00`).toISOString()),
        lte(cases.createdAt, new Date(`${q.to}T23:59:59.999+08:00`).toISOString()),
      ),
    )
    .all();
  return mediationFigures(rows.map((r) => ({ context: (r.snapshot as { context: MediationContext }).context, officeName: r.officeName })));
}

/** The report as the CSV download counts it: the same period, offices and figures as /reports/mediation. */
export function mediationReport(db: Db, user: SessionUser, q: { from?: string; to?: string; officeId?: number }) {
  return procedureReport(db, user, mediationModule, q) as ReturnType<typeof procedureReport> & { figures: ReturnType<typeof mediationFiguresIn> };
}
