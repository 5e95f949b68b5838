import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { previewHtml } from "~/documents/documents.server";
import { intactDocument } from "~/documents/intact.server";
import { pdfPreviewAvailable } from "~/documents/pdf.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} · 预览` : "文书预览" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const found = await intactDocument(request, params.id);
  return { id: found.doc.id, caseId: found.doc.caseId, title: found.doc.title, number: found.doc.number, sha256: found.doc.sha256, pdf: pdfPreviewAvailable(), html: await previewHtml(found.data) };
}

export default function Preview() {
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <p><Link to={`/cases/${d.caseId}`}>← 返回案件</Link> · <a href={`/documents/${d.id}/download`}>下载 .docx</a></p>
      <p className="hint">{d.title} {d.number ?? ""} · SHA-256 <span className="mono">{d.sha256}</span></p>
      {d.pdf ? (
        <p><a className="button" href={`/documents/${d.id}/pdf`} data-testid="pdf-preview">版式预览（PDF：分页、页码与打印一致）</a></p>
      ) : (
        <p className="hint">本服务器未安装LibreOffice，下方为文字预览，分页和页码以下载的文书为准。</p>
      )}
      {/* mammoth escapes document text; the HTML holds only its own structural tags. */}
      <div className="preview" data-testid="preview" dangerouslySetInnerHTML={{ __html: d.html }} />
    </>
  );
}
