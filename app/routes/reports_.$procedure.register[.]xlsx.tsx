import type { LoaderFunctionArgs } from "@remix-run/node";
import { forbidden, notFound, requireUser } from "~/auth/guard.server";
import { hasPermission } from "~/auth/permissions.server";
import { db } from "~/db.server";
import { workbook, xlsxResponse } from "~/exports/xlsx.server";
import { procedureModule } from "~/procedures/registry.server";
import { ReportQuerySchema, reportScope } from "~/reports/report-scope.server";

/**
 * GET /reports/<procedure>/register.xlsx — the 台账 of the cases the report counts, one a row. The
 * district reads its streets' registers with natural persons' names masked, as everywhere.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const module = procedureModule(params.procedure ?? "");
  if (!module?.report || !module.server.register) notFound("没有这项台账");
  if (!hasPermission(user.roles, module.report.permission)) forbidden();
  const parsed = ReportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new Response(parsed.error.issues[0].message, { status: 400 });
  const { from, to, offices } = reportScope(db(), user, parsed.data);
  const sheet = module.server.register(db(), { offices, from, to }, user.organisationKind !== "district");
  const data = await workbook([{ ...sheet, preface: [[`${module.definition.name}台账`], ["登记期间", `${from}至${to}`], []] }]);
  return xlsxResponse(data, `${module.definition.id}-register-${from}-${to}`, `${sheet.name}_${from}_${to}`);
}
