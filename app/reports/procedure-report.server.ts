/** A procedure's report page: the reader's period and offices, and the figures the procedure counts. */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { organisations } from "../../db/schema";
import type { SessionUser } from "../auth/users.server";
import type { ProcedureModule } from "../procedures/types";
import { reportScope } from "./report-scope.server";

export function procedureReport(db: Db, user: SessionUser, module: ProcedureModule, q: { from?: string; to?: string; officeId?: number }) {
  const report = module.report!;
  const { scope, from, to, offices } = reportScope(db, user, q);
  const scopeName = q.officeId && scope.includes(q.officeId)
    ? db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, q.officeId)).get()?.name ?? ""
    : user.organisationName;
  return {
    procedure: module.definition.id,
    title: report.title,
    hint: report.hint ?? null,
    csvPath: report.csvPath ?? null,
    xlsxPath: module.server.reportSheets ? `/reports/${module.definition.id}/xlsx` : null,
    registerPath: module.server.register ? `/reports/${module.definition.id}/register.xlsx` : null,
    from,
    to,
    scopeName,
    figures: module.server.figures?.(db, { offices, from, to }) ?? null,
    offices: db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(and(inArray(organisations.id, scope), inArray(organisations.kind, [...report.officeKinds])))
      .all(),
  };
}
