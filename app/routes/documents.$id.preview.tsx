import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { previewHtml } from "~/documents/documents.server";
import { intactDocument } from "~/documents/intact.server";
import { documentPagesIfReady, pdfPreviewAvailable } from "~/documents/pdf.server";

// While LibreOffice draws the pages the page reloads itself every few seconds (no script needed).
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} · 预览` : "文书预览" }, ...(data?.pending ? [{ httpEquiv: "refresh", content: "3" }] : [])];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const found = await intactDocument(request, params.id);
  // The pages as they print, drawn once per document in the background; until then (or without LibreOffice) the text preview stands.
  const drawn = documentPagesIfReady(found.doc.sha256, found.data);
  const pages = "pages" in drawn ? drawn.pages : null;
  const pending = "pending" in drawn && drawn.pending;
  const failed = "failed" in drawn && !!drawn.failed;
  return { id: found.doc.id, caseId: found.doc.caseId, title: found.doc.title, number: found.doc.number, sha256: found.doc.sha256, pdf: pdfPreviewAvailable(), pages, pending, failed, html: await previewHtml(found.data) };
}

export default function Preview() {
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <p><Link to={`/cases/${d.caseId}`}>← 返回案件</Link> · <a href={`/documents/${d.id}/download`}>下载 .docx</a></p>
      <h1>{d.title} {d.number ?? ""}</h1>
      <details className="tech"><summary>技术信息</summary>SHA-256 <span className="mono">{d.sha256}</span></details>
      {d.pdf ? <p><a className="button secondary" href={`/documents/${d.id}/pdf`} data-testid="pdf-preview">打开PDF（分页、页码与打印一致）</a></p> : null}
      {d.pages ? (
        <>
          {/* Each page as Word or WPS lays it out (GB/T 9704 margins, fonts, page numbers), drawn by LibreOffice. */}
          <div className="preview-pages" data-testid="preview-pages">
            {Array.from({ length: d.pages }, (_, i) => (
              <img key={i} src={`/documents/${d.id}/page/${i + 1}`} alt={`${d.title}第${i + 1}页，共${d.pages}页`} width={794} height={1123} loading={i < 2 ? "eager" : "lazy"} />
            ))}
          </div>
          <details className="no-print"><summary>文字版（便于复制）</summary>
            {/* mammoth escapes document text; the HTML holds only its own structural tags. */}
            <div className="preview" data-testid="preview" dangerouslySetInnerHTML={{ __html: d.html }} />
          </details>
        </>
      ) : (
        <>
          {d.pending ? (
            <p className="alert info" role="status" data-testid="pages-pending">正在按打印版式生成页面，稍候本页自动刷新；下方先显示文字预览。</p>
          ) : (
            <p className="hint">
              {d.failed ? "页面图像暂未能生成（稍后再试）" : d.pdf ? "本服务器未安装页面图像工具（poppler-utils），可打开PDF查看版式" : "本服务器未安装LibreOffice"}
              ，下方为按公文版式排列的文字预览，分页和页码以下载的文书为准。
            </p>
          )}
          <div className="preview" data-testid="preview" dangerouslySetInnerHTML={{ __html: d.html }} />
        </>
      )}
    </>
  );
}
