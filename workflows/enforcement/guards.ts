/** Guards of the enforcement procedure, each with its explanation and article (RULES.md §1–2). */
import { chinaDate } from "../calendar/calendar";
import { addMonthsClamped } from "../calendar/periods";
import type { GuardRule, ProcedureEvent } from "../engine/types";
import { currentSanction, heavierThan, majorReasons } from "./catalogue";
import { ACT_KINDS, LIMITATIONS, type ActKind, type EnforcementContext, type Sanction } from "./context";
import { personalDataIn } from "./publication";

type Guard = GuardRule<EnforcementContext>;
export const APL = (n: string) => `《中华人民共和国行政处罚法》第${n}条`;
export const G118 = (n: string) => `国办发〔2018〕118号第${n}条`;

/** 简易程序 limits (APL 51), yuan. */
export const ON_SPOT_LIMIT_PERSON = 200;
export const ON_SPOT_LIMIT_ORGANISATION = 3000;

type Person = { id: number; name: string; roles?: string[]; certNo?: string | null; certValidUntil?: string | null; qualificationNo?: string | null };
const payload = <T>(e: ProcedureEvent) => e.payload as T;
const today = (e: ProcedureEvent) => chinaDate(e.at);
const dateOf = (e: ProcedureEvent, field = "date") => String(e.payload[field] ?? "");
const certified = (p: Person, on: string) => !!p.certNo && !!p.certValidUntil && p.certValidUntil >= on;

/** The recused person of a recusal; recusals recorded before officers were chosen from a list name them only. */
export const recusedName = (r: EnforcementContext["recusals"][number]) => (typeof r.officer === "string" ? r.officer : r.officer.name);
const recusedIds = (r: EnforcementContext["recusals"][number]): number[] => (typeof r.officer === "string" ? [] : [r.officer.id]);

/** Everyone who investigated: the officers in charge, any officer present at a recorded act, and any recused officer. */
export function investigators(c: EnforcementContext): Set<number> {
  return new Set([...(c.filing?.officers ?? []), ...c.record.flatMap((r) => r.officers)].map((o) => o.id).concat(c.recusals.flatMap(recusedIds)));
}

/** Officers the head has ordered to step aside (APL 43). */
export const recusedOfficers = (c: EnforcementContext): Set<number> =>
  new Set(c.recusals.filter((r) => r.decision === "granted").flatMap((r) => recusedIds(r)));

/** Who judges the case apart from its investigators: the hearing's chair and every legal reviewer (APL 58, 64). */
const judges = (c: EnforcementContext): Set<number> =>
  new Set([...(c.hearing?.scheduled ? [c.hearing.scheduled.chair.id] : []), ...c.legalReviews.flatMap((r) => (r.result ? [r.result.reviewer.id] : []))]);

export const recusalOfCaseOfficer: Guard = {
  name: "recusalOfCaseOfficer",
  explain: "回避申请应针对参与本案的执法人员;所选人员未参与本案或已决定回避",
  basis: APL("四十三"),
  needsPayload: true,
  test: (c, e) => {
    const id = Number(payload<{ officer?: Person }>(e).officer?.id);
    return investigators(c).has(id) && !recusedOfficers(c).has(id);
  },
};

export const recusalKeepsTwoOfficers: Guard = {
  name: "recusalKeepsTwoOfficers",
  explain: "决定回避后本案承办的执法人员不得少于两人:请指定一名持有效执法证、尚未承办本案、未被决定回避、且不是本案听证主持人或法制审核人员的执法人员接替",
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
  explain: "您已被决定回避本案,不得再办理本案事项",
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

type LimitationFacts = Pick<EnforcementContext, "occurredOn" | "discoveredOn" | "limitation" | "registeredAt">;

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
  explain: "违法行为在二年内未被发现的,不再给予行政处罚(涉及公民生命健康安全、金融安全且有危害后果的为五年):本案已超过追责时效,应当不予立案",
  basis: APL("三十六"),
  test: (c) => !outOfLimitation(c),
};

export const twoOfficers: Guard = {
  name: "twoOfficers",
  explain: "执法人员不得少于两人:一名执法人员不能立案调查或实施检查、调查取证",
  basis: APL("四十二"),
  needsPayload: true,
  test: (_c, e) => new Set(payload<{ officers?: Person[] }>(e).officers?.map((o) => o.id) ?? []).size >= 2,
};

export const officersCertified: Guard = {
  name: "officersCertified",
  explain: "执法人员须持有有效的行政执法证件;所选人员中有人没有执法证件或证件已过有效期",
  basis: APL("四十二") + "、第五十五条",
  needsPayload: true,
  test: (_c, e) => {
    const on = String(e.payload.time ?? "").slice(0, 10) || dateOf(e) || today(e);
    return (payload<{ officers?: Person[] }>(e).officers ?? []).every((o) => certified(o, on));
  },
};

const actKind = (e: ProcedureEvent) => e.payload.kind as ActKind | undefined;

/** Investigative acts need two certified officers present; other acts one certified officer. */
export const actHasTwoOfficers: Guard = {
  ...twoOfficers,
  name: "actHasTwoOfficers",
  explain: "现场检查、询问、调查取证、先行登记保存、查封扣押、强制拆除须由两名以上执法人员实施",
  test: (c, e) => !ACT_KINDS[actKind(e) ?? "other"]?.twoOfficers || twoOfficers.test(c, e),
};

export const videoWhereRequired: Guard = {
  name: "videoWhereRequired",
  explain: "查封扣押、强制拆除以及在执法办案场所实施的执法活动须全程音像记录:请附上录像文件",
  basis: G118("八"),
  needsPayload: true,
  test: (_c, e) => {
    const p = payload<{ kind?: ActKind; inCaseRoom?: boolean; files?: { mime: string }[] }>(e);
    const required = (p.kind && ACT_KINDS[p.kind]?.video) || p.inCaseRoom;
    return !required || (p.files ?? []).some((f) => f.mime.startsWith("video/"));
  },
};

export const actTimeNotFuture: Guard = {
  name: "actTimeNotFuture",
  explain: "执法活动时间不能晚于记录时间",
  basis: G118("七") + "(全过程记录应真实)",
  needsPayload: true,
  test: (_c, e) => String(e.payload.time ?? "") <= new Date(new Date(e.at).getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16),
};

export const correctionPointsAtEntry: Guard = {
  name: "correctionPointsAtEntry",
  explain: "更正须指向本案已有的一条记录,并写明更正理由;原记录保留不变",
  basis: G118("九") + "(记录不得篡改、删除)",
  needsPayload: true,
  test: (c, e) => {
    const p = payload<{ corrects?: number | null; correctionReason?: string }>(e);
    return p.corrects == null || (c.record.some((r) => r.seq === p.corrects) && !!p.correctionReason?.trim());
  },
};

export const preservationListsItems: Guard = {
  name: "preservationListsItems",
  explain: "先行登记保存须开列登记保存物品清单",
  basis: APL("五十六"),
  needsPayload: true,
  test: (_c, e) => actKind(e) !== "preservation" || String(e.payload.items ?? "").trim().length > 0,
};

export const preservationPending: Guard = {
  name: "preservationPending",
  explain: "没有待处理的先行登记保存;处理决定日期不能早于登记保存日期或晚于今天",
  basis: APL("五十六"),
  needsPayload: true,
  test: (c, e) => {
    const p = c.preservations.find((x) => x.entry === Number(e.payload.entry));
    return !!p && !p.handled && dateOf(e, "on") >= p.on && dateOf(e, "on") <= today(e);
  },
};

export const preservationsHandled: Guard = {
  name: "preservationsHandled",
  explain: "先行登记保存的证据须在七个工作日内作出处理决定;尚有未处理的登记保存",
  basis: APL("五十六"),
  test: (c) => c.preservations.every((p) => p.handled),
};

export const hasInvestigationRecord: Guard = {
  name: "hasInvestigationRecord",
  explain: "调查终结前须至少有一份现场检查、询问或调查取证记录(笔录)",
  basis: APL("五十五"),
  test: (c) => c.record.some((r) => ["inspection", "inquiry", "evidence"].includes(r.kind)),
};

const sanctionOf = (e: ProcedureEvent): Sanction | null =>
  typeof e.payload.kind === "string" && ["penalty", "no_penalty", "transfer"].includes(e.payload.kind as string)
    ? { kind: e.payload.kind as Sanction["kind"], penalties: (e.payload.penalties as Sanction["penalties"]) ?? [], fine: Number(e.payload.fine ?? 0), confiscation: Number(e.payload.confiscation ?? 0), reasons: "" }
    : null;

export const noticeBeforePenalty: Guard = {
  name: "noticeBeforePenalty",
  explain: "作出行政处罚决定前,须告知当事人拟处罚的事实、理由、依据及陈述、申辩、听证的权利;本案未经事先告知",
  basis: APL("四十四") + "、第六十二条",
  needsPayload: true,
  test: (c, e) => sanctionOf(e)?.kind !== "penalty" || c.notice !== null,
};

/** What the party was last told they face: the notice, or the lighter result of a re-examination. */
const announced = (c: EnforcementContext): Sanction | null => [...c.representations].reverse().find((r) => r.revised)?.revised ?? c.notice?.proposal ?? null;

export const notHeavierThanNotice: Guard = {
  name: "notHeavierThanNotice",
  explain: "不得因当事人陈述、申辩而给予更重的处罚:处罚不能重于事先告知或复核后的内容(确需加重的,应退回调查并重新告知)",
  basis: APL("四十五"),
  needsPayload: true,
  test: (c, e) => {
    const base = announced(c);
    const s = sanctionOf(e) ?? (e.payload.revisedFine !== undefined && e.payload.revisedFine !== "" && base ? { ...base, fine: Number(e.payload.revisedFine) } : null);
    return !s || !base || !heavierThan(s, base);
  },
};

export const hearingRight: Guard = {
  name: "hearingRight",
  explain: "拟作出的处罚不属于应当告知听证权利的情形(较大数额罚款、没收较大数额违法所得、吊销许可证件、责令停产停业等)",
  basis: APL("六十三"),
  test: (c) => !!c.notice?.hearingRight,
};

export const withinHearingRequestWindow: Guard = {
  name: "withinHearingRequestWindow",
  explain: "当事人应在告知后五个工作日内提出听证要求;申请日期不在此期间内",
  basis: APL("六十四") + "第一项、第八十五条",
  needsPayload: true,
  test: (c, e) => !!c.notice && dateOf(e) >= c.notice.servedOn && dateOf(e) <= String(e.payload.windowDue ?? "") && dateOf(e) <= today(e),
};

export const hearingNoticeSevenDays: Guard = {
  name: "hearingNoticeSevenDays",
  explain: "应当在举行听证的七个工作日前通知当事人听证的时间、地点;听证日期距通知送达不足七个工作日",
  basis: APL("六十四") + "第二项",
  needsPayload: true,
  test: (c, e) => {
    const served = dateOf(e, "noticeServedOn");
    return !!c.hearing && served >= c.hearing.requestedOn && served <= today(e) && !!e.payload.earliest && dateOf(e) >= String(e.payload.earliest);
  },
};

export const chairNotInvestigator: Guard = {
  name: "chairNotInvestigator",
  explain: "听证由行政机关指定的非本案调查人员主持;所选主持人参与了本案调查",
  basis: APL("六十四") + "第四项",
  needsPayload: true,
  test: (c, e) => !investigators(c).has(Number((e.payload.chair as Person | undefined)?.id)),
};

export const hearingHeldOnOrAfterSchedule: Guard = {
  name: "hearingHeldOnOrAfterSchedule",
  explain: "听证举行日期不能早于通知的听证日期,也不能晚于今天",
  basis: APL("六十四"),
  needsPayload: true,
  test: (c, e) => !!c.hearing?.scheduled && dateOf(e) >= c.hearing.scheduled.date && dateOf(e) <= today(e),
};

export const hearingScheduled: Guard = {
  name: "hearingScheduled",
  explain: "尚未通知听证时间、地点",
  basis: APL("六十四"),
  test: (c) => !!c.hearing?.scheduled,
};

/** The window to state, defend and ask for a hearing is over, or the party gave it up in writing. */
export const representationsClosed: Guard = {
  name: "representationsClosed",
  explain: "当事人陈述、申辩(及要求听证)的期间尚未届满,且未书面放弃;应听取当事人意见后再作决定",
  basis: APL("四十五") + "、第六十二条、第六十四条",
  needsPayload: true,
  test: (c, e) => c.waiver !== null || today(e) > String(e.payload.windowDue ?? "9999-12-31") || (!c.notice?.hearingRight && c.representations.length > 0),
};

export const dateNotFuture: Guard = {
  name: "dateNotFuture",
  explain: "日期不能晚于今天",
  basis: G118("七") + "(全过程记录应真实)",
  needsPayload: true,
  test: (_c, e) => dateOf(e) <= today(e),
};

export const correctionsAfterProblems: Guard = {
  name: "correctionsAfterProblems",
  explain: "上一轮法制审核认为存在问题的,重新送审时须写明整改情况",
  basis: G118("十三"),
  needsPayload: true,
  test: (c, e) => c.legalReviews.at(-1)?.result?.outcome !== "problems" || String(e.payload.corrections ?? "").trim().length > 0,
};

/**
 * The approval that stands: the last round, if it approved, was made for the investigation as it
 * now stands (not before a return to investigation), and covers the sanction (nothing heavier).
 */
export function standingApproval(c: EnforcementContext, sanction: Sanction | null = currentSanction(c)) {
  const last = c.legalReviews.at(-1);
  if (!last || c.legalReviews.length <= c.reviewBaseline || last.result?.outcome !== "approved") return null;
  if (sanction && last.sanction && heavierThan(sanction, last.sanction)) return null;
  return last;
}

export const notYetApproved: Guard = {
  name: "notYetApproved",
  explain: "法制审核已经同意本案拟作出的决定,无需再次送审",
  basis: G118("十三"),
  test: (c) => standingApproval(c) === null,
};

export const reviewerQualified: Guard = {
  name: "reviewerQualified",
  explain: "初次从事行政处罚决定法制审核的人员,应当通过国家统一法律职业资格考试取得法律职业资格;您的账户未登记法律职业资格",
  basis: APL("五十八") + "第二款",
  needsPayload: true,
  test: (_c, e) => !!(e.payload.reviewer as Person | undefined)?.qualificationNo,
};

export const reviewerNotInvestigator: Guard = {
  name: "reviewerNotInvestigator",
  explain: "法制审核人员不得是本案调查人员(审查与调查分离)",
  basis: APL("五十四") + "至第五十七条;" + APL("五十八"),
  test: (c, e) => !investigators(c).has(e.actor.id),
};

/** "未经法制审核或者审核未通过的,不得作出决定": the decision of a major case waits for an approving review. */
export const majorReviewApproved: Guard = {
  name: "majorReviewApproved",
  explain: "本案属于重大执法决定,未经法制审核或者审核未通过的,不得作出决定",
  basis: APL("五十八") + ";" + G118("十二") + "、第十三条",
  test: (c, e) => {
    const s = sanctionOf(e);
    const reasons = majorReasons(s ? { ...c, decision: { ...s, number: "", date: "", decidedBy: e.actor, socialImpact: false, at: e.at } } : c);
    return reasons.length === 0 || standingApproval(c, s ?? currentSanction(c)) !== null;
  },
};

export const collectiveWhereRequired: Guard = {
  name: "collectiveWhereRequired",
  explain: "对情节复杂或者重大违法行为给予行政处罚,行政机关负责人应当集体讨论决定;尚无集体讨论记录",
  basis: APL("五十七") + "第二款",
  test: (c, e) => {
    const s = sanctionOf(e) ?? currentSanction(c);
    return s?.kind !== "penalty" || !(c.flags.complex || majorReasons(c).length > 0) || c.collective !== null;
  },
};

/** The earliest day a decision may bear: after statements were heard (or the hearing), the review and the discussion. */
export function earliestDecisionDate(c: EnforcementContext): string {
  const approval = standingApproval(c)?.result?.at;
  return [c.readyOn, c.notice?.servedOn, c.hearing?.held?.date, c.collective?.date, approval ? chinaDate(approval) : null, chinaDate(c.filing?.at ?? c.registeredAt)]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1)!;
}

export const decisionDateValid: Guard = {
  name: "decisionDateValid",
  explain: "决定日期不能早于听取陈述申辩(或听证)、法制审核和集体讨论完成之日,也不能晚于今天",
  basis: APL("六十二"),
  needsPayload: true,
  test: (c, e) => dateOf(e) <= today(e) && dateOf(e) >= earliestDecisionDate(c),
};

/**
 * A revoked, illegal or void decision has no force; a changed one stands as changed. A change recorded
 * before the changed fine was asked (no `fine`) keeps the meaning it had then: no longer collected.
 */
export const inForce = (c: EnforcementContext) => c.revocation === null || (c.revocation.kind === "changed" && c.revocation.fine != null);

export const decisionInForce: Guard = {
  name: "decisionInForce",
  explain: "决定已被撤销、确认违法或者确认无效,不得再据以收缴罚款或强制执行",
  basis: APL("四十八") + "、第七十五条",
  test: inForce,
};

/** The fine the party owes: the decision's, as a reconsideration or court changed it, or none once it has no force. */
export function fineOwed(c: EnforcementContext): number {
  if (!c.decision || !inForce(c)) return 0;
  return c.revocation?.fine ?? c.decision.fine;
}

/** What was paid beyond a fine lowered by a change, to be refunded. */
export function overpaid(c: EnforcementContext): number {
  const paid = c.payments.reduce((n, p) => n + p.amount, 0);
  return c.revocation?.kind === "changed" && inForce(c) ? Math.max(0, paid - fineOwed(c) - (c.payments.at(-1)?.surcharge ?? 0)) : 0;
}

export const changeNotHeavier: Guard = {
  name: "changeNotHeavier",
  explain: "复议机关或人民法院变更决定,不得加重当事人的负担:变更后的罚款金额不能高于原决定",
  basis: "《中华人民共和国行政复议法》第六十三条第二款;《中华人民共和国行政诉讼法》第七十七条第二款",
  needsPayload: true,
  test: (c, e) => e.payload.kind !== "changed" || (!!c.decision && Number(e.payload.fine ?? 0) <= c.decision.fine),
};

export const notExtendedYet: Guard = {
  name: "notExtendedYet",
  explain: "办案期限已经负责人批准延长过一次;再延长须依照有关规定报上一级",
  basis: APL("六十"),
  test: (c) => c.extensions.length === 0,
};

export const preservationApproved: Guard = {
  name: "preservationApproved",
  explain: "先行登记保存须经行政机关负责人批准:请选择批准的负责人",
  basis: APL("五十六"),
  needsPayload: true,
  test: (_c, e) => e.payload.kind !== "preservation" || ((e.payload.approver as { roles?: string[] } | undefined)?.roles ?? []).includes("street_leader"),
};

export const serviceAfterDecision: Guard = {
  name: "serviceAfterDecision",
  explain: "送达日期不能早于决定日期,也不能晚于今天",
  basis: APL("六十一"),
  needsPayload: true,
  test: (c, e) => !!c.decision && dateOf(e) >= c.decision.date && dateOf(e) <= today(e),
};

export const paymentAfterService: Guard = {
  name: "paymentAfterService",
  explain: "缴款日期不能早于决定(送达)日期,也不能晚于今天",
  basis: APL("六十七"),
  needsPayload: true,
  test: (c, e) => !!c.decision && dateOf(e) >= (c.service?.date ?? c.decision.date) && dateOf(e) <= today(e),
};

export const outstandingFine: Guard = {
  name: "outstandingFine",
  explain: "本案没有待缴纳的罚款",
  basis: APL("六十七"),
  test: (c) => fineOwed(c) > 0 && !paidInFull(c),
};

export function paidInFull(c: EnforcementContext): boolean {
  if (!c.decision) return false;
  const last = c.payments.at(-1);
  const owed = fineOwed(c) + (last?.surcharge ?? 0);
  return c.payments.reduce((n, p) => n + p.amount, 0) >= owed;
}

export const finePaidOrEnforced: Guard = {
  name: "finePaidOrEnforced",
  explain: "罚款尚未缴清,也未申请强制执行,不能结案",
  basis: APL("六十七") + "、第七十二条",
  test: (c) => fineOwed(c) === 0 || paidInFull(c) || c.enforcement !== null,
};

export const onSpotWithinLimits: Guard = {
  name: "onSpotWithinLimits",
  explain: `当场处罚限于警告,或对公民处${ON_SPOT_LIMIT_PERSON}元以下、对法人或其他组织处${ON_SPOT_LIMIT_ORGANISATION}元以下罚款;超出的应适用普通程序`,
  basis: APL("五十一"),
  needsPayload: true,
  test: (c, e) => {
    const fine = Number(e.payload.fine ?? 0);
    if (e.payload.penalty === "warning") return fine === 0;
    return fine > 0 && fine <= (c.party.kind === "person" ? ON_SPOT_LIMIT_PERSON : ON_SPOT_LIMIT_ORGANISATION);
  },
};

export const notPublished: Guard = {
  name: "notPublished",
  explain: "决定已公示,或决定已被撤销、变更、确认违法(不再公示)",
  basis: APL("四十八"),
  // A text withdrawn because it disclosed personal data is published again, corrected.
  test: (c) => c.decision !== null && c.revocation === null && (c.publication === null || (c.publication.status === "withdrawn" && c.publication.withdrawCause === "privacy")),
};

export const publicTextRedacted: Guard = {
  name: "publicTextRedacted",
  explain: "公示文本含有未隐去的个人信息(自然人姓名、身份证号码、电话号码或住址);请使用系统生成的隐名文本或自行隐去",
  basis: G118("二") + "(依法保护个人信息)",
  needsPayload: true,
  test: (c, e) => personalDataIn(String(e.payload.text ?? ""), c).length === 0,
};

export const revocationNotRecorded: Guard = {
  name: "revocationNotRecorded",
  explain: "已记录决定被撤销、变更或确认违法",
  basis: APL("四十八"),
  test: (c) => c.revocation === null,
};

export const withdrawable: Guard = {
  name: "withdrawable",
  explain: "只有公示中的决定才能撤回",
  basis: APL("四十八") + "第二款",
  test: (c) => c.publication?.status === "published",
};

export const withdrawCauseRecorded: Guard = {
  name: "withdrawCauseRecorded",
  explain: "以决定被撤销、变更或确认违法为由撤回的,须先记录该情形",
  basis: APL("四十八") + "第二款",
  needsPayload: true,
  test: (c, e) => e.payload.cause === "privacy" || c.revocation !== null,
};

export const revocationAfterDecision: Guard = {
  name: "revocationAfterDecision",
  explain: "撤销、变更或确认违法的日期不能早于决定日期,也不能晚于今天",
  basis: APL("四十八"),
  needsPayload: true,
  test: (c, e) => !!c.decision && dateOf(e) >= c.decision.date && dateOf(e) <= today(e),
};

export const ALL_GUARDS: readonly Guard[] = [
  twoOfficers, officersCertified, actHasTwoOfficers, videoWhereRequired, actTimeNotFuture, correctionPointsAtEntry, preservationListsItems,
  preservationPending, preservationsHandled, hasInvestigationRecord, noticeBeforePenalty, notHeavierThanNotice, hearingRight,
  withinHearingRequestWindow, hearingNoticeSevenDays, chairNotInvestigator, hearingHeldOnOrAfterSchedule, hearingScheduled,
  representationsClosed, dateNotFuture, correctionsAfterProblems, notYetApproved, reviewerQualified, reviewerNotInvestigator,
  majorReviewApproved, collectiveWhereRequired, decisionDateValid, serviceAfterDecision, paymentAfterService, outstandingFine,
  finePaidOrEnforced, onSpotWithinLimits, notPublished, publicTextRedacted, revocationNotRecorded, withdrawable, revocationAfterDecision,
  decisionInForce, notExtendedYet, preservationApproved, withdrawCauseRecorded, recusalOfCaseOfficer, recusalKeepsTwoOfficers, noRecusedOfficer, withinLimitation, changeNotHeavier, actorNotRecused,
];
