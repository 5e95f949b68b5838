import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { GenerateDocumentRequestSchema } from "~/api/schemas";
import { jsonError, methodNotAllowed, outcomeError, readJson } from "~/api/http.server";
import { requireApiPermission, requireApiUser } from "~/auth/guard.server";
import { caseDetail, findVisibleCase, seesPersonalData } from "~/cases/queries.server";
import { db } from "~/db.server";
import { generateDocument } from "~/documents/documents.server";

/** GET /api/v1/cases/:id/documents — the case's documents with number and SHA-256. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApiPermission(request, "case.read");
  const row = findVisibleCase(db(), user, Number(params.id));
  if (!row) return jsonError(404, "案件不存在或您无权查看");
  // Readers who see parties' data masked do not get the documents that hold it.
  if (!seesPersonalData(db(), user, row)) return Response.json({ documents: [] });
  return Response.json({
    documents: caseDetail(db(), row.id).documents.map((d) => ({ ...d, download: `/api/v1/documents/${d.id}` })),
  });
}

/** POST /api/v1/cases/:id/documents — { template }: generate an on-demand document. */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed("GET, POST");
  const user = await requireApiUser(request);
  const body = await readJson(request, GenerateDocumentRequestSchema);
  const r = await generateDocument(db(), user, Number(params.id), body.template);
  if (r.status !== 201) return outcomeError(r);
  return Response.json({ id: r.documentId, sha256: r.sha256, download: `/api/v1/documents/${r.documentId}` }, { status: 201 });
}
