import type { LoaderFunctionArgs } from "@remix-run/node";
import { forbidden, notFound, requireUser } from "~/auth/guard.server";
import { hasPermission } from "~/auth/permissions.server";
import { db } from "~/db.server";
import { workbook, xlsxResponse } from "~/exports/xlsx.server";
import { procedureModule } from "~/procedures/registry.server";
import { procedureReport } from "~/reports/procedure-report.server";
import { ReportQuerySchema } from "~/reports/report-scope.server";

/** GET /reports/<procedure>/xlsx — the report page's figures as an Excel workbook, for the same period and offices. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const module = procedureModule(params.procedure ?? "");
  if (!module?.report || !module.server.reportSheets) notFound("没有这项统计");
  if (!hasPermission(user.roles, module.report.permission)) forbidden();
  const parsed = ReportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new Response(parsed.error.issues[0].message, { status: 400 });
  const r = procedureReport(db(), user, module, parsed.data);
  const preface = [["统计范围", r.scopeName], ["统计期间", `${r.from}至${r.to}`], []];
  const data = await workbook(module.server.reportSheets(r.figures).map((s) => ({ ...s, preface })));
  return xlsxResponse(data, `${module.definition.id}-${r.from}-${r.to}`, `${r.title}_${r.from}_${r.to}`);
}
