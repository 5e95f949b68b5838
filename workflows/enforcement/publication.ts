/**
 * 事后公示 (118 §6, APL 48): the public text of a decision, with personal data redacted
 * automatically (118 §2) — natural persons' names as 张某某, ID and phone numbers masked, home
 * addresses removed — and a check that an edited text did not bring any of it back.
 */
import { maskIdNumber, maskName, maskPhone } from "../identity";
import type { PublicRecord } from "../engine/types";
import { DECISION_KINDS, PENALTY_KINDS, type EnforcementContext } from "./context";

// Whole numbers only: a credit code or a document number must not look like an ID or a phone.
const ID_NUMBER = /(?<![\dA-Za-z])(\d{17}[\dXx]|\d{15})(?![\dA-Za-z])/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const LANDLINE = /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g;
/** A flat in an address (12号301室, 5幢2单元601室): a home, never published for a natural person. */
const FLAT = /[\p{Script=Han}\dA-Za-z]{0,12}?\d+(号|弄|幢|栋)[\d\-号幢栋单元楼层]*\d+室/gu;

/** The enforcement body of a street: its office (街道办事处), which decides in its own name. */
export const agencyOf = (officeName: string) => (officeName.endsWith("街道") ? `${officeName}办事处` : officeName);

const yuan = (n: number) => `${n.toLocaleString("zh-CN")}元`;

/** What a published decision says the party was ordered to do, in one line. */
export function sanctionText(s: { kind: keyof typeof DECISION_KINDS; penalties: readonly (keyof typeof PENALTY_KINDS)[]; fine: number; confiscation: number }): string {
  if (s.kind !== "penalty") return DECISION_KINDS[s.kind];
  return s.penalties
    .map((p) => (p === "fine" ? `罚款${yuan(s.fine)}` : p === "confiscation" ? `没收违法所得、非法财物${yuan(s.confiscation)}` : PENALTY_KINDS[p]))
    .join(";");
}

/** The party as the public may see it: natural persons masked, organisations by name and credit code. */
export function publicPartyName(c: Pick<EnforcementContext, "party">): string {
  const p = c.party;
  return p.kind === "person" ? maskName(p.name) : `${p.name}(统一社会信用代码:${p.creditCode};法定代表人:${maskName(p.legalRepresentative)})`;
}

/** Free text with the party's personal data taken out. */
export function redact(text: string, c: Pick<EnforcementContext, "party">): string {
  const p = c.party;
  let out = text;
  const replaceAll = (needle: string, by: string) => {
    if (needle.trim().length >= 2) out = out.split(needle).join(by);
  };
  if (p.kind === "person") {
    replaceAll(p.address, "(住址已隐去)");
    // The place of the act is often the party's home (a load-bearing wall): a flat number is removed.
    out = out.replace(FLAT, "(住址已隐去)");
    replaceAll(p.name, maskName(p.name));
  }
  if (p.legalRepresentative) replaceAll(p.legalRepresentative, maskName(p.legalRepresentative));
  return out.replace(ID_NUMBER, (m) => maskIdNumber(m)).replace(MOBILE, (m) => maskPhone(m)).replace(LANDLINE, "(电话已隐去)");
}

/** The text proposed for publication; officers may edit it before publishing. */
export function draftPublicText(c: EnforcementContext, officeName: string): string {
  const d = c.decision;
  if (!d) return "";
  const lines = [
    `决定书文号:${d.number}`,
    `执法事项:${c.matter.name}`,
    `当事人:${publicPartyName(c)}`,
    `违法事实:${redact(c.report?.facts ?? c.facts, c)}`,
    `依据:${c.matter.basis}`,
    `${d.kind === "penalty" ? "处罚内容" : "处理结论"}:${sanctionText(d)}`,
    `作出决定的机关:${agencyOf(officeName)}`,
    `决定日期:${d.date}`,
  ];
  return lines.join("\n");
}

/** Personal data of the party still in a text (what an edit must not bring back). */
export function personalDataIn(raw: string, c: Pick<EnforcementContext, "party"> & { readonly decision?: { readonly number: string } | null }): string[] {
  const p = c.party;
  const found: string[] = [];
  // An organisation's credit code and the decision's number are public; they are not personal numbers.
  const text = [p.creditCode, c.decision?.number ?? ""].filter(Boolean).reduce((t, x) => t.split(x).join(" "), raw);
  if (p.kind === "person" && p.name.length >= 2 && text.includes(p.name)) found.push("当事人姓名");
  if (p.legalRepresentative.length >= 2 && text.includes(p.legalRepresentative)) found.push("法定代表人姓名");
  if (p.kind === "person" && ((p.address.trim().length >= 4 && text.includes(p.address.trim())) || [...text.matchAll(FLAT)].length)) found.push("当事人住址");
  if ([...text.matchAll(ID_NUMBER)].length || (p.idNumber && text.includes(p.idNumber))) found.push("身份证号码");
  if ([...text.matchAll(MOBILE)].length || [...text.matchAll(LANDLINE)].length || (p.phone && text.includes(p.phone))) found.push("电话号码");
  return found;
}

export function publicRecord(c: EnforcementContext): PublicRecord | null {
  const d = c.decision;
  const pub = c.publication;
  if (!d || !pub) return null;
  return {
    kind: d.kind === "penalty" ? "penalty" : "other",
    number: d.number,
    decisionDate: d.date,
    matter: c.matter.name,
    party: publicPartyName(c),
    sanction: sanctionText(d),
    text: pub.text,
    publishedAt: pub.publishedAt,
    status: pub.status,
    withdrawnAt: pub.withdrawnAt,
    withdrawReason: pub.withdrawReason,
  };
}
