/**
 * Record-style documents (登记表, 笔录, 告知书, 协议书) in the shared official style: a title, the
 * case number, a table of labelled fields, numbered paragraphs and signature lines. Sections can
 * stand alone or be bound into a 卷宗, each starting on a new page behind a bookmark the index's
 * page-number fields point at.
 */
import { AlignmentType, Bookmark, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { colophon, letterhead } from "./letterhead";
import { blank, body, heading1, LINE_PITCH, officialDocument, run, signature, SIZES, FONTS, TYPE_AREA } from "./style";

export interface RecordSection {
  readonly title: string;
  readonly number?: string | null;
  readonly rows?: readonly (readonly [string, string])[];
  readonly blocks?: readonly { readonly heading?: string; readonly paragraphs: readonly string[] }[];
  /** A list with several columns (a catalogue), after the blocks; widths are fractions of the type area. */
  readonly table?: { readonly columns: readonly { readonly label: string; readonly width: number }[]; readonly rows: readonly (readonly string[])[] };
  readonly signatures?: readonly string[];
}

/** 小四 in a list of many columns, so that a row of six fits the type area (GB/T 9704 §8.4 allows a smaller size in tables). */
const LIST_SIZE = 24;

/** A list table: its header row repeated on every page, no row split across pages. */
function listTable(t: NonNullable<RecordSection["table"]>, holdLast = false) {
  const widths = t.columns.map((c) => Math.round(TYPE_AREA.width * c.width));
  const cell = (text: string, width: number, head = false, hold = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: (text || " ").split(/\n+/).map((x) => new Paragraph({ alignment: head ? AlignmentType.CENTER : undefined, keepNext: head || hold, spacing: { line: 400, lineRule: "exact" }, children: [run(x, head ? FONTS.heading1 : FONTS.body, LIST_SIZE)] })),
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => cell(c.label, widths[i], true)) }),
      ...t.rows.map((r, n) => new TableRow({ cantSplit: true, keepNext: holdLast && n === t.rows.length - 1, children: r.map((x, i) => cell(x, widths[i], false, holdLast && n === t.rows.length - 1)) })),
    ],
  });
}

/** A form's labelled rows; `holdLast` keeps the last row on the page of the signature block after it. */
function fieldTable(rows: readonly (readonly [string, string])[], holdLast = false) {
  const labelWidth = Math.round(TYPE_AREA.width * 0.26);
  const cell = (text: string, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: (text || " ").split(/\n+/).map((t) => new Paragraph({ spacing: { line: LINE_PITCH, lineRule: "exact" }, children: [run(t)] })),
    });
  return new Table({
    width: { size: TYPE_AREA.width, type: WidthType.DXA },
    columnWidths: [labelWidth, TYPE_AREA.width - labelWidth],
    // A row is never split across pages (a label on one page, its text on the next).
    rows: rows.map(([label, value], i) => new TableRow({ cantSplit: true, keepNext: holdLast && i === rows.length - 1, children: [cell(label, labelWidth), cell(value, TYPE_AREA.width - labelWidth)] })),
  });
}

/**
 * The numbered blocks, with the last paragraph held on the page of the signature block that follows:
 * a signature never stands alone on a page (GB/T 9704 §7.3.5).
 */
function blockParagraphs(s: RecordSection) {
  const lines = (s.blocks ?? []).flatMap((b) => [
    ...(b.heading ? [{ heading: b.heading }] : []),
    ...b.paragraphs.flatMap((p) => p.split(/\n+/)).filter(Boolean).map((text) => ({ text })),
  ]);
  const hold = !!s.signatures?.length;
  // The addressee (主送机关, "街道社区管理办公室:") stands flush left on the first line (GB/T 9704 §7.3.2).
  const addressee = (i: number, text: string) => i === 0 && /[:：]$/.test(text) && text.length <= 40;
  return lines.map((l, i) => ("heading" in l ? heading1(l.heading!) : body(l.text!, { keepNext: hold && i === lines.length - 1, indent: !addressee(i, l.text!) })));
}

export function sectionBlocks(s: RecordSection, opts: { bookmark?: string; newPage?: boolean } = {}) {
  const titleRun = run(s.title, FONTS.title, SIZES.title);
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    pageBreakBefore: opts.newPage,
    keepNext: true,
    spacing: { line: LINE_PITCH, lineRule: "exact" },
    children: opts.bookmark ? [new Bookmark({ id: opts.bookmark, children: [titleRun] })] : [titleRun],
  });
  return [
    title,
    ...(s.number ? [body(s.number, { indent: false, align: "right" })] : []),
    ...(s.rows?.length ? [fieldTable(s.rows, !!s.signatures?.length && !s.blocks?.length)] : []),
    ...blockParagraphs(s),
    ...(s.table ? [listTable(s.table, !!s.signatures?.length)] : []),
    ...(s.signatures?.length ? [blank(true), ...signature([...s.signatures])] : []),
  ];
}

export async function renderRecord(s: RecordSection): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(officialDocument({ title: s.title, subject: s.number ?? undefined }, sectionBlocks(s))));
}

/**
 * A 公文 issued under the body's own number (合法性审查意见书): the 版头 with its mark and number,
 * the title and blocks, the signing body with the seal mark (印) over the date, and the 版记.
 */
export async function renderOfficialLetter(s: RecordSection, organ: string): Promise<Uint8Array> {
  const [date, ...rest] = [...(s.signatures ?? [])].reverse();
  const lines = [...rest.reverse().map((l, i, all) => (i === all.length - 1 && l === organ ? `${l}（印）` : l)), date];
  const children = [
    ...letterhead(organ, s.number ?? ""),
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { line: LINE_PITCH, lineRule: "exact" }, children: [run(s.title, FONTS.title, SIZES.title)] }),
    blank(),
    ...blockParagraphs(s),
    blank(true),
    ...signature(lines),
    ...colophon(organ, date),
  ];
  return new Uint8Array(await Packer.toArrayBuffer(officialDocument({ title: s.title, subject: s.number ?? undefined }, children)));
}

