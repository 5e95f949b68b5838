/**
 * 版头 and 版记 of a 公文 (GB/T 9704-2012 §7.2 and §7.4): the issuing body's mark in red 小标宋,
 * centred, with the 发文字号 two lines below it and a red separator line under that; at the end of
 * the last page, between a thick and a thin rule, the 印发机关 and 印发日期. Opinions the 司法所
 * issues under its own number carry both (法律意见书, 合法性审查意见书).
 */
import { AlignmentType, BorderStyle, Paragraph, TabStopType, TextRun } from "docx";
import { FONTS, LINE_PITCH, SIZES, TYPE_AREA, run } from "./style";

const RED = "FF0000";
const exact = { line: LINE_PITCH, lineRule: "exact" as const, before: 0, after: 0 };
/** Eighths of a point: the thick rule (0.35 mm ≈ 1 pt) above and below a one-line 版记. */
const THICK = 8;

/** 发文机关标志 (red, centred), 发文字号 below it, and the red separator line. */
export function letterhead(organ: string, number: string): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: LINE_PITCH, after: LINE_PITCH, line: Math.round(LINE_PITCH * 1.6), lineRule: "exact" },
      keepNext: true,
      children: [new TextRun({ text: organ, font: { eastAsia: FONTS.title, ascii: FONTS.latin, hAnsi: FONTS.latin }, size: Math.round(SIZES.title * 1.3), color: RED, language: { value: "zh-CN", eastAsia: "zh-CN" } })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...exact, after: Math.round(LINE_PITCH / 2) },
      keepNext: true,
      border: { bottom: { style: BorderStyle.SINGLE, size: THICK, color: RED, space: 8 } },
      children: [run(number)],
    }),
    new Paragraph({ spacing: exact, children: [run("")] }),
  ];
}

/** 版记: 印发机关 at the left and 印发日期 at the right, between a thick rule above and a thin one below. */
export function colophon(printer: string, printedOn: string): Paragraph[] {
  return [
    new Paragraph({ spacing: exact, keepNext: true, children: [run("")] }),
    new Paragraph({
      spacing: exact,
      keepLines: true,
      // The rules span the type area; 印发机关 stands one character in from the left, 印发日期 one from the right.
      tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA.width - 280 }],
      border: {
        top: { style: BorderStyle.SINGLE, size: THICK, color: "000000", space: 4 },
        bottom: { style: BorderStyle.SINGLE, size: THICK, color: "000000", space: 4 },
      },
      children: [run(`\u3000${printer}`, FONTS.body, 28), run(`\t${printedOn}印发`, FONTS.body, 28)],
    }),
  ];
}
