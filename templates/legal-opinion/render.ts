/** 法律意见书 rendered in the shared GB/T 9704 style. */
import { Packer } from "docx";
import { colophon, letterhead } from "../gbt9704/letterhead";
import { blank, body, heading1, officialDocument, signature, title } from "../gbt9704/style";
import type { LegalOpinionFields } from "./content";

export async function renderLegalOpinion(f: LegalOpinionFields): Promise<Uint8Array> {
  const doc = officialDocument({ title: f.title, subject: f.number }, [
    // A 公文 of the 司法所: its mark and number at the head, its 版记 at the end.
    ...letterhead(f.issuer, f.number),
    title(f.title),
    blank(),
    body(f.addressee, { indent: false }),
    body(f.intro),
    ...f.sections.flatMap((s) => [heading1(s.heading), ...s.paragraphs.map((p) => body(p))]),
    heading1(`${["一", "二", "三", "四", "五", "六"][f.sections.length]}、法律依据`),
    ...f.bases.map((b) => body(b)),
    body(f.closing, { keepNext: true }),
    blank(true),
    ...signature([f.drafter, `${f.issuer}（印）`, f.date]),
    ...colophon(f.issuer, f.date),
  ]);
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
