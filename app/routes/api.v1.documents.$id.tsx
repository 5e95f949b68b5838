import type { LoaderFunctionArgs } from "@remix-run/node";
import { jsonError } from "~/api/http.server";
import { requireApiPermission } from "~/auth/guard.server";
import { db } from "~/db.server";
import { attachmentHeader, DOCX_MIME, documentFileName, visibleDocument } from "~/documents/documents.server";
import { verifiedBlobResponse } from "~/files/serve.server";

/** GET /api/v1/documents/:id — the .docx, for callers who may see its case, while its bytes match its hash. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApiPermission(request, "case.read");
  const doc = visibleDocument(db(), user, Number(params.id));
  if (!doc) return jsonError(404, "文书不存在或您无权查看");
  return verifiedBlobResponse(db(), { sha256: doc.sha256, mime: DOCX_MIME, disposition: attachmentHeader(documentFileName(doc)), method: request.method, actorId: user.id, caseId: doc.caseId, json: true });
}
