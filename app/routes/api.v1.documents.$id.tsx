import type { LoaderFunctionArgs } from "@remix-run/node";
import { jsonError } from "~/api/http.server";
import { requireApiPermission } from "~/auth/guard.server";
import { db } from "~/db.server";
import { attachmentHeader, DOCX_MIME, readDocument } from "~/documents/documents.server";

/** GET /api/v1/documents/:id — the .docx, for callers who may see its case. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireApiPermission(request, "case.read");
  const found = readDocument(db(), user, Number(params.id));
  if (!found) return jsonError(404, "文书不存在或您无权查看");
  return new Response(new Uint8Array(found.data), {
    headers: { "Content-Type": DOCX_MIME, "Content-Disposition": attachmentHeader(`${found.doc.title}.docx`), "X-Content-SHA256": found.doc.sha256 },
  });
}
