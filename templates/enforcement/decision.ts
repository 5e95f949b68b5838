/**
 * 行政执法文书 (2): from the notice to the end — 事先告知书, 听证通知书, 听证笔录, 法制审核申请表,
 * 法制审核意见书, 集体讨论记录, 行政处罚决定书, 当场处罚决定书, 送达回证, 结案审批表.
 */
import { yuan } from "../../workflows/money";
import { chineseDate } from "../../workflows/calendar/calendar";
import { majorReasons } from "../../workflows/enforcement/catalogue";
import { DECISION_KINDS, REVIEW_ITEMS, REVOCATION_KINDS, SERVICE_METHODS, type EnforcementContext, type OnSpotHearing, type Remedies, type Sanction } from "../../workflows/enforcement/context";
import { HEARING_REQUEST_WORKING_DAYS, PAYMENT_DAYS } from "../../workflows/enforcement/deadlines";
import { fineOwed, overpaid } from "../../workflows/enforcement/guards";
import { sanctionText } from "../../workflows/enforcement/publication";
import type { RecordSection } from "../gbt9704/record";
import { APPROVAL_BOXES, clock, day, officerLine, partyRows, type EnforcementDocInput } from "./content";

const addressee = (c: EnforcementContext) => `${c.party.name}：`;
const REMEDIES = "如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。";

/**
 * The remedies a decision states (APL 59 (五)): within 60 days to the 复议机关 (行政复议法 20; for a
 * street office, the district government that set it up, 24 (三)), within six months to the court
 * (行政诉讼法 46, 18), naming both as the street has set them.
 */
export function remediesText(r: Remedies | undefined): string {
  if (!r) return REMEDIES;
  return `如不服本决定，可以在收到本决定书之日起六十日内向${r.reviewOrgan}申请行政复议，或者在六个月内依法向${r.court}提起行政诉讼。`;
}
const remediesOf = (d: NonNullable<EnforcementDocInput["c"]["decision"]>) => remediesText(d.remedies);

/** How to pay (APL 67): the street's bank and account or e-payment, when it has set them. */
const paidThrough = (d: NonNullable<EnforcementDocInput["c"]["decision"]>) => (d.remedies ? `${d.remedies.payment}` : "");

export function noticeLetter(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  if (!c.notice || !c.report) return null;
  const p = c.notice.proposal;
  return {
    title: "行政处罚事先告知书",
    number: i.number ?? c.notice.number,
    blocks: [
      {
        paragraphs: [
          addressee(c),
          `经查，${c.report.facts}`,
          `以上事实有${c.report.evidence}等证据证实。`,
          `你${c.party.kind === "person" ? "" : "单位"}的行为违反了${c.matter.basis}的规定。依据${c.matter.basis}和《中华人民共和国行政处罚法》第四十四条，本机关拟对你${c.party.kind === "person" ? "" : "单位"}作出如下行政处罚：${sanctionText(p)}。`,
          // The period the machine holds the decision for (PROCEED's window), stated to the party.
          `根据《中华人民共和国行政处罚法》第四十五条的规定，你${c.party.kind === "person" ? "" : "单位"}有权进行陈述和申辩，可以在收到本告知书之日起${HEARING_REQUEST_WORKING_DAYS}个工作日内向本机关提出。本机关不因你的陈述、申辩而给予更重的处罚。`,
          ...(c.notice.hearingRight
            ? [`根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你有权要求举行听证。如要求听证，应当在收到本告知书之日起${HEARING_REQUEST_WORKING_DAYS}个工作日内提出；逾期未提出的，视为放弃听证权利。`]
            : []),
          `逾期未提出陈述、申辩${c.notice.hearingRight ? "和听证要求" : ""}的，视为放弃上述权利。`,
        ],
      },
    ],
    signatures: [i.agency, chineseDate(c.notice.servedOn)],
  };
}

export function hearingNotice(i: EnforcementDocInput): RecordSection | null {
  const h = i.c.hearing?.scheduled;
  if (!h) return null;
  return {
    title: "听证通知书",
    number: i.number ?? h.noticeNumber,
    blocks: [
      {
        paragraphs: [
          addressee(i.c),
          `根据你于${chineseDate(i.c.hearing!.requestedOn)}提出的听证要求，本机关决定于${chineseDate(h.date)}${h.time ? clock(h.time) : ""}在${h.place}就${i.c.matter.name}一案举行听证。听证主持人：${h.chair.name}${h.panel ? `；听证员：${h.panel}` : ""}${h.clerk ? `；书记员：${h.clerk.name}` : ""}。`,
          "你可以亲自参加听证，也可以委托一至二人代理；委托代理的，应当在听证前提交授权委托书。你认为主持人与本案有直接利害关系的，有权申请回避。请携带身份证明及有关证据材料准时参加。",
          "无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利（《中华人民共和国行政处罚法》第六十四条）。",
        ],
      },
    ],
    signatures: [i.agency, chineseDate(h.noticeServedOn)],
  };
}

export function hearingRecord(i: EnforcementDocInput): RecordSection | null {
  const h = i.c.hearing;
  if (!h?.held || !h.scheduled) return null;
  return {
    title: "听证笔录",
    number: `案号：${i.caseNumber}`,
    rows: [
      ["听证时间", h.held.start ? `${chineseDate(h.held.date)}${clock(h.held.start)}至${clock(h.held.end!)}` : chineseDate(h.held.date)],
      ["地点", h.scheduled.place],
      ["主持人", h.scheduled.chair.name],
      ...(h.scheduled.panel ? [["听证员", h.scheduled.panel] as [string, string]] : []),
      ["书记员", h.scheduled.clerk?.name ?? ""],
      ["调查人员", officerLine(i.c.filing?.officers ?? [])],
      ["当事人", `${i.c.party.name}${h.held.partyAbsent ? "（无正当理由未到场，视为放弃听证）" : ""}`],
      ...(h.held.attendance ? [["出席情况", h.held.attendance] as [string, string]] : []),
    ],
    blocks: [{ heading: "听证记录", paragraphs: [h.held.record] }],
    signatures: ["主持人（签名）：", "书记员（签名）：", "当事人（签名）："],
  };
}

const proposalOf = (c: EnforcementContext): Sanction | null => [...c.representations].reverse().find((r) => r.revised)?.revised ?? c.notice?.proposal ?? c.report?.proposal ?? null;

export function reviewRequest(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  const round = c.legalReviews.at(-1);
  if (!round || !c.report) return null;
  const s = proposalOf(c)!;
  const reasons = majorReasons(c);
  return {
    title: "重大执法决定法制审核申请表",
    number: `案号：${i.caseNumber}（第${round.round}次送审）`,
    rows: [
      ["执法事项", c.matter.name],
      ...partyRows(c).slice(0, 1),
      ["承办人员", officerLine(c.filing?.officers ?? [])],
      ["调查认定的事实", c.report.facts],
      ["证据", c.report.evidence],
      ["拟处理意见", `${sanctionText(s)}\n${s.reasons}`],
      ["属于重大执法决定的情形", reasons.length ? reasons.map((r) => `${r.reason}（${r.basis}）`).join("\n") : "未列入重大执法决定目录，自愿送审"],
      ["送审材料", round.materials],
      ...(round.corrections ? [["对上一轮审核意见的整改情况", round.corrections] as [string, string]] : []),
      ["送审人、时间", `${round.submittedBy.name} ${day(round.submittedAt)}`],
      ...APPROVAL_BOXES,
    ],
  };
}

export function reviewOpinion(i: EnforcementDocInput): RecordSection | null {
  const round = i.c.legalReviews.at(-1);
  const r = round?.result;
  if (!round || !r) return null;
  return {
    title: "法制审核意见书",
    number: i.number ?? r.number,
    rows: [
      ["案件", `${i.caseNumber} ${i.c.matter.name}（第${round.round}轮审核）`],
      ...(Object.keys(REVIEW_ITEMS) as (keyof typeof REVIEW_ITEMS)[]).map((k): [string, string] => {
        const item = r.items.find((x) => x.key === k);
        return [REVIEW_ITEMS[k], item?.ok ? "通过" : `存在问题：${item?.note ?? ""}`];
      }),
      ["审核结论", r.outcome === "approved" ? "同意" : "存在问题"],
    ],
    blocks: [
      { heading: "审核意见", paragraphs: [r.opinion] },
      { paragraphs: [`依据《中华人民共和国行政处罚法》第五十八条、国办发〔2018〕118号第十三条审核。${r.outcome === "problems" ? "请承办机构按上述意见整改后重新送审；未经法制审核或者审核未通过的，不得作出决定。" : ""}`] },
    ],
    signatures: [`审核人员：${r.reviewer.name}（法律职业资格证书编号${r.reviewer.qualificationNo}）`, day(r.at)],
  };
}

export function collectiveRecord(i: EnforcementDocInput): RecordSection | null {
  const k = i.c.collective;
  if (!k) return null;
  return {
    title: "集体讨论记录",
    number: `案号：${i.caseNumber}`,
    rows: [
      ["时间", k.start ? `${chineseDate(k.date)}${clock(k.start)}至${clock(k.end!)}` : chineseDate(k.date)],
      ["地点", k.place ?? ""],
      ["主持人", k.chair ?? ""],
      ["参加人员", k.attendees.join("、")],
      ["讨论案件", `${i.c.matter.name}（当事人：${i.c.party.name}）`],
    ],
    blocks: [
      // Each leader's opinion on its own line, in the order spoken; dissent as said.
      { heading: "参加人员意见", paragraphs: k.opinionList ? k.opinionList.map((o) => `${o.name}：${o.position === "agree" ? "同意" : "不同意"}。${o.text}`) : [k.opinions] },
      { heading: "讨论决定", paragraphs: [k.conclusion] },
      { paragraphs: ["依据《中华人民共和国行政处罚法》第五十七条第二款，对情节复杂或者重大违法行为给予行政处罚，由行政机关负责人集体讨论决定。"] },
    ],
    signatures: ["参加人员（签名）：", `记录人：${k.by.name}`],
  };
}

export function decisionLetter(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  const d = c.decision;
  if (!d) return null;
  const title = d.kind === "penalty" ? "行政处罚决定书" : d.order ? "责令限期拆除决定书" : d.kind === "no_penalty" ? "不予行政处罚决定书" : "涉嫌犯罪案件移送书";
  // 责令限期拆除 with the decision, and what follows if it is not carried out (行政强制法 35–38, 44).
  const order = d.order ? [`责令${c.party.kind === "person" ? "你" : "你单位"}于${chineseDate(d.order.deadline)}前自行拆除${d.order.structure}。逾期不拆除的，本机关将依照《中华人民共和国行政强制法》第三十五条至第三十八条、第四十四条的规定催告并依法强制拆除。`] : [];
  const you = c.party.kind === "person" ? "你" : "你单位";
  const payment = d.fine > 0
    ? [`${you}应当自收到本决定书之日起${PAYMENT_DAYS}日内${paidThrough(d)}缴纳罚款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额（《中华人民共和国行政处罚法》第六十七条、第七十二条）。`]
    : [];
  return {
    title,
    number: i.number ?? d.number,
    rows: partyRows(c),
    blocks: [
      { heading: "一、违法事实和证据", paragraphs: [c.report?.facts ?? c.facts, ...(c.report ? [`证据：${c.report.evidence}`] : [])] },
      ...(c.notice ? [{ heading: "二、告知及陈述申辩情况", paragraphs: [`本机关于${chineseDate(c.notice.servedOn)}送达行政处罚事先告知书。${c.waiver ? "当事人书面放弃陈述、申辩和听证权利。" : c.representations.length ? `当事人提出陈述、申辩，经复核：${c.representations.map((r) => r.reason).join("；")}。` : c.hearing ? `当事人于${chineseDate(c.hearing.requestedOn)}要求举行听证。` : "当事人在规定期限内未提出陈述、申辩。"}${c.hearing?.held ? `本机关于${chineseDate(c.hearing.held.date)}举行听证${c.hearing.held.partyAbsent ? "，当事人无正当理由未到场，视为放弃听证" : `，当事人在听证中提出的陈述、申辩意见：${c.hearing.held.record.replace(/[。.]$/, "")}。经复核，当事人提出的事实、理由和证据已予考虑`}。` : ""}`] }] : []),
      { heading: `${c.notice ? "三" : "二"}、处理决定`, paragraphs: [`依据${c.matter.basis}，${d.reasons}。本机关决定：${d.kind === "penalty" ? `对${you}${sanctionText(d)}` : DECISION_KINDS[d.kind]}。`, ...order] },
      // A transfer decides nothing on the party: no remedies are appended (国务院令第310号).
      ...(d.kind === "penalty" ? [{ paragraphs: [...payment, remediesOf(d)] }] : d.kind === "transfer" ? [] : [{ paragraphs: [remediesOf(d)] }]),
    ],
    signatures: [`${i.agency}（印）`, chineseDate(d.date)],
  };
}

/** What the officers showed and told the party and what the party said (APL 44, 45, 52). */
function onSpotHeard(o: OnSpotHearing, officers: readonly { name: string; certNo: string | null }[]): string[] {
  return [
    `执法人员${officers.map((x) => `${x.name}（执法证号${x.certNo ?? "—"}）`).join("、")}已向当事人出示执法证件，告知拟作出的行政处罚内容及事实、理由、依据，以及依法享有的陈述、申辩权利。`,
    o.statement ? `当事人陈述、申辩：${o.statement.replace(/[。.]$/, "")}。复核意见：${o.statementReview.replace(/[。.]$/, "")}。` : "当事人未提出陈述、申辩。",
  ];
}

export function onSpotDecision(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  const d = c.decision;
  if (!d || c.track !== "simple") return null;
  return {
    title: "当场行政处罚决定书",
    number: i.number ?? d.number,
    // APL 52: the violation, the kind and basis of the penalty, the fine, the time and place, the remedies, the organ.
    rows: [...partyRows(c), ["违法行为发生时间", chineseDate(c.occurredOn)], ["违法地点", c.place], ["处罚时间、地点", `${chineseDate(d.date)}${d.time ? clock(d.time) : ""}，${c.place}`], ["执法人员", officerLine(c.filing?.officers ?? [])]],
    blocks: [
      { heading: "违法事实", paragraphs: [c.facts] },
      { heading: "处罚理由及依据", paragraphs: [d.reasons, `依据：${c.matter.basis}；《中华人民共和国行政处罚法》第五十一条、第五十二条（简易程序）。`] },
      { heading: "处罚决定", paragraphs: [`${sanctionText(d)}。${d.fine > 0 ? `应当自收到本决定书之日起${PAYMENT_DAYS}日内${paidThrough(d)}缴纳罚款，逾期每日按罚款数额的百分之三加处罚款。` : ""}`, remediesOf(d)] },
      ...(d.onSpot ? [{ heading: "告知及陈述申辩", paragraphs: onSpotHeard(d.onSpot, c.filing?.officers ?? []) }] : []),
      { paragraphs: [d.onSpot?.refusedToSign ? "本决定书当场交付当事人，当事人拒绝签收，执法人员已在本决定书上注明。本决定书报所属行政机关备案。" : "本决定书当场交付当事人，并报所属行政机关备案。"] },
    ],
    signatures: ["执法人员（签名）：", d.onSpot?.refusedToSign ? "当事人拒绝签收（执法人员注明）：" : "当事人（签名）：", `${i.agency}（印）`, chineseDate(d.date)],
  };
}

export function serviceReceipt(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  if (!c.decision) return null;
  const served = [
    ...(c.notice ? [[`行政处罚事先告知书 ${c.notice.number}`, `${chineseDate(c.notice.servedOn)} ${SERVICE_METHODS[c.notice.method as keyof typeof SERVICE_METHODS] ?? c.notice.method}`] as [string, string]] : []),
    [`${c.decision.kind === "penalty" ? "行政处罚决定书" : "决定书"} ${c.decision.number}`, c.service ? `${chineseDate(c.service.date)} ${SERVICE_METHODS[c.service.method]}，签收人：${c.service.receiver}` : "待送达"] as [string, string],
  ];
  return {
    title: "送达回证",
    number: `案号：${i.caseNumber}`,
    rows: [["受送达人", c.party.name], ["送达地点", c.party.address || c.place], ...served],
    blocks: [{ paragraphs: ["依据《中华人民共和国行政处罚法》第六十一条，当事人不在场的，行政机关应当在七日内依照《中华人民共和国民事诉讼法》的有关规定送达。"] }],
    signatures: ["受送达人（签名或盖章）：", "送达人（签名）：", "见证人（签名）："],
  };
}

export function closingForm(i: EnforcementDocInput): RecordSection | null {
  const { c } = i;
  if (!c.decision) return null;
  const paid = c.payments.reduce((n, p) => n + p.amount, 0);
  return {
    title: "结案审批表",
    number: `案号：${i.caseNumber}`,
    rows: [
      ["执法事项", c.matter.name],
      ...partyRows(c).slice(0, 1),
      ["立案日期", c.filing ? day(c.filing.at) : "—"],
      ["决定", `${c.decision.number} ${sanctionText(c.decision)}（${chineseDate(c.decision.date)}）`],
      ["法制审核", c.legalReviews.length ? c.legalReviews.map((r) => `第${r.round}轮：${r.result?.outcome === "approved" ? "同意" : r.result ? "存在问题" : "待审核"}`).join("；") : "不属于重大执法决定"],
      ["送达", c.service ? `${chineseDate(c.service.date)} ${SERVICE_METHODS[c.service.method]}` : "—"],
      ...(c.revocation ? [["决定变更", `${chineseDate(c.revocation.date)}${REVOCATION_KINDS[c.revocation.kind]}：${c.revocation.reason}${c.revocation.kind === "changed" ? `（变更后罚款${yuan(fineOwed(c))}）` : ""}`] as [string, string]] : []),
      ["执行情况", fineOwed(c) > 0 ? `应缴罚款${yuan(fineOwed(c))}，已缴${yuan(paid)}${c.payments.at(-1)?.surcharge ? `（含加处罚款${yuan(c.payments.at(-1)!.surcharge!)}）` : ""}${c.enforcement ? `；${c.enforcement.kind}：${c.enforcement.note}` : ""}${overpaid(c) ? `；多缴${yuan(overpaid(c))}应予退还` : ""}` : c.decision.fine > 0 ? "决定已不再执行罚款" : "无罚款"],
      ["全过程记录", `${c.record.length}条记录，${c.record.reduce((n, r) => n + r.files.length, 0)}个音像及文件`],
      ["结案意见", "执行完毕，同意结案。"],
      ...APPROVAL_BOXES,
    ],
    signatures: ["承办人（签名）：", "负责人（签名）：", day(i.at)],
  };
}
