import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireUser } from "~/auth/guard.server";
import { db } from "~/db.server";
import { attachmentHeader, DOCX_MIME, documentFileName, visibleDocument } from "~/documents/documents.server";
import { verifiedBlobResponse } from "~/files/serve.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const doc = visibleDocument(db(), user, Number(params.id));
  if (!doc) notFound("文书不存在或您无权查看");
  return verifiedBlobResponse(db(), { sha256: doc.sha256, mime: DOCX_MIME, disposition: attachmentHeader(documentFileName(doc)), method: request.method, actorId: user.id, caseId: doc.caseId });
}
