/**
 * 行政执法文书 (3): what follows a decision the party challenges or does not carry out — the
 * 涉嫌犯罪案件移送书, 查封扣押决定书 with its 清单, 催告书, 强制执行决定书, 强制拆除公告 and the 行政复议答复书 or 行政诉讼答辩状 — as content rendered by the shared record style.
 */
import { chineseDate } from "../../workflows/calendar/calendar";
import { URGE_WORKING_DAYS } from "../../workflows/enforcement/coercion/collection";
import { challengesOf } from "../../workflows/enforcement/coercion/context";
import { demolitionOf, ENFORCEMENT_METHODS } from "../../workflows/enforcement/coercion/demolition";
import { SEIZURE_DAYS, SEIZURE_KINDS, seizuresOf } from "../../workflows/enforcement/coercion/seizure";
import { fineOwed } from "../../workflows/enforcement/guards";
import { yuan } from "../../workflows/money";
import type { RecordSection } from "../gbt9704/record";
import type { EnforcementDocInput } from "./content";
import { remediesText } from "./decision";

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** The answer to the latest answered 复议 (行政复议法 48) or lawsuit (行政诉讼法 67). */
export function challengeAnswer(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  const x = [...challengesOf(c)].reverse().find((y) => y.answer);
  if (!x?.answer || !c.decision) return null;
  const review = x.kind === "review";
  const who = review ? "申请人" : "原告";
  return {
    title: review ? "行政复议答复书" : "行政诉讼答辩状",
    number: `${review ? "复议" : "诉讼"}案号：${x.caseNumber}`,
    rows: [
      [review ? "答复人（被申请人）" : "答辩人（被告）", i.agency],
      [who, c.party.name],
      [review ? "行政复议机关" : "受诉人民法院", x.organ],
      ["被申请复议（被诉）的决定", `${c.decision.number}（${chineseDate(c.decision.date)}作出）`],
    ],
    blocks: [
      { paragraphs: [`${who}${c.party.name}不服本机关作出的${c.decision.number}决定，于${chineseDate(x.filedOn)}${review ? "申请行政复议" : "提起行政诉讼"}。本机关于${chineseDate(x.receivedOn)}收到${review ? "行政复议申请书副本" : "起诉状副本"}，现${review ? "答复" : "答辩"}如下：`] },
      { heading: `${who}的请求和理由`, paragraphs: lines(x.claims) },
      { heading: `${review ? "答复" : "答辩"}意见`, paragraphs: lines(x.answer.content) },
      { heading: review ? "提交的证据、依据和其他有关材料" : "提交的证据和所依据的规范性文件", paragraphs: lines(x.answer.evidence).map((l, n) => `${n + 1}. ${l.replace(/^\d+[.、．]\s*/, "")}`) },
      { paragraphs: [review ? "依据《中华人民共和国行政复议法》第四十四条、第四十八条，本机关对作出的决定的合法性、适当性负有举证责任，现提交上述材料。" : "依据《中华人民共和国行政诉讼法》第三十四条、第六十七条，本机关对作出的行政行为负有举证责任，现提交上述证据和规范性文件。", "此致", x.organ] },
    ],
    signatures: [`${i.agency}（印）`, chineseDate(x.answer.date)],
  };
}



/** The last 催告书 (行政强制法 35, 54): what is owed, by when, the right to be heard, what follows. */
export function urgeLetter(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  const u = (c.urgings ?? []).at(-1);
  if (!u || !c.decision) return null;
  const you = c.party.kind === "person" ? "你" : "你单位";
  const paid = c.payments.reduce((n, x) => n + x.amount, 0);
  const duty = u.obligation === "fine"
    ? `缴纳罚款${yuan(fineOwed(c) - paid)}${c.payments.length ? `（已缴纳${yuan(paid)}）` : ""}及依法加处的罚款`
    : "自行拆除违法建筑物、构筑物、设施";
  return {
    title: "催告书",
    number: i.number ?? u.number,
    blocks: [
      {
        paragraphs: [
          `${c.party.name}：`,
          `本机关于${chineseDate(c.decision.date)}作出${c.decision.number}决定，并于${c.service ? chineseDate(c.service.date) : "依法"}送达${you}。${you}至今未履行该决定确定的义务。`,
          u.obligation === "fine"
            ? `依据《中华人民共和国行政强制法》第三十五条、第五十四条，现催告${you}自收到本催告书之日起${URGE_WORKING_DAYS}个工作日内${duty}。缴纳途径：${c.decision.remedies?.payment || "按决定书载明的途径"}。`
            : `依据《中华人民共和国行政强制法》第三十五条，现催告${you}于${chineseDate(u.deadline)}前${duty}。`,
          `${you}有权进行陈述和申辩，可以在上述期限内向本机关提出；本机关将充分听取${you}的意见，对提出的事实、理由和证据进行记录、复核（《中华人民共和国行政强制法》第三十六条）。`,
          u.obligation === "fine"
            ? `逾期仍不履行的，本机关将依法申请人民法院强制执行。`
            : `逾期仍不履行且无正当理由的，本机关将依法作出强制执行决定。`,
        ],
      },
    ],
    signatures: [`${i.agency}（印）`, chineseDate(u.date)],
  };
}

/** 强制执行决定书 (行政强制法 37): the party, the reasons and basis, the method and time, the remedies. */
export function coerciveDecision(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  const d = demolitionOf(c).decision;
  const order = c.decision?.order;
  if (!d || !order || !c.decision) return null;
  const you = c.party.kind === "person" ? "你" : "你单位";
  const urged = (c.urgings ?? []).filter((u) => u.obligation === "demolition").at(-1);
  const remedies = remediesText(d.remedies);
  return {
    title: "强制执行决定书",
    number: i.number ?? d.number,
    rows: [["当事人", c.party.name], ["地址", c.party.address || c.place]],
    blocks: [
      { paragraphs: [`本机关于${chineseDate(c.decision.date)}作出${c.decision.number}决定，责令${you}于${chineseDate(order.deadline)}前自行拆除${order.structure}。${urged ? `本机关于${chineseDate(urged.date)}催告${you}于${chineseDate(urged.deadline)}前履行，${you}逾期仍未履行，且无正当理由。` : ""}`] },
      { heading: "强制执行的理由和依据", paragraphs: [d.reasons, "依据《中华人民共和国行政强制法》第三十七条、第四十四条。"] },
      { heading: "强制执行的方式和时间", paragraphs: [`${ENFORCEMENT_METHODS[d.method]}${d.method === "substitute" ? `（代履行人：${d.executor}，费用由${you}承担，《中华人民共和国行政强制法》第五十条、第五十一条）` : ""}。${d.schedule ?? ""}`, "本机关将在强制拆除前予以公告，限期自行拆除；不在夜间或者法定节假日实施，情况紧急的除外（《中华人民共和国行政强制法》第四十三条、第四十四条）。"] },
      { heading: "救济途径和期限", paragraphs: [remedies] },
    ],
    signatures: [`${i.agency}（印）`, chineseDate(d.date)],
  };
}

/** 强制拆除公告 (行政强制法 44): what is to be removed, by when, and what follows. */
export function demolitionNotice(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  const dm = demolitionOf(c);
  const order = c.decision?.order;
  if (!dm.announced || !order || !c.decision) return null;
  return {
    title: "强制拆除公告",
    number: i.number ?? dm.announced.number,
    blocks: [
      {
        paragraphs: [
          `${c.party.name}在${c.place}${order.structure}，本机关于${chineseDate(c.decision.date)}作出${c.decision.number}决定，责令限期拆除；${c.party.name}逾期未拆除。本机关于${dm.decision ? chineseDate(dm.decision.date) : ""}作出${dm.decision?.number ?? ""}强制执行决定，并已依法送达。`,
          `依据《中华人民共和国行政强制法》第四十四条，现予公告：限${c.party.name}于${chineseDate(dm.announced.deadline)}前自行拆除上述建筑物、构筑物、设施。`,
          "当事人在法定期限内不申请行政复议或者提起行政诉讼，又不拆除的，本机关将依法强制拆除。",
          "特此公告。",
        ],
      },
    ],
    signatures: [`${i.agency}（印）`, chineseDate(dm.announced.date)],
  };
}

/** 查封（扣押）决定书 with its 清单 (行政强制法 24): the latest seizure of the case. */
export function seizureDecision(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  const s = seizuresOf(c).at(-1);
  if (!s) return null;
  const what = SEIZURE_KINDS[s.kind];
  const you = c.party.kind === "person" ? "你" : "你单位";
  const remedies = remediesText(s.remedies);
  return {
    title: `${what}决定书`,
    number: i.number ?? s.number,
    rows: [["当事人", c.party.name], ["地址", c.party.address || c.place], [`${what}地点`, s.place], [`${what}时间`, s.time.replace("T", " ")]],
    blocks: [
      { heading: `${what}的理由、依据`, paragraphs: [s.reasons, `依据《中华人民共和国行政强制法》第十八条、第二十四条，本机关决定对下列场所、设施或者财物予以${what}。`] },
      { heading: `${what}的期限`, paragraphs: [`${what}期限为${SEIZURE_DAYS}日，自${chineseDate(s.time.slice(0, 10))}起计算；情况复杂的，经本机关负责人批准可以延长，但延长期限不超过${SEIZURE_DAYS}日，并书面告知${you}（《中华人民共和国行政强制法》第二十五条）。${what}期间，${you}不得擅自启封、转移、毁损${what}的财物。`] },
      { heading: "救济途径和期限", paragraphs: [remedies] },
    ],
    table: {
      columns: [{ label: "序号", width: 0.1 }, { label: `${what}的场所、设施或者财物（名称、数量、规格、状况）`, width: 0.9 }],
      rows: lines(s.items).map((l, n) => [String(n + 1), l.replace(/^\d+[.、．]\s*/, "")]),
    },
    signatures: ["当事人（签名）：", "执法人员（签名）：", `${i.agency}（印）`, chineseDate(s.time.slice(0, 10))],
  };
}

/** 涉嫌犯罪案件移送书 to the police, with the materials of 国务院令第310号 art. 6 listed, copied to the procuratorate. */
export function transferLetter(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  const t = c.transfer;
  if (!t) return null;
  const annex = [
    "涉嫌犯罪案件情况的调查报告",
    `涉案物品清单${t.items ? "" : "（无）"}`,
    `有关检验报告或者鉴定结论${t.tests ? "" : "（无）"}`,
    `其他有关涉嫌犯罪的材料${t.other ? "" : "（无）"}`,
  ];
  return {
    title: "涉嫌犯罪案件移送书",
    number: i.number ?? t.number,
    blocks: [
      { paragraphs: [`${t.police}：`, `${c.party.name}涉嫌${c.matter.name}一案，经本机关调查，认为涉嫌犯罪，依法需要追究刑事责任。依据《中华人民共和国行政处罚法》第二十七条和《行政执法机关移送涉嫌犯罪案件的规定》第三条、第五条、第六条，经本机关负责人批准，现将该案移送你单位，请依法审查，并将审查结果书面告知本机关。`] },
      { heading: "涉嫌犯罪的事实和理由", paragraphs: lines(t.reasons) },
      { heading: "调查情况", paragraphs: [c.report ? `${c.report.facts}证据：${c.report.evidence}` : c.facts] },
      ...(t.items ? [{ heading: "涉案物品清单", paragraphs: lines(t.items).map((l, n) => `${n + 1}. ${l}`) }] : []),
      ...(t.tests ? [{ heading: "检验报告或者鉴定结论", paragraphs: lines(t.tests) }] : []),
      ...(t.other ? [{ heading: "其他有关材料", paragraphs: lines(t.other) }] : []),
      { heading: "附件", paragraphs: annex.map((a, n) => `${n + 1}. ${a}`) },
      ...(t.procuratorate ? [{ paragraphs: [`抄送：${t.procuratorate}（本机关移送涉嫌犯罪案件接受人民检察院依法实施的监督，《行政执法机关移送涉嫌犯罪案件的规定》第十四条）`] }] : []),
    ],
    signatures: [`${i.agency}（印）`, chineseDate(t.date)],
  };
}
