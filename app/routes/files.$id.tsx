import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireUser } from "~/auth/guard.server";
import { db } from "~/db.server";
import { attachmentHeader, readCaseFile } from "~/documents/documents.server";
import { verifiedBlobResponse } from "~/files/serve.server";
import { nameWithTypeExtension } from "~/files/sniff";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const found = readCaseFile(db(), user, Number(params.id));
  if (!found) notFound("附件不存在或您无权查看");
  return verifiedBlobResponse(db(), { sha256: found.file.sha256, mime: found.mime, disposition: attachmentHeader(nameWithTypeExtension(found.file.name, found.mime)), method: request.method, actorId: user.id, caseId: found.file.caseId });
}
