import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/auth/guard.server";
import { db } from "~/db.server";
import { mediationReport } from "~/procedures/mediation/report.server";
import { ReportQuerySchema } from "~/reports/report-scope.server";
import { figuresCsv } from "../../workflows/mediation/statistics";

/** GET /reports/mediation.csv — the same figures as the page, for Excel (UTF-8 with BOM). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mediation.report");
  const parsed = ReportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return new Response(parsed.error.issues[0].message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const r = mediationReport(db(), user, parsed.data);
  return new Response(figuresCsv(r.figures, { from: r.from, to: r.to, scope: r.scopeName }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="mediation.csv"; filename*=UTF-8''${encodeURIComponent(`人民调解统计_${r.from}_${r.to}.csv`)}`,
    },
  });
}
