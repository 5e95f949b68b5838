/**
 * GB/T 9704 pagination and type, read from every generated document's XML: headings and the
 * paragraph before a signature are kept with what follows, table rows never split, the signer is
 * centred over the date, "(一)" headings are 楷体, and text is tagged Simplified Chinese.
 */
import JSZip from "jszip";
import { TEMPLATES } from "../../app/procedures";
import { LINE_PITCH, MARGINS, TYPE_AREA, charWidths } from "../../templates/gbt9704/style";
import { documentSamples } from "./document-samples";

const xmlOf: Record<string, { document: string; styles: string }> = {};
for (const s of documentSamples()) {
  if (!s.input) continue;
  const zip = await JSZip.loadAsync(await TEMPLATES[s.id].build(s.input));
  xmlOf[s.id] = { document: await zip.file("word/document.xml")!.async("string"), styles: await zip.file("word/styles.xml")!.async("string") };
}
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
const textOf = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
const rightIndent = (p: string) => Number(p.match(/<w:ind [^>]*w:right="(\d+)"/)?.[1] ?? 0);

describe("every document in the GB/T 9704 layout", () => {
  it("tags its text as Simplified Chinese, by default and on each run", () => {
    for (const [id, x] of Object.entries(xmlOf)) {
      expect(x.styles, id).toMatch(/<w:rPrDefault>[\s\S]*<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
      const runs = [...x.document.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]).filter((r) => /<w:t[ >]/.test(r));
      expect(runs.filter((r) => !r.includes('w:eastAsia="zh-CN"')).length, id).toBe(0);
    }
  });

  it("keeps each 黑体 or 楷体 heading with the text after it", () => {
    for (const [id, x] of Object.entries(xmlOf)) {
      const headings = paragraphs(x.document).filter((p) => /w:eastAsia="(黑体|楷体)"/.test(p));
      for (const h of headings) expect(h, `${id}: ${textOf(h)}`).toContain("<w:keepNext/>");
    }
  });

  it("sets a (一) heading in 楷体, kept with its text, but not a (一) list item or sentence", async () => {
    const { Document, Packer } = await import("docx");
    const { body } = await import("../../templates/gbt9704/style");
    const xml = async (p: ReturnType<typeof body>) => {
      const zip = await JSZip.loadAsync(await Packer.toBuffer(new Document({ sections: [{ children: [p] }] })));
      return zip.file("word/document.xml")!.async("string");
    };
    const heading = await xml(body("（一）审查范围"));
    expect(heading).toContain('w:eastAsia="楷体"');
    expect(heading).toContain("<w:keepNext/>");
    for (const item of ["（一）选择或者接受人民调解员；", "（一）当事人应当如实陈述纠纷事实，不得提供虚假证明材料。"]) expect(await xml(body(item))).toContain('w:eastAsia="仿宋"');
    // In the documents, every (一) line that is not a list item or sentence is 楷体.
    const headings = Object.entries(xmlOf).flatMap(([id, x]) => paragraphs(x.document).filter((p) => /^[（(][一二三四五六七八九十]+[）)]/.test(textOf(p)) && textOf(p).length <= 40 && !/[。；;]$/.test(textOf(p))).map((p) => ({ id, p })));
    for (const { id, p } of headings) expect(p, `${id}: ${textOf(p)}`).toContain('w:eastAsia="楷体"');
  });

  it("never splits a table row across pages", () => {
    for (const [id, x] of Object.entries(xmlOf)) {
      const rows = [...x.document.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      expect(rows.filter((r) => !r.includes("<w:cantSplit/>")).length, id).toBe(0);
    }
  });

  it("holds a signature block together with the paragraph before it, so it never stands alone on a page", () => {
    let blocks = 0;
    for (const [id, x] of Object.entries(xmlOf)) {
      const ps = paragraphs(x.document);
      // A signature block's date stands indented from the right (a date in a table cell does not).
      const date = ps.findLastIndex((p) => rightIndent(p) > 0 && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(textOf(p)));
      if (date < 0) continue;
      blocks++;
      let first = date;
      while (first > 0 && rightIndent(ps[first - 1]) > 0) first--;
      // The block, the blank line above it and the last paragraph of text are each kept with the next.
      for (let i = first - 2; i < date; i++) expect(ps[i], `${id}: ${textOf(ps[i])}`).toContain("<w:keepNext/>");
    }
    expect(blocks).toBeGreaterThan(10);
  });

  it("centres the signer over the date, the date four characters in from the right", () => {
    const x = xmlOf["legal-opinion"].document;
    const ps = paragraphs(x);
    const date = ps.findLastIndex((p) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(textOf(p)));
    const signer = ps[date - 1];
    expect(rightIndent(ps[date])).toBe(4 * 320);
    // The seal mark (印) is not part of the name that is centred.
    expect(textOf(signer)).toBe("彭浦新村街道司法所（印）");
    expect(rightIndent(signer)).toBe(Math.round((4 + (charWidths(textOf(ps[date])) - charWidths("彭浦新村街道司法所")) / 2) * 320));
    expect(charWidths("2026年10月12日")).toBe(7);
    // Signature lines of people (the parties of an agreement) stay four characters in from the right.
    const agreement = paragraphs(xmlOf["mediation-agreement"].document);
    const applicant = agreement.findLast((p) => textOf(p).startsWith("申请人："))!;
    expect(rightIndent(applicant)).toBe(4 * 320);
  });

  it("gives the 司法所's opinions a 版头 (red mark, number, red rule), the seal mark over the date, and a 版记", () => {
    for (const id of ["legal-opinion", "normative-review-opinion"]) {
      const ps = paragraphs(xmlOf[id].document);
      const mark = ps.findIndex((p) => p.includes('<w:color w:val="FF0000"/>'));
      expect(textOf(ps[mark]), id).toBe("彭浦新村街道司法所");
      expect(ps[mark + 1], id).toMatch(/<w:bottom [^>]*w:color="FF0000"/);
      expect(textOf(ps[mark + 1]), id).toBe("彭样〔2026〕1号");
      expect(ps.map(textOf), id).toContain("彭浦新村街道司法所（印）");
      // The 版记 is the document's last table, floated to the foot of the page its anchor falls on:
      // its top rule one line above the type area's bottom, its left edge on the left margin.
      const tables = [...xmlOf[id].document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
      const colophon = tables.at(-1)!;
      expect(textOf(colophon).replace(/\s/g, ""), id).toBe("彭浦新村街道司法所2026年10月12日印发");
      expect(xmlOf[id].document.slice(xmlOf[id].document.lastIndexOf("</w:tbl>")), id).not.toMatch(/<w:t[ >]/);
      const at = (name: string) => Number(colophon.match(new RegExp(`<w:tblpPr [^>]*w:${name}="(\\d+)"`))?.[1]);
      expect(colophon, id).toMatch(/<w:tblpPr [^>]*w:vertAnchor="page"/);
      expect(at("tblpY") + LINE_PITCH, id).toBe(MARGINS.top + TYPE_AREA.height);
      expect(at("tblpX"), id).toBe(MARGINS.left);
      expect(colophon, id).toMatch(/<w:trHeight [^>]*w:hRule="exact"/);
      expect(colophon, id).toMatch(/<w:tblBorders><w:top w:val="single"[^>]*\/>[\s\S]*<w:bottom w:val="single"/);
    }
  });
});
