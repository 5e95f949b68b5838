/**
 * 版头 and 版记 of a 公文 (GB/T 9704-2012 §7.2 and §7.4): the issuing body's mark in red 小标宋,
 * centred, with the 发文字号 two lines below it and a red separator line under that; at the end of
 * the last page, between a thick and a thin rule, the 印发机关 and 印发日期. Opinions the 司法所
 * issues under its own number carry both (法律意见书, 合法性审查意见书).
 */
import {
  AlignmentType, BorderStyle, HeightRule, OverlapType, Paragraph, Table, TableAnchorType, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from "docx";
import { FONTS, LINE_PITCH, MARGINS, SIZES, TYPE_AREA, run } from "./style";

const RED = "FF0000";
const exact = { line: LINE_PITCH, lineRule: "exact" as const, before: 0, after: 0 };
/** Eighths of a point: the thick rule (0.35 mm ≈ 1 pt) under the 版头 and above and below a one-line 版记. */
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

/**
 * 版记: 印发机关 at the left and 印发日期 at the right, between thick rules that span the type area.
 * §7.4 puts it at the foot of the last page, its last line on the page's last line. It is a one-row
 * table floated to that position (w:tblpPr, measured from the page so that it also floats in
 * LibreOffice, which keeps a margin-relative table as wide as the type area inline), anchored to the
 * empty paragraph that ends the document: Word and WPS pin it to the foot of whichever page that
 * paragraph falls on, and body text flows above it, never under it. LibreOffice 7.4 lays any
 * floating table out where it stands, so its preview shows the 版记 right after the signature.
 */
export function colophon(printer: string, printedOn: string): (Table | Paragraph)[] {
  const rule = { style: BorderStyle.SINGLE, size: THICK, color: "000000" };
  const none = { style: BorderStyle.NONE, size: 0, color: "auto" };
  const cell = new TableCell({
    width: { size: TYPE_AREA.width, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        spacing: exact,
        // 印发机关 stands one character in from the left, 印发日期 one from the right.
        tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA.width - 280 }],
        children: [run(`\u3000${printer}`, FONTS.body, 28), run(`\t${printedOn}印发`, FONTS.body, 28)],
      }),
    ],
  });
  return [
    new Table({
      float: {
        horizontalAnchor: TableAnchorType.PAGE,
        absoluteHorizontalPosition: MARGINS.left,
        verticalAnchor: TableAnchorType.PAGE,
        absoluteVerticalPosition: COLOPHON_TOP,
        overlap: OverlapType.NEVER,
      },
      width: { size: TYPE_AREA.width, type: WidthType.DXA },
      columnWidths: [TYPE_AREA.width],
      layout: TableLayoutType.FIXED,
      borders: { top: rule, bottom: rule, left: none, right: none, insideHorizontal: none, insideVertical: none },
      rows: [new TableRow({ cantSplit: true, height: { value: LINE_PITCH, rule: HeightRule.EXACT }, children: [cell] })],
    }),
    new Paragraph({ spacing: exact, children: [] }),
  ];
}

/** Twips from the top of the page to the 版记's top rule: its one line is the type area's last. */
export const COLOPHON_TOP = MARGINS.top + TYPE_AREA.height - LINE_PITCH;
