/**
 * Every document the system generates is valid WordprocessingML and reads back whole: each template
 * is rendered from a realistic case, every XML part validated against the ISO/IEC 29500-4 schemas,
 * and the text LibreOffice reads from the file compared with the text the builder wrote.
 */
import { documentSamples } from "./document-samples";
import { libreOfficeTexts, missingInOrder, paragraphTexts, schemaProblems } from "./ooxml";

const samples = documentSamples();
const rendered: Record<string, Uint8Array> = {};
for (const s of samples) if (s.input) rendered[s.id] = await (await import("../../app/procedures")).TEMPLATES[s.id].build(s.input);

describe("every generated document", () => {
  it("has a realistic case to be rendered from, for every registered template", () => {
    expect(samples.length).toBeGreaterThanOrEqual(28);
    expect(samples.filter((s) => !s.input).map((s) => s.id)).toEqual([]);
  });

  it("validates against the OOXML schema (ISO/IEC 29500-4 transitional)", async () => {
    const problems = await schemaProblems(rendered);
    expect(Object.fromEntries(Object.entries(problems).filter(([, p]) => p.length))).toEqual({});
  }, 120_000);

  it("opens in LibreOffice with its full text intact", async () => {
    const texts = libreOfficeTexts(rendered);
    const lost: Record<string, string[]> = {};
    for (const [id, bytes] of Object.entries(rendered)) {
      const missing = missingInOrder(await paragraphTexts(bytes), texts[id]);
      if (missing.length) lost[id] = missing;
    }
    expect(lost).toEqual({});
  }, 240_000);
});
