import type { LoaderFunctionArgs } from "@remix-run/node";
import { documentFileName } from "~/documents/documents.server";
import { intactDocument } from "~/documents/intact.server";
import { documentPdf } from "~/documents/pdf.server";

/** GET /documents/:id/pdf — the document laid out as it prints (LibreOffice), shown in the browser. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const found = await intactDocument(request, params.id);
  const pdf = await documentPdf(found.doc.sha256, found.data).catch((e: Error) => {
    console.error(e.message);
    throw new Response("版式预览生成失败，请稍后重试或下载 .docx 查看", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "60" } });
  });
  if (!pdf) throw new Response("本服务器未安装LibreOffice，无法生成版式预览；请下载 .docx 查看", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const name = documentFileName(found.doc).replace(/\.docx$/, ".pdf");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
