import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireUser } from "~/auth/guard.server";
import { db } from "~/db.server";
import { attachmentHeader, DOCX_MIME, readDocument } from "~/documents/documents.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const found = readDocument(db(), user, Number(params.id));
  if (!found) notFound("文书不存在或您无权查看");
  const name = `${found.doc.title}${found.doc.number ? `(${found.doc.number})` : ""}.docx`;
  return new Response(new Uint8Array(found.data), {
    headers: { "Content-Type": DOCX_MIME, "Content-Disposition": attachmentHeader(name), "X-Content-SHA256": found.doc.sha256, "Cache-Control": "private, no-store" },
  });
}
