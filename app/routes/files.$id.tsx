import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireUser } from "~/auth/guard.server";
import { db } from "~/db.server";
import { attachmentHeader, readCaseFile } from "~/documents/documents.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const found = readCaseFile(db(), user, Number(params.id));
  if (!found) notFound("附件不存在或您无权查看");
  return new Response(new Uint8Array(found.data), {
    headers: { "Content-Type": found.mime, "Content-Disposition": attachmentHeader(found.file.name), "X-Content-SHA256": found.file.sha256, "Cache-Control": "private, no-store" },
  });
}
