/**
 * The GB/T 9704-2012 党政机关公文格式 page and type, shared by every document builder:
 * A4; margins 37 mm top, 28 mm left; type area 156 × 225 mm; 22 lines × 28 characters;
 * 3号仿宋 body; 2号小标宋 title; "一、" 黑体, "(一)" 楷体, "1." 仿宋; page numbers
 * 4号宋体 "— 1 —", odd pages right, even pages left, one character in from the edge.
 * Chinese fonts are set on the East Asian slot (w:eastAsia) or Word falls back to a Latin font.
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from "docx";

const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (v: number) => Math.round(v * TWIPS_PER_MM);

export const PAGE = { width: mm(210), height: mm(297) } as const;
export const TYPE_AREA = { width: mm(156), height: mm(225) } as const;
// Right and bottom margins are what is left of the page, so the type area is exactly 156 × 225 mm.
export const MARGINS = {
  top: mm(37),
  left: mm(28),
  right: PAGE.width - mm(28) - TYPE_AREA.width,
  bottom: PAGE.height - mm(37) - TYPE_AREA.height,
  footer: mm(23),
  header: mm(15),
} as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** 225 mm / 22 lines ≈ 28.95 pt: the fixed line pitch of body text, in twips. */
export const LINE_PITCH = Math.floor(TYPE_AREA.height / LINES_PER_PAGE);
/**
 * 28 characters in 156 mm (442.2 pt) means a pitch under 15.79 pt: 16 pt 仿宋 condensed by 0.25 pt
 * (w:spacing -5 twentieths) gives 15.75 pt — 28 fit, 29 do not. A character grid (docGrid
 * linesAndChars + charSpace) is read differently by Word and LibreOffice (19 characters a line
 * there), so the grid here is lines only and the pitch comes from the run spacing.
 */
export const BODY_CHARACTER_SPACING = -5;

export const FONTS = {
  body: "仿宋",
  title: "方正小标宋简体",
  heading1: "黑体",
  heading2: "楷体",
  pageNumber: "宋体",
  latin: "Times New Roman",
} as const;

/** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZES = { title: 44, body: 32, pageNumber: 28 } as const;

const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia, cs: FONTS.latin });
/** Simplified Chinese for spelling, line breaking and punctuation compression in Word and WPS. */
const LANGUAGE = { value: "zh-CN", eastAsia: "zh-CN" } as const;
const exactLine = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

export function run(text: string, eastAsia: string = FONTS.body, size: number = SIZES.body, bold = false) {
  return new TextRun({ text, font: font(eastAsia), size, bold, language: LANGUAGE, characterSpacing: size === SIZES.body ? BODY_CHARACTER_SPACING : undefined });
}

/** 2号小标宋 title, centred, kept with what follows. */
export function title(text: string) {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLine, keepNext: true, children: [run(text, FONTS.title, SIZES.title)] });
}

/** "(一)" at the start of a short line that does not end a sentence: a level-2 heading, set in 楷体 (GB/T 9704 §7.3.3). */
const LEVEL2 = /^[（(][一二三四五六七八九十]+[）)]/;

/**
 * Body paragraph: 仿宋 3号, first line indented two characters. `keepNext` holds it on the page of
 * what follows (the last paragraph before a signature block, GB/T 9704 §7.3.5).
 */
export function body(text: string, opts: { indent?: boolean; align?: "left" | "right" | "center"; keepNext?: boolean } = {}) {
  if (LEVEL2.test(text) && text.length <= 40 && !/[。；;]$/.test(text) && opts.indent !== false && !opts.align) return heading2(text);
  const alignment = opts.align === "right" ? AlignmentType.RIGHT : opts.align === "center" ? AlignmentType.CENTER : AlignmentType.JUSTIFIED;
  return new Paragraph({
    alignment,
    spacing: exactLine,
    keepNext: opts.keepNext,
    indent: opts.indent === false ? undefined : { firstLine: 2 * 320 },
    children: [run(text)],
  });
}

/** An empty line; `keepNext` when it stands between the last paragraph and the signature block. */
export function blank(keepNext = false) {
  return new Paragraph({ spacing: exactLine, keepNext, children: [run("")] });
}

/** "一、" level: 黑体, never left at the foot of a page without its first line of text. */
export function heading1(text: string) {
  return new Paragraph({ spacing: exactLine, keepNext: true, keepLines: true, indent: { firstLine: 640 }, children: [run(text, FONTS.heading1)] });
}

/** "(一)" level: 楷体, kept with what follows. */
export function heading2(text: string) {
  return new Paragraph({ spacing: exactLine, keepNext: true, keepLines: true, indent: { firstLine: 640 }, children: [run(text, FONTS.heading2)] });
}

/** 3号 character widths of a line: a CJK character or full-width mark is one, a digit or Latin letter half. */
export function charWidths(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\u0000-\u00ff]/.test(ch) ? 0.5 : 1), 0);
}

const CHAR = 320; // one 3号 character in twips
const CHINESE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;

/**
 * Signature block (GB/T 9704 §7.3.5.1): the date 2026年11月22日 four characters in from the right,
 * the signing body's name on the line above centred over it (a longer name reaches past it on both
 * sides). Other lines (承办人, the parties' signature lines) stand four characters in from the right.
 * The block holds together on one page.
 */
export function signature(lines: string[]) {
  const date = CHINESE_DATE.test(lines.at(-1) ?? "") ? lines.at(-1)! : null;
  return lines.map((text, i) => {
    // Centred over the date: half the difference of their widths, to the left when the signer is shorter.
    const signer = date !== null && i === lines.length - 2 && !/签名|[:：]$/.test(text);
    const shift = signer ? (charWidths(date) - charWidths(text.replace(/[（(]印[）)]$/, ""))) / 2 : 0;
    return new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: exactLine,
      keepNext: i < lines.length - 1,
      keepLines: true,
      indent: { right: Math.max(0, Math.round((4 + shift) * CHAR)) },
      children: [run(text)],
    });
  });
}

const ONE_CHAR = 280; // 4号 character width in twips

function pageNumberFooter(alignment: "left" | "right") {
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === "right" ? { right: ONE_CHAR } : { left: ONE_CHAR },
        children: [
          new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: font(FONTS.pageNumber), size: SIZES.pageNumber }),
        ],
      }),
    ],
  });
}

/** A whole document in the official format. */
/** `updateFields` asks Word/WPS to compute fields (a 卷宗 index's page numbers) when opened. */
export function officialDocument(meta: { title: string; subject?: string; updateFields?: boolean }, children: ISectionOptions["children"]) {
  return new Document({
    features: meta.updateFields ? { updateFields: true } : undefined,
    title: meta.title,
    subject: meta.subject,
    creator: "sifasuo",
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: font(FONTS.body), size: SIZES.body, language: LANGUAGE }, paragraph: { spacing: exactLine } },
      },
    },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: MARGINS },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter("right"), even: pageNumberFooter("left") },
        children,
      },
    ],
  });
}
