import JSZip from "jszip";
import { requestForm, reviewOpinion } from "../../templates/normative-review/content";
import { judicialOffice } from "../../templates/signers";
import { NORMATIVE_REVIEW_DOCUMENTS } from "../../templates/normative-review";
import { accepted, adviser, director, must, opinion, staff } from "./normative-review-helpers";

const corrected = must(must(accepted(), "REQUEST_CORRECTION", adviser, { items: "制定依据文本" }, "2026-09-30T02:00:00Z").snapshot, "SUPPLY_CORRECTION", staff, { note: "已补充", files: [] }, "2026-10-12T02:00:00Z").snapshot;
const signed = must(must(corrected, "SUBMIT_OPINION", adviser, opinion, "2026-10-13T02:00:00Z").snapshot, "APPROVE", director, {}, "2026-10-14T02:00:00Z").context;
const input = { c: signed, caseNumber: "（2026）彭司法审字第1号", number: "彭司法审〔2026〕3号", officeName: "彭浦新村街道", at: "2026-10-14T03:00:00Z" };

describe("合法性审查意见书 content", () => {
  it("is addressed to the requesting unit, numbered, and signed by the 司法所 with the date of issue", () => {
    const s = reviewOpinion(input)!;
    expect(s.number).toBe("彭司法审〔2026〕3号");
    expect(s.blocks![0].paragraphs).toEqual(["街道社区管理办公室："]);
    // The reviewer signs with the roster certificate (RULES.md §5), then the 司法所.
    expect(s.signatures).toEqual(["审查人：陈律师（外聘法律顾问，上海市某某律师事务所，执业证号13101201510123456）", "彭浦新村街道司法所", "2026年10月14日"]);
    expect(judicialOffice("某某司法所")).toBe("某某司法所");
  });

  it("states the conclusion, each problem with its article, the suggestions and the 补正 on record", () => {
    const s = reviewOpinion(input)!;
    expect(s.blocks!.map((b) => b.heading).filter(Boolean)).toEqual(["一、审查结论", "二、审查意见", "三、存在的问题及依据", "四、修改建议"]);
    expect(s.blocks![2].paragraphs[0]).toMatch(/^修改后合法。.*提请审议。$/);
    expect(s.blocks![4].paragraphs).toEqual(["1.第十二条设定罚款——《中华人民共和国行政处罚法》第十六条"]);
    expect(s.blocks![1].paragraphs[0]).toContain("2026年9月30日通知补正（制定依据文本），2026年10月12日补正送达");
  });

  it("cannot be built before there is an opinion", () => {
    expect(reviewOpinion({ ...input, c: accepted().context as any })).toBeNull();
  });

  it("registers the request with its draft and the requested date", () => {
    const rows = Object.fromEntries(requestForm(input).rows!);
    expect(rows["送审文件类型"]).toBe("行政规范性文件");
    expect(rows["要求完成日期"]).toBe("2026年10月30日");
    expect(rows["送审稿"]).toMatch(/^送审稿\.pdf（SHA-256 d{16}…）$/);
  });
});

describe("the rendered .docx", () => {
  it("is a Word document holding the number and every problem", async () => {
    const template = NORMATIVE_REVIEW_DOCUMENTS.find((t) => t.id === "normative-review-opinion")!;
    expect(template.numbering).toEqual({ series: "doc:normative-review", codeSuffix: "法审" });
    const bytes = await template.build({ context: signed, caseNumber: input.caseNumber, caseTitle: "x", number: input.number, at: input.at, officeName: input.officeName, actorName: "李干事", files: [] });
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    expect(xml).toContain("彭司法审〔2026〕3号");
    expect(xml).toContain("《中华人民共和国行政处罚法》第十六条");
    expect(xml).toContain("彭浦新村街道司法所");
  });
});
