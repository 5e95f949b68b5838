import type { LoaderFunctionArgs } from "@remix-run/node";
import { intactDocument } from "~/documents/intact.server";
import { documentPage, documentPages } from "~/documents/pdf.server";

/** GET /documents/:id/page/:n — page n of the document as it prints, a PNG drawn from its PDF (preview). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const found = await intactDocument(request, params.id);
  const n = Number(params.n);
  const pages = await documentPages(found.doc.sha256, found.data).catch(() => null);
  const png = pages && n <= pages ? documentPage(found.doc.sha256, n) : null;
  if (!png) throw new Response("没有这一页", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png", "Cache-Control": "private, no-store" } });
}
