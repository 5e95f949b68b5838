import JSZip from "jszip";
import { legalOpinionContent } from "../../templates/legal-opinion/content";
import { renderLegalOpinion } from "../../templates/legal-opinion/render";
import { BODY_CHARACTER_SPACING, CHARS_PER_LINE, LINE_PITCH, MARGINS, mm } from "../../templates/gbt9704/style";
import { docNumber } from "../../templates/numbers";
import { acceptPayload, adviser, director, draft, must, newCase } from "./legal-opinion-helpers";

const context = must(
  must(newCase(), "ACCEPT", director, acceptPayload(), "2026-09-30T02:00:00Z").snapshot,
  "SUBMIT_DRAFT",
  adviser,
  { ...draft, analysis: "第一段分析。\n第二段分析。" },
  "2026-10-09T02:00:00Z",
).context;
const issue = { number: docNumber("彭司法意", 2026, 7), at: "2026-11-22T01:00:00Z", officeName: "彭浦新村街道" };

describe("法律意见书 content", () => {
  it("numbers like 彭司法意〔2026〕7号 and dates like 2026年11月22日", () => {
    const f = legalOpinionContent(context, issue);
    expect(f.number).toBe("彭司法意〔2026〕7号");
    expect(f.date).toBe("2026年11月22日");
    expect(f.addressee).toBe("街道管理办：");
    // Signed by the 司法所 whose 彭司法意 number it carries, not by the street.
    expect(f.issuer).toBe("彭浦新村街道司法所");
  });

  it("lays out facts, questions, analysis and opinion as 一、二、三、四、 with each paragraph kept", () => {
    const f = legalOpinionContent(context, issue);
    expect(f.sections.map((s) => s.heading)).toEqual(["一、基本事实", "二、咨询问题", "三、法律分析", "四、法律意见"]);
    expect(f.sections[2].paragraphs).toEqual(["第一段分析。", "第二段分析。"]);
    expect(f.bases).toEqual(["1.《中华人民共和国民法典》第五百八十五条"]);
  });

  it("cannot be built before a draft exists", () => {
    expect(() => legalOpinionContent(newCase().context as any, issue)).toThrow("尚无起草稿");
  });
});

describe("the GB/T 9704 rendering", async () => {
  const zip = await JSZip.loadAsync(await renderLegalOpinion(legalOpinionContent(context, issue)));
  const documentXml = await zip.file("word/document.xml")!.async("string");
  const settings = await zip.file("word/settings.xml")!.async("string");
  const footers = await Promise.all(Object.keys(zip.files).filter((n) => /word\/footer\d+\.xml/.test(n)).map((n) => zip.file(n)!.async("string")));

  it("uses A4 with 37 mm top and 28 mm left margins and a 156 mm wide type area", () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toContain(`w:top="${mm(37)}"`);
    expect(documentXml).toContain(`w:left="${mm(28)}"`);
    expect(mm(210) - MARGINS.left - MARGINS.right).toBe(mm(156));
    expect(mm(297) - MARGINS.top - MARGINS.bottom).toBe(mm(225));
  });

  it("fits 22 lines × 28 characters in the type area", () => {
    expect(LINE_PITCH * 22).toBeLessThanOrEqual(mm(225));
    expect(LINE_PITCH * 23).toBeGreaterThan(mm(225));
    expect(documentXml).toContain(`w:linePitch="${LINE_PITCH}"`);
    expect(documentXml).toContain(`w:line="${LINE_PITCH}" w:lineRule="exact"`);
    const pitchPt = 16 + BODY_CHARACTER_SPACING / 20;
    const typeAreaPt = (156 / 25.4) * 72;
    expect(CHARS_PER_LINE * pitchPt).toBeLessThanOrEqual(typeAreaPt);
    expect((CHARS_PER_LINE + 1) * pitchPt).toBeGreaterThan(typeAreaPt);
    expect(documentXml).toContain(`<w:spacing w:val="${BODY_CHARACTER_SPACING}"/>`);
  });

  it("puts 仿宋 3号 body and 小标宋 2号 title on the East Asian font slot", () => {
    expect(documentXml).toMatch(/w:eastAsia="方正小标宋简体"[^>]*\/>(<w:[^>]*>)*?<w:sz w:val="44"\/>/);
    expect(documentXml).toMatch(/w:eastAsia="仿宋"[^>]*\/>(<w:[^>]*>)*?<w:sz w:val="32"\/>/);
    expect(documentXml).toContain('w:eastAsia="黑体"');
  });

  it("numbers pages — 1 — on the right of odd pages and the left of even pages", () => {
    expect(settings).toContain("<w:evenAndOddHeaders/>");
    expect(footers).toHaveLength(2);
    for (const f of footers) expect(f).toMatch(/— <\/w:t>.*PAGE.*<w:t xml:space="preserve"> —/s);
    expect(footers.some((f) => f.includes('<w:jc w:val="right"/>'))).toBe(true);
    expect(footers.some((f) => f.includes('<w:jc w:val="left"/>'))).toBe(true);
  });

  it("carries the number, the citation and the date", () => {
    expect(documentXml).toContain("彭司法意〔2026〕7号");
    expect(documentXml).toContain("《中华人民共和国民法典》第五百八十五条");
    expect(documentXml).toContain("2026年11月22日");
  });
});
