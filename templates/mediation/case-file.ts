/**
 * 人民调解卷宗: the whole file bound in the order RULES.md §4 prescribes — 封面 → 目录 → 申请书/受理登记表
 * → 当事人权利义务告知书 → 身份证明 → 授权委托书 → 调查记录 → 证据材料 → 调解记录 → 调解协议书 (或口头协议
 * 登记表) → 履行凭证 → 回访记录 → 司法确认材料 → 卷宗情况说明 → 封底. Each part starts on a new page;
 * the index's page numbers are PAGEREF fields to each part's bookmark, computed by Word/WPS.
 */
import { AlignmentType, Packer, PageNumber, PageReference, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { chinaDate, chineseDate } from "../../workflows/calendar/calendar";
import { LEVELS, PERFORMANCE, type FileKind } from "../../workflows/mediation/context";
import { sectionBlocks, type RecordSection } from "../gbt9704/record";
import { FONTS, LINE_PITCH, officialDocument, run, SIZES, TYPE_AREA } from "../gbt9704/style";
import * as doc from "./content";
import * as ending from "./endings";


export interface CaseFileInput extends doc.MediationDocInput {
  readonly title: string;
  readonly archivist: string;
  readonly retention: string; // 保管期限
  readonly files: readonly { readonly name: string; readonly kind: string; readonly sha256: string }[];
}

export interface CaseFilePart {
  readonly title: string;
  readonly section: RecordSection;
}

function fileList(title: string, kind: FileKind, files: CaseFileInput["files"]): CaseFilePart | null {
  const mine = files.filter((f) => f.kind.startsWith(kind));
  if (!mine.length) return null;
  return {
    title,
    section: { title, rows: mine.map((f, i) => [`${i + 1}. ${f.name}`, `SHA-256：${f.sha256}`] as const), blocks: [{ paragraphs: ["以上材料的电子文件存于系统，按SHA-256核验一致；纸质原件附后。"] }] },
  };
}

/** The parts of the file, in the prescribed order, leaving out what the case does not have. */
export function caseFileParts(i: CaseFileInput): CaseFilePart[] {
  const part = (section: RecordSection | null): CaseFilePart | null => (section ? { title: section.title, section } : null);
  const c = i.c;
  const outcome = c.ending
    ? { declined: "不予调解", terminated: "终止调解", withdrawn: "当事人撤回" }[c.ending.kind]
    : c.agreement ? (c.agreement.kind === "written" ? "达成书面调解协议" : "达成口头调解协议") : "调解中";
  const prior = c.priorAgreements.map((p) => `${chineseDate(p.agreement.date)}达成的协议未能履行（${p.reason}），${chineseDate(chinaDate(p.at))}重新调解`).join("；");
  const summary: RecordSection = {
    title: "卷宗情况说明",
    blocks: [
      {
        paragraphs: [
          `本卷为${i.title}。${chineseDate(chinaDate(c.acceptedAt))}受理，调解层级为${LEVELS[c.level]}，调解员${c.mediators.map((m) => m.name).join("、") || "未指定"}${doc.coMediatorNote(c) ? `，参与调解人员${doc.coMediatorNote(c)}` : ""}。`,
          `调解结果：${outcome}${c.ending ? `（${c.ending.reason}）` : ""}。${c.followUps.length ? `回访${c.followUps.length}次，最近一次履行情况为${PERFORMANCE[c.followUps.at(-1)!.performance]}。` : ""}${c.confirmation ? `已于${chineseDate(c.confirmation.appliedAt)}向${c.confirmation.court}申请司法确认${c.confirmation.ruling ? (c.confirmation.ruling === "valid" ? "，裁定确认有效" : "，裁定驳回") : ""}。` : ""}`,
          ...(prior ? [`此前：${prior}。`] : []),
          `本卷电子材料共${i.files.length}件，均登记SHA-256值，可通过系统审计校验。`,
        ],
      },
    ],
    signatures: [`立卷人：${i.archivist}`, chineseDate(chinaDate(i.at))],
  };
  return [
    part(doc.applicationForm(i)),
    part(doc.registrationForm(i)),
    part(doc.rightsNotice(i)),
    fileList("身份证明材料", "身份证明", i.files),
    fileList("授权委托书", "授权委托书", i.files),
    part(doc.investigationRecords(i)),
    fileList("证据材料", "证据材料", i.files),
    part(doc.mediationRecords(i)),
    part(doc.agreementDoc(i)) ?? part(doc.oralAgreementForm(i)),
    fileList("签字盖章的调解协议书", "签字协议书", i.files),
    part(ending.declineNotice(i)) ?? part(ending.terminationNotice(i)),
    fileList("履行凭证", "履行凭证", i.files),
    part(doc.followUpRecords(i)),
    fileList("司法确认材料", "司法确认材料", i.files),
    part(ending.referralReply(i)),
    { title: summary.title, section: summary },
  ].filter((p): p is CaseFilePart => p !== null);
}

const exact = { line: LINE_PITCH, lineRule: "exact" as const };
const cell = (children: Paragraph[], width: number) => new TableCell({ width: { size: width, type: WidthType.DXA }, children });
const para = (text: string | (TextRun | PageReference)[], align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
  new Paragraph({ alignment: align, spacing: exact, children: typeof text === "string" ? [run(text)] : text });

function cover(i: CaseFileInput) {
  const firstSession = i.c.sessions.map((s) => s.date).sort()[0];
  const rows: [string, string][] = [
    ["卷名", i.title],
    ["卷号", i.caseNumber],
    ["调解组织", i.committee],
    ["调解员", i.c.mediators.map((m) => m.name).join("、") || "—"],
    ["调解日期", firstSession ? chineseDate(firstSession) : "—"],
    ["立卷人", i.archivist],
    ["立卷日期", chineseDate(chinaDate(i.at))],
    ["保管期限", i.retention],
  ];
  const w = Math.round(TYPE_AREA.width * 0.3);
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: LINE_PITCH * 3, ...exact }, children: [run("人民调解卷宗", FONTS.title, SIZES.title)] }),
    new Paragraph({ spacing: exact, children: [] }),
    new Table({
      width: { size: TYPE_AREA.width, type: WidthType.DXA },
      columnWidths: [w, TYPE_AREA.width - w],
      rows: rows.map(([k, v]) => new TableRow({ cantSplit: true, children: [cell([para(k)], w), cell([para(v)], TYPE_AREA.width - w)] })),
    }),
  ];
}

function index(parts: CaseFilePart[]) {
  const widths = [Math.round(TYPE_AREA.width * 0.14), Math.round(TYPE_AREA.width * 0.68)];
  widths.push(TYPE_AREA.width - widths[0] - widths[1]);
  const row = (a: Paragraph, b: Paragraph, c: Paragraph) => new TableRow({ cantSplit: true, children: [cell([a], widths[0]), cell([b], widths[1]), cell([c], widths[2])] });
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, pageBreakBefore: true, spacing: exact, children: [run("卷内目录", FONTS.title, SIZES.title)] }),
    new Table({
      width: { size: TYPE_AREA.width, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        row(para("序号", AlignmentType.CENTER), para("材料名称", AlignmentType.CENTER), para("页码", AlignmentType.CENTER)),
        ...parts.map((p, n) =>
          row(para(String(n + 1), AlignmentType.CENTER), para(p.title), para([new PageReference(`part${n + 1}`)], AlignmentType.CENTER)),
        ),
      ],
    }),
  ];
}

function backCover(i: CaseFileInput) {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, pageBreakBefore: true, spacing: exact, children: [run("卷内备考表", FONTS.title, SIZES.title)] }),
    // Every piece of text in a run: a bare string inside a paragraph is not WordprocessingML, and LibreOffice drops it.
    para([run("本卷共"), new TextRun({ children: [PageNumber.TOTAL_PAGES], font: { eastAsia: FONTS.body }, size: SIZES.body }), run("页。")]),
    para(`立卷人：${i.archivist}        立卷日期：${chineseDate(chinaDate(i.at))}`),
    para("检查人：________        检查日期：________"),
  ];
}

export async function renderCaseFile(i: CaseFileInput): Promise<Uint8Array> {
  const parts = caseFileParts(i);
  const body = parts.flatMap((p, n) => sectionBlocks(p.section, { bookmark: `part${n + 1}`, newPage: true }));
  const document = officialDocument({ title: `人民调解卷宗 ${i.caseNumber}`, subject: i.caseNumber, updateFields: true }, [...cover(i), ...index(parts), ...body, ...backCover(i)]);
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
