/**
 * What each mediation document says, from the case data (RULES.md §4; PML 23, 24, 26, 28–31).
 * Each function returns a RecordSection, or null when the case has nothing for that document yet.
 */
import { chinaDate, chineseClock, chineseDate } from "../../workflows/calendar/calendar";
import { CO_MEDIATOR_ROLES, FOLLOW_UP_METHODS, LEVELS, PERFORMANCE, RISK_FACTORS, RISK_GRADES, SOURCES, type MediationContext, type Party } from "../../workflows/mediation/context";
import type { RecordSection } from "../gbt9704/record";

export interface MediationDocInput {
  readonly c: MediationContext;
  readonly caseNumber: string;
  readonly committee: string; // 人民调解委员会 name
  readonly at: string;
}

const side = (p: Party) => (p.side === "applicant" ? "申请人" : "被申请人");
export const partyLine = (p: Party) =>
  p.kind === "person"
    ? [`${side(p)}：${p.name}`, p.gender, p.ethnicity, p.birthDate && `${chineseDate(p.birthDate)}出生`, p.occupation, p.idNumber && `身份证号码${p.idNumber}`, p.address && `住${p.address}`, p.phone && `电话${p.phone}`]
        .filter(Boolean)
        .join("，")
    : [`${side(p)}：${p.name}`, `统一社会信用代码${p.creditCode}`, `法定代表人${p.legalRepresentative}`, p.address && `住所地${p.address}`, p.phone && `电话${p.phone}`].filter(Boolean).join("，");
const agentLine = (p: Party) => (p.agentName ? `委托代理人：${p.agentName}，代理权限：${p.agentAuthority}` : "");
const partyParagraphs = (c: MediationContext) => c.parties.flatMap((p) => [partyLine(p), agentLine(p)].filter(Boolean));
const mediatorNames = (c: MediationContext) => c.mediators.map((m) => m.name).join("、") || "（未指定）";

/** Only when a party applied: a committee's own initiative or a referral has no 申请书 to file. */
export function applicationForm({ c, caseNumber }: MediationDocInput): RecordSection | null {
  if (c.source !== "application") return null;
  const applicants = c.parties.filter((p) => p.side === "applicant");
  return {
    title: "人民调解申请书",
    number: caseNumber,
    blocks: [
      { paragraphs: partyParagraphs(c) },
      { heading: "一、纠纷事实", paragraphs: [c.summary] },
      { heading: "二、申请事项", paragraphs: [c.claims] },
      { paragraphs: [`现申请人民调解委员会予以调解。`] },
    ],
    signatures: [`申请人：${applicants.map((p) => p.name).join("、") || "________"}（签名）`, chineseDate(chinaDate(c.acceptedAt))],
  };
}

export function registrationForm({ c, caseNumber, committee }: MediationDocInput): RecordSection {
  return {
    title: "人民调解受理登记表",
    number: caseNumber,
    rows: [
      ["受理单位", committee],
      ["受理日期", chineseDate(chinaDate(c.acceptedAt))],
      ["纠纷来源", SOURCES[c.source]],
      ["纠纷类型", c.disputeTypeLabel],
      ["当事人", c.parties.map(partyLine).join("\n") || "（待登记）"],
      ["纠纷简要情况", c.summary],
      ["当事人请求", c.claims],
      ["风险等级", c.risk ? `${RISK_GRADES[c.risk.grade]}（${c.risk.factors.map((f) => RISK_FACTORS[f]).join("；") || "无特别风险因素"}）` : "待研判"],
      ["调解层级", LEVELS[c.level]],
      ["调解员", mediatorNames(c)],
      ["受理人", c.acceptedBy.name],
    ],
  };
}

/** PML 23 (rights) and 24 (duties), read to every party before mediation. */
export function rightsNotice({ c, caseNumber, committee }: MediationDocInput): RecordSection {
  return {
    title: "当事人权利义务告知书",
    number: caseNumber,
    blocks: [
      { paragraphs: [`${c.parties.map((p) => p.name).join("、") || "当事人"}：`, `根据《中华人民共和国人民调解法》的规定，现将你们在人民调解活动中享有的权利和承担的义务告知如下：`] },
      {
        heading: "一、当事人享有下列权利",
        paragraphs: ["（一）选择或者接受人民调解员；", "（二）接受调解、拒绝调解或者要求终止调解；", "（三）要求调解公开进行或者不公开进行；", "（四）自主表达意愿、自愿达成调解协议。"],
      },
      {
        heading: "二、当事人承担下列义务",
        paragraphs: ["（一）如实陈述纠纷事实；", "（二）遵守调解现场秩序，尊重人民调解员；", "（三）尊重对方当事人行使权利。"],
      },
      { paragraphs: ["人民调解不收取任何费用。"] },
    ],
    // Dated when it was served (the first party's wish recorded), not when the file is bound.
    signatures: [`当事人签收：${c.parties.map(() => "________").join("  ")}`, committee, chineseDate(c.rightsNoticeOn ?? chinaDate(c.acceptedAt))],
  };
}

function sessionRecords(kind: "investigation" | "mediation", title: string, { c, caseNumber }: MediationDocInput): RecordSection | null {
  const sessions = c.sessions.filter((s) => s.kind === kind);
  if (!sessions.length) return null;
  return {
    title,
    number: caseNumber,
    blocks: sessions.map((s, i) => ({
      heading: `${["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][i] ?? i + 1}、${chineseDate(s.date)}${s.start ? `${chineseClock(s.start)}至${s.end ? chineseClock(s.end) : ""}` : ""}，${s.place}`,
      paragraphs: [
        ...(s.subject ? [`被调查人：${s.subject}`] : []),
        `调解员：${c.mediators.map((m) => m.name).join("、") || "________"}`,
        `参加人员：${s.participants}`,
        `记录人：${s.recordedBy.name}`,
        s.content,
      ],
    })),
    signatures: [kind === "investigation" ? "被调查人（签名）：________" : "当事人（签名）：________", "调解员（签名）：________", "记录人（签名）：________"],
  };
}

export const investigationRecords = (i: MediationDocInput) => sessionRecords("investigation", "调查记录", i);
export const mediationRecords = (i: MediationDocInput) => sessionRecords("mediation", "调解记录", i);

/** PML 29: parties; facts, issues and responsibilities; terms; manner, place and deadline of performance. */
export function agreementDoc({ c, caseNumber, committee }: MediationDocInput): RecordSection | null {
  const a = c.agreement;
  // A written agreement never signed before the mediation ended is not an agreement to file.
  if (!a || a.kind !== "written" || (c.ending && !a.effectiveOn)) return null;
  const copies = c.parties.length + 1;
  return {
    title: "人民调解协议书",
    number: caseNumber,
    blocks: [
      { paragraphs: partyParagraphs(c) },
      { heading: "一、纠纷主要事实、争议事项及各方当事人的责任", paragraphs: [a.facts] },
      { heading: "二、经调解，当事人自愿达成如下协议", paragraphs: [a.terms] },
      { heading: "三、履行协议的方式、地点、期限", paragraphs: [a.performance] },
      {
        paragraphs: [
          `本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。本协议书一式${copies}份，当事人、人民调解委员会各持一份。`,
          "经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。双方当事人可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。",
        ],
      },
    ],
    signatures: [...c.parties.map((p) => `${side(p)}：${p.name}（签名、盖章或按指印）`), `人民调解员：${mediatorNames(c)}（签名）`, `${committee}（印）`, chineseDate(a.date)],
  };
}

export function oralAgreementForm({ c, caseNumber, committee }: MediationDocInput): RecordSection | null {
  const a = c.agreement;
  if (!a || a.kind !== "oral") return null;
  return {
    title: "口头调解协议登记表",
    number: caseNumber,
    rows: [
      ["当事人", c.parties.map(partyLine).join("\n")],
      ["纠纷简要事实", a.facts || c.summary],
      ["协议内容", a.terms],
      ["履行方式、期限", a.performance],
      ["达成日期", chineseDate(a.date)],
      ["调解员", mediatorNames(c)],
      ["调解组织", committee],
    ],
    // The parties confirm the oral agreement, and the mediator registers it (PML 30).
    signatures: [...c.parties.map((p) => `${side(p)}：${p.name}（签名或按指印）`), `登记人：${mediatorNames(c)}（签名）`, `${committee}（印）`, chineseDate(a.date)],
  };
}

/** PML 26: on failure, the parties are told of arbitration, administrative and judicial routes. */
export function followUpRecords({ c, caseNumber }: MediationDocInput): RecordSection | null {
  if (!c.followUps.length) return null;
  return {
    title: "人民调解回访记录",
    number: caseNumber,
    rows: c.followUps.flatMap((f, i) => [
      [`第${i + 1}次回访时间`, chineseDate(f.date)] as const,
      ["回访方式", f.method ? FOLLOW_UP_METHODS[f.method] : ""] as const,
      ["回访人", f.by.name] as const,
      ["被回访人", f.visited ?? ""] as const,
      ["协议履行情况", PERFORMANCE[f.performance]] as const,
      ["回访情况", f.note] as const,
    ]),
    signatures: ["回访人（签名）：", "被回访人（签名）："],
  };
}

/** 卷名 with the parties' full names: the 卷宗 is an internal record. */
export function fullTitle(c: MediationContext): string {
  const names = c.parties.map((p) => p.name);
  return names.length >= 2 ? `${names[0]}与${names.slice(1).join("、")}${c.disputeTypeLabel}` : `${c.disputeTypeLabel}案`;
}

export function coMediatorNote(c: MediationContext): string {
  return c.coMediators.map((m) => `${m.name}（${CO_MEDIATOR_ROLES[m.role]}）`).join("、");
}
