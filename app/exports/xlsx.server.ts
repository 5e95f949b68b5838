/**
 * Excel (.xlsx) exports, written with exceljs (docs/decisions/0019): Chinese headers, a frozen header
 * row, column widths that fit Chinese text, dates already in China time. The CSVs stay beside them.
 */
import ExcelJS from "exceljs";

export type Cell = string | number | null;
export interface Sheet {
  readonly name: string;
  /** Lines above the table (统计范围, 统计期间), then the header row, then the rows. */
  readonly preface?: readonly (readonly Cell[])[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A display width counting a CJK character as two. */
const width = (v: Cell) => [...String(v ?? "")].reduce((n, ch) => n + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);

export async function workbook(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "司法所法治工作平台";
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31));
    for (const line of s.preface ?? []) ws.addRow([...line]);
    const headerRow = ws.addRow([...s.header]);
    headerRow.font = { bold: true };
    headerRow.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF0F4F8" } };
    for (const r of s.rows) ws.addRow([...r]);
    // The header stays in view however far the reader scrolls.
    ws.views = [{ state: "frozen", ySplit: headerRow.number }];
    ws.columns.forEach((col, i) => {
      const cells = [s.header[i], ...s.rows.map((r) => r[i] ?? "")];
      col.width = Math.min(60, Math.max(8, ...cells.map((c) => width(c as Cell) + 2)));
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The response for a download named in Chinese (RFC 6266 filename*), with an ASCII fallback. */
export function xlsxResponse(data: Uint8Array, ascii: string, chinese: string): Response {
  return new Response(data as unknown as BodyInit, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${ascii}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${chinese}.xlsx`)}`,
    },
  });
}
