import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { forbidden, notFound, requireUser } from "~/auth/guard.server";
import { hasPermission } from "~/auth/permissions.server";
import { ReportFilters } from "~/components/report-filters";
import { Charts } from "~/components/charts";
import { db } from "~/db.server";
import { procedureModule } from "~/procedures/registry.server";
import { procedureViews } from "~/procedures/views";
import { procedureReport } from "~/reports/procedure-report.server";
import { ReportQuerySchema } from "~/reports/report-scope.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "统计"} · 司法所` }];

/** /reports/<procedure>: each procedure's figures, as its module declares them. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const module = procedureModule(params.procedure ?? "");
  if (!module?.report) notFound("没有这项统计");
  if (!hasPermission(user.roles, module.report.permission)) forbidden();
  const parsed = ReportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new Response(parsed.error.issues[0].message, { status: 400 });
  return procedureReport(db(), user, module, parsed.data);
}

export default function ProcedureReportPage() {
  const r = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const View = procedureViews(r.procedure)?.Report;
  const query = new URLSearchParams({ from: r.from, to: r.to, ...(params.get("officeId") ? { officeId: params.get("officeId")! } : {}) });
  return (
    <>
      <h1>{r.title}</h1>
      {r.hint ? <p className="hint">{r.hint}</p> : null}
      <ReportFilters from={r.from} to={r.to} officeId={params.get("officeId")} offices={r.offices}>
        {r.xlsxPath ? <>{" "}<a className="button secondary" href={`${r.xlsxPath}?${query}`} download>导出Excel</a></> : null}
        {r.registerPath ? <>{" "}<a className="button secondary" href={`${r.registerPath}?${query}`} download>导出台账（Excel）</a></> : null}
        {r.csvPath ? <>{" "}<a className="button secondary" href={`${r.csvPath}?${query}`}>导出CSV</a></> : null}
      </ReportFilters>
      <Charts charts={r.charts} />
      {View ? <View figures={r.figures} from={r.from} to={r.to} scopeName={r.scopeName} /> : null}
    </>
  );
}
