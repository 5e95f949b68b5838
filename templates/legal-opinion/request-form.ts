/** 法律意见申请登记表: the request as registered, printable for the paper file. */
import { Packer, Table, TableCell, TableRow, WidthType, Paragraph } from "docx";
import { chinaDate, chineseDate } from "../../workflows/calendar/calendar";
import { MATTER_TYPES, type LegalOpinionContext } from "../../workflows/legal-opinion/context";
import { blank, officialDocument, run, signature, title, TYPE_AREA } from "../gbt9704/style";
import { judicialOffice } from "../signers";

export interface RequestFormFields {
  readonly caseNumber: string;
  readonly rows: readonly [string, string][];
  readonly issuer: string;
  readonly date: string;
}

export function requestFormContent(c: LegalOpinionContext, caseNumber: string, at: string, officeName: string): RequestFormFields {
  return {
    caseNumber,
    rows: [
      ["编号", caseNumber],
      ["事项名称", c.subject],
      ["事项类型", MATTER_TYPES[c.matterType]],
      ["申请部门", c.requestingUnit],
      ["申请人", c.requestedBy.name],
      ["申请日期", chineseDate(chinaDate(c.requestedAt))],
      ["基本情况", c.background],
      ["需要回答的法律问题", c.questions],
      ["承办人", c.assignee?.name ?? "尚未指派"],
    ],
    issuer: judicialOffice(officeName),
    date: chineseDate(chinaDate(at)),
  };
}

export async function renderRequestForm(f: RequestFormFields): Promise<Uint8Array> {
  const labelWidth = Math.round(TYPE_AREA.width * 0.28);
  const table = new Table({
    width: { size: TYPE_AREA.width, type: WidthType.DXA },
    columnWidths: [labelWidth, TYPE_AREA.width - labelWidth],
    rows: f.rows.map(
      ([label, value], i) =>
        new TableRow({
          cantSplit: true,
          // The last row stays on the page of the signature block below the table.
          keepNext: i === f.rows.length - 1,
          children: [
            new TableCell({ width: { size: labelWidth, type: WidthType.DXA }, children: [new Paragraph({ children: [run(label)] })] }),
            new TableCell({
              width: { size: TYPE_AREA.width - labelWidth, type: WidthType.DXA },
              children: value.split(/\n+/).map((v) => new Paragraph({ children: [run(v)] })),
            }),
          ],
        }),
    ),
  });
  const doc = officialDocument({ title: "法律意见申请登记表", subject: f.caseNumber }, [
    title("法律意见申请登记表"),
    blank(),
    table,
    blank(true),
    ...signature([f.issuer, f.date]),
  ]);
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
