import type { LoaderFunctionArgs } from "@remix-run/node";
import { jsonError } from "~/api/http.server";
import { requireApiPermission } from "~/auth/guard.server";
import { caseView } from "~/cases/case-view.server";
import { findVisibleCase } from "~/cases/queries.server";
import { db } from "~/db.server";

/** GET /api/v1/cases/:id — state, data, available actions with reasons, deadlines, documents, events. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApiPermission(request, "case.read");
  const row = findVisibleCase(db(), user, Number(params.id));
  if (!row) return jsonError(404, "案件不存在或您无权查看");
  return Response.json(caseView(db(), user, row));
}
