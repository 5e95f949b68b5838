/**
 * A document whose pages cannot be drawn (here pdftoppm always fails) is not tried again on every
 * reload: the preview says so and shows the text, instead of reloading itself for ever.
 */
import { createHash } from "node:crypto";
import { TEMPLATES } from "../../app/procedures";
import { documentSamples } from "../unit/document-samples";

process.env.PDFTOPPM = "/bin/false";
const { documentPagesIfReady } = await import("../../app/documents/pdf.server");

describe("page drawing that fails", () => {
  it("is reported as failed, and not started again for a while", async () => {
    const sample = documentSamples().find((s) => s.id === "legal-opinion")!;
    const bytes = await TEMPLATES["legal-opinion"].build(sample.input!);
    const sha = createHash("sha256").update(bytes).digest("hex");
    expect(documentPagesIfReady(sha, bytes)).toEqual({ pending: true });
    let r = documentPagesIfReady(sha, bytes);
    for (let i = 0; i < 240 && "pending" in r && r.pending; i++) {
      await new Promise((ok) => setTimeout(ok, 500));
      r = documentPagesIfReady(sha, bytes);
    }
    expect(r).toEqual({ pending: false, failed: true });
    // Ten minutes on it is tried again.
    expect(documentPagesIfReady(sha, bytes, Date.now() + 11 * 60_000)).toEqual({ pending: true });
  }, 150_000);
});
