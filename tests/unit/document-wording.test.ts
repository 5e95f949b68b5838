/**
 * What an official paper may say: no system wording (commands, internal record numbers), amounts
 * written one way, and each document dated when its act happened rather than when it was printed.
 */
import JSZip from "jszip";
import { TEMPLATES } from "../../app/procedures";
import { documentSamples } from "./document-samples";
import { paragraphTexts } from "./ooxml";

const texts: Record<string, string> = {};
const samples = documentSamples();
for (const s of samples) if (s.input) texts[s.id] = (await paragraphTexts(await TEMPLATES[s.id].build(s.input))).join("\n");
const printedOn = "2026年10月12日"; // every sample is generated at 2026-10-12

describe("the wording of every document", () => {
  it("carries no system wording: no command, no audit tool, no internal record number", () => {
    const found = Object.entries(texts).flatMap(([id, t]) => ["npm", "audit:verify", "记录第", "undefined", "null", "NaN"].filter((w) => t.includes(w)).map((w) => `${id}: ${w}`));
    expect(found).toEqual([]);
    expect(Object.keys(texts).length).toBe(samples.length);
  });

  it("writes an amount the system computed one way, grouped by thousands", async () => {
    expect(texts["enforcement-closing"]).toContain("应缴罚款60,000元，已缴0元");
    expect(texts["enforcement-decision"]).toContain("罚款60,000元");
    expect(texts["enforcement-closing"]).not.toMatch(/(?<![\d,])\d{4,}元/);
  });

  it("dates the 先行登记保存通知书 on the day of the preservation, not the day it was generated", () => {
    const lines = texts["enforcement-preservation"].split("\n");
    expect(lines).toContain("2026年9月2日");
    expect(lines).not.toContain(printedOn);
  });
});
