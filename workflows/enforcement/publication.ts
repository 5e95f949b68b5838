/**
 * 事后公示 (118 §6, APL 48): the public text of a decision, with personal data redacted
 * automatically (118 §2) — natural persons' names as 张某某, ID and phone numbers masked, home
 * addresses removed — and a check that an edited text did not bring any of it back.
 */
import { yuan } from "../money";
import { streetOffice } from "../offices";
import { maskName } from "../identity";
import { personalDataIn as personalDataInText, redactText, type PersonalData } from "../privacy";
import type { PublicRecord } from "../engine/types";
import { DECISION_KINDS, PENALTY_KINDS, type EnforcementContext } from "./context";

/** The enforcement body of a street: its office (街道办事处), which decides in its own name. */
export const agencyOf = streetOffice;


/** What a published decision says the party was ordered to do, in one line. */
export function sanctionText(s: { kind: keyof typeof DECISION_KINDS; penalties: readonly (keyof typeof PENALTY_KINDS)[]; fine: number; confiscation: number }): string {
  if (s.kind !== "penalty") return DECISION_KINDS[s.kind];
  return s.penalties
    .map((p) => (p === "fine" ? `罚款${yuan(s.fine)}` : p === "confiscation" ? `没收违法所得、非法财物${yuan(s.confiscation)}` : PENALTY_KINDS[p]))
    .join("；");
}

/** The party as the public may see it: natural persons masked, organisations by name and credit code. */
export function publicPartyName(c: Pick<EnforcementContext, "party">): string {
  const p = c.party;
  return p.kind === "person" ? maskName(p.name) : `${p.name}（统一社会信用代码：${p.creditCode}；法定代表人：${maskName(p.legalRepresentative)}）`;
}

/** The party as personal data to find in free text: a person's name, numbers and home; an organisation's representative. */
export function enforcementPersons(c: Pick<EnforcementContext, "party">): PersonalData[] {
  const p = c.party;
  return [{ person: p.kind === "person", name: p.name, idNumber: p.idNumber, phone: p.phone, address: p.address, relatedNames: p.legalRepresentative ? [p.legalRepresentative] : [] }];
}

/** Free text with the party's personal data taken out. */
export function redact(text: string, c: Pick<EnforcementContext, "party">): string {
  return redactText(text, enforcementPersons(c));
}

/** The text proposed for publication; officers may edit it before publishing. */
export function draftPublicText(c: EnforcementContext, officeName: string): string {
  const d = c.decision;
  if (!d) return "";
  const lines = [
    `决定书文号：${d.number}`,
    `执法事项：${c.matter.name}`,
    `当事人：${publicPartyName(c)}`,
    `违法事实：${redact(c.report?.facts ?? c.facts, c)}`,
    `依据：${c.matter.basis}`,
    `${d.kind === "penalty" ? "处罚内容" : "处理结论"}：${sanctionText(d)}`,
    `作出决定的机关：${agencyOf(officeName)}`,
    `决定日期：${d.date}`,
  ];
  return lines.join("\n");
}

/** Personal data of the party still in a text (what an edit must not bring back), however its numbers are typed. */
export function personalDataIn(raw: string, c: Pick<EnforcementContext, "party"> & { readonly decision?: { readonly number: string } | null }): string[] {
  // An organisation's credit code and the decision's number are public; they are not personal numbers.
  return personalDataInText(raw, enforcementPersons(c), [c.party.creditCode, c.decision?.number ?? ""]);
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
