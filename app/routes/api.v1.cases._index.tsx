import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { CreateCaseRequestSchema } from "~/api/schemas";
import { jsonError, methodNotAllowed, outcomeError, readJson } from "~/api/http.server";
import { requireApiPermission, requireApiUser } from "~/auth/guard.server";
import { createCase } from "~/cases/create-case.server";
import { parseCaseFilters } from "~/cases/filters.server";
import { listCases } from "~/cases/queries.server";
import { db } from "~/db.server";

/** GET /api/v1/cases — the cases the caller may see, filtered and paged. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireApiPermission(request, "case.read");
  const parsed = parseCaseFilters(new URL(request.url).searchParams);
  if (!parsed.success) return jsonError(400, "查询参数有误", { issues: parsed.error.issues.map((i) => ({ path: i.path, message: i.message })) });
  const { rows, total } = listCases(db(), user, { ...parsed.data, open: parsed.data.open === "1" });
  return Response.json({ total, page: parsed.data.page ?? 1, cases: rows });
}

/** POST /api/v1/cases — open a case of a procedure. */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed("GET, POST");
  const user = await requireApiUser(request);
  const body = await readJson(request, CreateCaseRequestSchema);
  const result = createCase(db(), user, body.procedure, body.data);
  if (result.status !== 201) return outcomeError(result);
  return Response.json({ id: result.caseId, number: result.number }, { status: 201, headers: { Location: `/api/v1/cases/${result.caseId}` } });
}
