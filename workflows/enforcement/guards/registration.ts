/**
 * Guards of 登记 and 立案: recusal (APL 43), the limitation period (APL 36), two certified officers (APL 42).
 */
import { addMonthsClamped, chinaDate } from "../../calendar/calendar";
import { LIMITATIONS, type EnforcementContext } from "../context";
import { APL, type Guard, type Person, certified, dateOf, investigators, judges, payload, recusedOfficers, today } from "./common";

export const recusalOfCaseOfficer: Guard = {
  name: "recusalOfCaseOfficer",
  explain: "回避申请应针对参与本案的执法人员；所选人员未参与本案或已决定回避",
  basis: APL("四十三"),
  needsPayload: true,
  test: (c, e) => {
    const id = Number(payload<{ officer?: Person }>(e).officer?.id);
    return investigators(c).has(id) && !recusedOfficers(c).has(id);
  },
};

export const recusalKeepsTwoOfficers: Guard = {
  name: "recusalKeepsTwoOfficers",
  explain: "决定回避后本案承办的执法人员不得少于两人：请指定一名持有效执法证、尚未承办本案、未被决定回避、且不是本案听证主持人或法制审核人员的执法人员接替",
  basis: APL("四十二") + "、第四十三条",
  needsPayload: true,
  test: (c, e) => {
    const p = payload<{ officer?: Person; decision?: string; replacement?: Person }>(e);
    if (p.decision !== "granted") return true;
    const recused = recusedOfficers(c).add(Number(p.officer?.id));
    const r = p.replacement;
    const inCharge = new Set((c.filing?.officers ?? []).map((o) => o.id));
    const officer = !r?.roles || r.roles.includes("enforcement_officer");
    if (r && (!officer || recused.has(r.id) || inCharge.has(r.id) || judges(c).has(r.id) || !certified(r, today(e)))) return false;
    const remaining = new Set([...(c.filing?.officers ?? []), ...(r ? [r] : [])].map((o) => o.id).filter((id) => !recused.has(id)));
    return remaining.size >= 2;
  },
};

export const actorNotRecused: Guard = {
  name: "actorNotRecused",
  explain: "您已被决定回避本案，不得再办理本案事项",
  basis: APL("四十三"),
  test: (c, e) => !recusedOfficers(c).has(e.actor.id),
};

export const noRecusedOfficer: Guard = {
  name: "noRecusedOfficer",
  explain: "已决定回避的执法人员不得再参与本案的调查、检查等执法活动",
  basis: APL("四十三"),
  needsPayload: true,
  test: (c, e) => !(payload<{ officers?: Person[] }>(e).officers ?? []).some((o) => recusedOfficers(c).has(o.id)),
};

export type LimitationFacts = Pick<EnforcementContext, "occurredOn" | "discoveredOn" | "limitation" | "registeredAt">;

/**
 * The last day the act can still be discovered (APL 36), counted from the act (or the end of a
 * continuing act) to the same day two (or five) years on. Not moved off a rest day: discovery is not
 * an act someone must find a working day for (docs/decisions/0009).
 */
export function limitationEnds(c: Pick<LimitationFacts, "occurredOn" | "limitation">): string {
  return addMonthsClamped(c.occurredOn, 12 * LIMITATIONS[c.limitation ?? "two"].years);
}
/** Cases registered before the discovery day was asked were discovered on their registration day. */
export const discoveredOn = (c: Pick<LimitationFacts, "discoveredOn" | "registeredAt">) => c.discoveredOn ?? chinaDate(c.registeredAt);
export const outOfLimitation = (c: LimitationFacts) => discoveredOn(c) > limitationEnds(c);

export const withinLimitation: Guard = {
  name: "withinLimitation",
  explain: "违法行为在二年内未被发现的，不再给予行政处罚（涉及公民生命健康安全、金融安全且有危害后果的为五年）：本案已超过追责时效，应当不予立案",
  basis: APL("三十六"),
  test: (c) => !outOfLimitation(c),
};

export const twoOfficers: Guard = {
  name: "twoOfficers",
  explain: "执法人员不得少于两人：一名执法人员不能立案调查或实施检查、调查取证",
  basis: APL("四十二"),
  needsPayload: true,
  test: (_c, e) => new Set(payload<{ officers?: Person[] }>(e).officers?.map((o) => o.id) ?? []).size >= 2,
};

export const officersCertified: Guard = {
  name: "officersCertified",
  explain: "执法人员须持有有效的行政执法证件；所选人员中有人没有执法证件或证件已过有效期",
  basis: APL("四十二") + "、第五十五条",
  needsPayload: true,
  test: (_c, e) => {
    const on = String(e.payload.time ?? "").slice(0, 10) || dateOf(e) || today(e);
    return (payload<{ officers?: Person[] }>(e).officers ?? []).every((o) => certified(o, on));
  },
};
