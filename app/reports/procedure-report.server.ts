/** A procedure's report page: the reader's period and offices, and the figures the procedure counts. */
import { and, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { cases, organisations } from "../../db/schema";
import { renderChart, type ChartSpec } from "../charts/chart.server";
import type { SessionUser } from "../auth/users.server";
import type { ProcedureModule } from "../procedures/types";
import { reportScope } from "./report-scope.server";

export function procedureReport(db: Db, user: SessionUser, module: ProcedureModule, q: { from?: string; to?: string; officeId?: number }) {
  const report = module.report!;
  const { scope, from, to, offices } = reportScope(db, user, q);
  const scopeName = q.officeId && scope.includes(q.officeId)
    ? db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, q.officeId)).get()?.name ?? ""
    : user.organisationName;
  const figures = module.server.figures?.(db, { offices, from, to }) ?? null;
  const id = module.definition.id;
  // Each chart links to the case list of its bar or sector, within the reader's chosen office and the period.
  const link = (filters: Readonly<Record<string, string>>) => `/cases?${new URLSearchParams({ procedure: id, ...(q.officeId && scope.includes(q.officeId) ? { officeId: String(q.officeId) } : {}), from, to, ...filters })}`;
  const trend = monthlyTrend(db, id, offices, from, to);
  const specs: ChartSpec[] = [
    { title: `${module.definition.name}案件数（按登记月份）`, kind: "bar", categoryLabel: "月份", categories: trend.map((t) => t.month), series: [{ name: "登记案件", data: trend.map((t) => t.n) }], link: (_s, i) => link({ month: trend[i].month }) },
    ...(figures && module.server.charts ? module.server.charts(figures, link) : []),
  ];
  return {
    charts: specs.map((s) => renderChart(s)),
    procedure: module.definition.id,
    title: report.title,
    hint: report.hint ?? null,
    csvPath: report.csvPath ?? null,
    xlsxPath: module.server.reportSheets ? `/reports/${module.definition.id}/xlsx` : null,
    registerPath: module.server.register ? `/reports/${module.definition.id}/register.xlsx` : null,
    from,
    to,
    scopeName,
    figures,
    offices: db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(and(inArray(organisations.id, scope), inArray(organisations.kind, [...report.officeKinds])))
      .all(),
  };
}

/** Cases registered per China month of the period, months without cases included (the latest 36). */
export function monthlyTrend(db: Db, procedure: string, offices: readonly number[], from: string, to: string) {
  const month = sql<string>`strftime('%Y-%m', ${cases.createdAt}, '+8 hours')`;
  const counted = new Map(
    db
      .select({ month, n: sql<number>`count(*)` })
      .from(cases)
      .where(and(eq(cases.procedure, procedure), inArray(cases.officeId, [...offices]), gte(cases.createdAt, new Date(`${from}T00:00:00+08:00`).toISOString()), lte(cases.createdAt, new Date(`${to}T23:59:59.999+08:00`).toISOString())))
      .groupBy(month)
      .all()
      .map((r) => [r.month, r.n]),
  );
  const out: { month: string; n: number }[] = [];
  for (let [y, m] = from.slice(0, 7).split("-").map(Number); `${y}-${String(m).padStart(2, "0")}` <= to.slice(0, 7) && out.length < 1200; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push({ month: key, n: counted.get(key) ?? 0 });
  }
  return out.slice(-36);
}
