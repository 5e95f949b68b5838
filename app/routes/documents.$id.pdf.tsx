import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireUser } from "~/auth/guard.server";
import { db } from "~/db.server";
import { documentFileName, readDocument } from "~/documents/documents.server";
import { documentPdf } from "~/documents/pdf.server";
import { refuseTampered, TAMPERED_MESSAGE } from "~/files/serve.server";

/** GET /documents/:id/pdf — the document laid out as it prints (LibreOffice), shown in the browser. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const found = readDocument(db(), user, Number(params.id));
  if (!found) notFound("文书不存在或您无权查看");
  if (!found.intact) {
    refuseTampered(db(), user.id, found.doc.caseId, found.doc.sha256);
    throw new Response(TAMPERED_MESSAGE, { status: 409 });
  }
  const pdf = await documentPdf(found.doc.sha256, found.data).catch((e: Error) => {
    console.error(e.message);
    throw new Response("版式预览生成失败,请稍后重试或下载 .docx 查看", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "60" } });
  });
  if (!pdf) throw new Response("本服务器未安装LibreOffice,无法生成版式预览;请下载 .docx 查看", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const name = documentFileName(found.doc).replace(/\.docx$/, ".pdf");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
