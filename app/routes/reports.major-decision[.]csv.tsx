import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/auth/guard.server";
import { db } from "~/db.server";
import { procedureModule } from "~/procedures/registry.server";
import { ReportQuerySchema } from "~/reports/report-scope.server";
import { procedureReport } from "~/reports/procedure-report.server";
import { decisionFiguresCsv, type DecisionFigures } from "../../workflows/major-decision/statistics";

/** GET /reports/major-decision.csv — the same figures as the page, for Excel (UTF-8 with BOM). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "major-decision.report");
  const parsed = ReportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return new Response(parsed.error.issues[0].message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const r = procedureReport(db(), user, procedureModule("major-decision")!, parsed.data);
  return new Response(decisionFiguresCsv(r.figures as DecisionFigures, { from: r.from, to: r.to, scope: r.scopeName }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="major-decision.csv"; filename*=UTF-8''${encodeURIComponent(`重大行政决策统计_${r.from}_${r.to}.csv`)}`,
    },
  });
}
