/**
 * The preview shows the page as it prints: LibreOffice lays the stored .docx out as PDF on the
 * server, for readers who may open the document only, and a 卷宗's index carries its page numbers.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { documents } from "../../db/schema";
import { TEMPLATES } from "../../app/procedures";
import { documentPdf } from "../../app/documents/pdf.server";
import { documentSamples } from "../unit/document-samples";
import { builtApp } from "./http";
import { advance, openCase, seededWorld, toIssued } from "./world";

const w = await seededWorld();
const app = await builtApp();
const id = openCase(w);
await advance(w, id, toIssued(w));
const [doc] = w.db.select().from(documents).where(eq(documents.caseId, id)).all();

/** The text of a PDF, page by page (poppler's pdftotext). */
function pdfText(pdf: Uint8Array) {
  const path = join(process.env.DATA_DIR!, `t-${Date.now()}.pdf`);
  writeFileSync(path, pdf);
  return execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
}

describe("the PDF preview", () => {
  it("lays the 法律意见书 out as it prints, for a reader of its office", async () => {
    const res = await app.get(`/documents/${doc.id}/pdf`, await app.cookieFor("ganshi"));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    const pdf = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    const text = pdfText(pdf).replace(/\s/g, "");
    expect(text).toContain(doc.number!);
    expect(text).toContain("—1—");
  }, 120_000);

  it("shows each printed page as an image on the preview, A4 at 96 dpi, once drawn", async () => {
    const open = async () => (await app.get(`/documents/${doc.id}/preview`, await app.cookieFor("ganshi"))).text();
    // The PDF above is ready but its pages are not drawn yet (this is the first opening of the preview):
    // the page opens at once with the text and the PDF link, and reloads itself.
    const first = await open();
    expect(first).toContain('data-testid="pages-pending"');
    expect(first).toContain(`href="/documents/${doc.id}/pdf"`);
    expect(first).toContain('http-equiv="refresh" content="3"');
    expect(first).toContain(doc.number!);
    for (let i = 0; i < 60 && (await open()).includes("pages-pending"); i++) await new Promise((r) => setTimeout(r, 500));
    const preview = await open();
    expect(preview).not.toContain("http-equiv");
    const pages = [...preview.matchAll(/<img src="\/documents\/\d+\/page\/(\d+)" alt="法律意见书第\d+页，共(\d+)页"/g)];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBe(Number(pages[0][2]));
    const res = await app.get(`/documents/${doc.id}/page/1`, await app.cookieFor("ganshi"));
    expect(res.headers.get("Content-Type")).toBe("image/png");
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([794, 1123]);
    expect((await app.get(`/documents/${doc.id}/page/${pages.length + 1}`, await app.cookieFor("ganshi"))).status).toBe(404);
    expect((await app.get(`/documents/${doc.id}/page/1`, await app.cookieFor("suozhang2"))).status).toBe(404);
  }, 120_000);

  it("is not shown to another street", async () => {
    expect((await app.get(`/documents/${doc.id}/pdf`, await app.cookieFor("suozhang2"))).status).toBe(404);
  });

  it("gives a 卷宗's index the page number of every part", async () => {
    const sample = documentSamples().find((s) => s.id === "mediation-file")!;
    const bytes = await TEMPLATES["mediation-file"].build(sample.input!);
    const pdf = await documentPdf(createHash("sha256").update(bytes).digest("hex"), bytes);
    const index = pdfText(pdf!).split("卷内目录")[1].split("\f")[0];
    for (const part of ["人民调解申请书", "人民调解协议书", "人民调解回访记录"]) expect(index).toMatch(new RegExp(`${part}\\s+\\d+\\s*\\n`));
  }, 120_000);
});
