/**
 * 行政执法文书 (1): the investigation documents — 立案审批表, 现场检查笔录, 询问笔录, 先行登记保存通知书,
 * 全过程记录清单 — as content (case data → fields), rendered by the shared record style.
 */
import { chinaDate, chineseClock, chineseDate } from "../../workflows/calendar/calendar";
import { ACT_KINDS, LIMITATIONS, SOURCES, TRACKS, type EnforcementContext, type Officer, type RecordEntry } from "../../workflows/enforcement/context";
import { PRESERVATION_WORKING_DAYS } from "../../workflows/enforcement/deadlines";
import { discoveredOn, limitationEnds } from "../../workflows/enforcement/guards";
import type { RecordSection } from "../gbt9704/record";

export interface EnforcementDocInput {
  readonly c: EnforcementContext;
  readonly caseNumber: string;
  readonly number: string | null;
  /** The issuing body: the street office (街道办事处). */
  readonly agency: string;
  readonly at: string;
}

export { agencyOf } from "../../workflows/enforcement/publication";
export const day = (instant: string) => chineseDate(chinaDate(instant));
/** "HH:mm" as a record writes it: 9时05分. */
export const clock = chineseClock;
const time = (local: string) => `${chineseDate(local.slice(0, 10))}${clock(local.slice(11, 16))}`;
/** From start to end; the end's date is left out when it is the same day. */
export const span = (start: string, end: string | undefined) =>
  end ? `${time(start)}至${end.slice(0, 10) === start.slice(0, 10) ? clock(end.slice(11, 16)) : time(end)}` : `${time(start)}开始`;
export const officerLine = (o: readonly Officer[]) => o.map((x) => `${x.name}（执法证号${x.certNo ?? "—"}）`).join("、");

/** The party as a record names them: name with ID or credit code, and address. */
export function partyIdentity(c: EnforcementContext): string {
  const p = c.party;
  const id = p.kind === "person" ? (p.idNumber ? `，身份证号码${p.idNumber}` : "") : `，统一社会信用代码${p.creditCode}，法定代表人${p.legalRepresentative}`;
  return `${p.name}${id}${p.address ? `，住址（地址）${p.address}` : ""}${p.phone ? `，联系电话${p.phone}` : ""}`;
}

export function partyRows(c: EnforcementContext): [string, string][] {
  const p = c.party;
  return p.kind === "person"
    ? [["当事人", p.name], ["身份证号码", p.idNumber || "—"], ["住址", p.address || "—"], ["联系电话", p.phone || "—"]]
    : [["当事人", p.name], ["统一社会信用代码", p.creditCode], ["法定代表人", p.legalRepresentative], ["地址", p.address || "—"], ["联系电话", p.phone || "—"]];
}

/** What an approval form needs on paper: the handler's and the head's signatures with their dates. */
export const APPROVAL_BOXES: [string, string][] = [
  ["承办人签名", "签名：                日期：    年  月  日"],
  ["负责人签名", "签名：                日期：    年  月  日"],
];

export function filingForm(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  if (!c.filing) return null;
  return {
    title: "立案审批表",
    number: `案号：${i.caseNumber}`,
    rows: [
      ["案件来源", `${SOURCES[c.source]}${c.sourceNote ? `（${c.sourceNote}）` : ""}`],
      ["办案程序", TRACKS[c.track]],
      ["执法事项", c.matter.name],
      ...partyRows(c),
      ["违法行为地点", c.place],
      ["发生日期", chineseDate(c.occurredOn)],
      ["发现日期", chineseDate(discoveredOn(c))],
      ["追责时效", `${LIMITATIONS[c.limitation ?? "two"].label}，至${chineseDate(limitationEnds(c))}（《中华人民共和国行政处罚法》第三十六条）`],
      ["案情简要", c.facts],
      ["法律依据", c.matter.basis],
      ["承办人员", officerLine(c.filing.officers)],
      ["登记人、登记时间", `${c.registeredBy.name} ${day(c.registeredAt)}`],
      ["负责人审批意见", `${c.filing.opinion}\n${c.filing.approvedBy.name} ${day(c.filing.at)}`],
      ...APPROVAL_BOXES,
    ],
    blocks: [{ paragraphs: ["依据《中华人民共和国行政处罚法》第五十四条，符合立案条件的，应当及时立案。立案之日起九十日内作出行政处罚决定（第六十条）。"] }],
  };
}

/** The latest version of each entry: a correction replaces what it corrects, and says so. */
function current(c: EnforcementContext, kinds: readonly string[]): RecordEntry[] {
  const corrected = new Set(c.record.filter((r) => r.corrects).map((r) => r.corrects));
  return c.record.filter((r) => kinds.includes(r.kind) && !corrected.has(r.seq));
}

/** An entry's heading names the act, and for a correction what it corrects, by its time: no system numbering. */
function entryBlocks(c: EnforcementContext, entries: readonly RecordEntry[]) {
  const timeOf = (seq: number | null) => c.record.find((r) => r.seq === seq)?.time;
  return entries.map((r) => ({
    heading: `${ACT_KINDS[r.kind].label}${r.corrects ? `（更正${timeOf(r.corrects) ? time(timeOf(r.corrects)!) : "此前"}的记录：${r.correctionReason}）` : ""}`,
    paragraphs: [
      `时间：${span(r.time, r.endTime)}；地点：${r.place}${r.inCaseRoom ? "（执法办案场所）" : ""}`,
      `${r.kind === "inquiry" ? "询问人" : "执法人员"}：${officerLine(r.officers)}；记录人：${r.recordedBy.name}。执法人员已出示执法证件，告知${r.subject ? "被询问（检查）人" : "当事人"}有申请回避的权利。`,
      `${r.kind === "inquiry" ? "被询问人" : "被检查人"}：${r.subject || partyIdentity(c)}`,
      ...(r.witness ? [`见证人：${r.witness}`] : []),
      r.content,
      ...(r.files.length ? [`附：${r.files.map((f) => `${f.name}（SHA-256 ${f.sha256}）`).join("；")}`] : []),
    ],
  }));
}

function actRecord(title: string, kinds: readonly string[]) {
  return (i: EnforcementDocInput): RecordSection | null => {
    const entries = current(i.c, kinds);
    if (!entries.length) return null;
    return {
      title,
      number: `案号：${i.caseNumber}`,
      blocks: [...entryBlocks(i.c, entries), { paragraphs: ["以上笔录经当事人核对（或向其宣读），无误。"] }],
      signatures: ["执法人员（签名）：", "当事人（签名）：", "见证人（签名）："],
    };
  };
}

export const inspectionRecord = actRecord("现场检查笔录", ["inspection", "evidence", "seizure", "demolition"]);
export const inquiryRecord = actRecord("询问笔录", ["inquiry"]);

export function preservationNotice(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  const live = new Set(current(c, ["preservation"]).map((r) => r.seq));
  const list = c.preservations.filter((p) => live.has(p.entry));
  if (!list.length) return null;
  return {
    title: "先行登记保存通知书",
    number: `案号：${i.caseNumber}`,
    blocks: [
      { paragraphs: [`${c.party.name}：`, `本机关在调查你${c.party.kind === "person" ? "" : "单位"}涉嫌${c.matter.name}一案中，因证据可能灭失或者以后难以取得，经本机关负责人批准，依据《中华人民共和国行政处罚法》第五十六条，决定对下列物品先行登记保存。在登记保存期间，不得销毁或者转移。本机关将在${PRESERVATION_WORKING_DAYS}个工作日内作出处理决定。`] },
      ...list.map((p) => ({ heading: `登记保存日期：${chineseDate(p.on)}`, paragraphs: [`物品清单：${p.items}`, p.handled ? `处理决定（${chineseDate(p.handled.on)}）：${p.handled.outcome}` : "处理决定：待作出"] })),
    ],
    // Dated the day of the preservation it notifies (the latest, when several), not the day it was printed.
    signatures: [i.agency, chineseDate(list.map((p) => p.on).sort().at(-1)!), "当事人（签名）："],
  };
}

/** 全过程记录清单: every entry, its officers and attachments with their SHA-256 (118 §9). */
export function recordManifest(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  if (!c.record.length) return null;
  const files = c.record.flatMap((r) => r.files.map((f) => [r.seq, f] as const));
  return {
    title: "行政执法全过程记录清单",
    number: `案号：${i.caseNumber}`,
    rows: c.record.map((r): [string, string] => [
      `第${r.seq}条 ${ACT_KINDS[r.kind].label}`,
      `${time(r.time)} ${r.place}\n执法人员：${r.officers.map((o) => o.name).join("、")}\n记录人：${r.recordedBy.name}，记录于${day(r.recordedAt)}${r.corrects ? `\n更正第${r.corrects}条：${r.correctionReason}` : ""}\n附件：${r.files.length}个`,
    ]),
    blocks: [
      { heading: "音像及文件清单（SHA-256）", paragraphs: files.length ? files.map(([seq, f], n) => `${n + 1}.第${seq}条 ${f.name}（${f.mime}）SHA-256：${f.sha256}`) : ["无"] },
      { paragraphs: ["记录只增不改：更正以新记录指向原记录，原记录保留。各文件的SHA-256值可用于核对其内容未被改动。"] },
    ],
    signatures: [`制表：${i.agency}`, day(i.at)],
  };
}
