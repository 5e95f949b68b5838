/**
 * Guards of 集体讨论 and 决定 (APL 57, 60, 62), and of the on-the-spot decision (APL 51).
 */
import { chinaDate } from "../../calendar/calendar";
import { currentSanction, majorReasons } from "../catalogue";
import type { EnforcementContext } from "../context";
import { APL, G118, type Guard, ON_SPOT_LIMIT_ORGANISATION, ON_SPOT_LIMIT_PERSON, dateOf, sanctionOf, standingApproval, today } from "./common";

export const collectiveWhereRequired: Guard = {
  name: "collectiveWhereRequired",
  metBy: ["RECORD_COLLECTIVE"],
  explain: "对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定；尚无集体讨论记录",
  basis: APL("五十七") + "第二款",
  test: (c, e) => {
    const s = sanctionOf(e) ?? currentSanction(c);
    return s?.kind !== "penalty" || !(c.flags.complex || majorReasons(c).length > 0) || c.collective !== null;
  },
};

type Member = { id?: number; name?: string; roles?: string[] };
const members = (e: { payload: Record<string, unknown> }) => ({
  chair: e.payload.chair as Member | undefined,
  attendees: (e.payload.attendees as Member[] | undefined) ?? [],
  opinions: (e.payload.opinions as { name: string }[] | undefined) ?? [],
});

/** The heads of the agency discuss (APL 57 ¶2): the chair and every attendee are leaders, the chair among them. */
export const collectiveByLeaders: Guard = {
  name: "collectiveByLeaders",
  explain: "集体讨论由行政机关负责人进行：主持人和参加人员须为本街道的负责人（街道领导），主持人应在参加人员之中",
  basis: APL("五十七") + "第二款",
  needsPayload: true,
  test: (_c, e) => {
    const { chair, attendees } = members(e);
    const leader = (m: Member | undefined) => (m?.roles ?? []).includes("street_leader");
    return leader(chair) && attendees.every(leader) && attendees.some((a) => a.id === chair?.id);
  },
};

/** Each attendee's opinion is recorded, and only theirs (APL 57; 118 §7 全过程记录). */
export const collectiveOpinionsRecorded: Guard = {
  name: "collectiveOpinionsRecorded",
  explain: "应逐人记录每位参加人员的意见（不同意见如实照录）：意见记录的姓名须与参加人员一一对应",
  basis: APL("五十七") + "第二款；" + G118("七"),
  needsPayload: true,
  test: (_c, e) => {
    const { attendees, opinions } = members(e);
    const names = new Set(attendees.map((a) => a.name));
    const spoke = new Set(opinions.map((o) => o.name));
    return opinions.every((o) => names.has(o.name)) && [...names].every((n) => spoke.has(n!));
  },
};

/** In a major case the heads discuss what the legal review approved (APL 58 ¶1). */
export const collectiveAfterReview: Guard = {
  name: "collectiveAfterReview",
  explain: "本案属于重大执法决定，应在法制审核同意后再由负责人集体讨论决定；尚无同意的法制审核意见",
  basis: APL("五十八") + "第一款",
  test: (c) => majorReasons(c).length === 0 || standingApproval(c) !== null,
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
  explain: "决定日期不能早于听取陈述申辩（或听证）、法制审核和集体讨论完成之日，也不能晚于今天",
  basis: APL("六十二"),
  needsPayload: true,
  test: (c, e) => dateOf(e) <= today(e) && dateOf(e) >= earliestDecisionDate(c),
};

export const notExtendedYet: Guard = {
  name: "notExtendedYet",
  explain: "办案期限已经负责人批准延长过一次；再延长须依照有关规定报上一级",
  basis: APL("六十"),
  test: (c) => c.extensions.length === 0,
};

export const onSpotWithinLimits: Guard = {
  name: "onSpotWithinLimits",
  explain: `当场处罚限于警告，或对公民处${ON_SPOT_LIMIT_PERSON}元以下、对法人或其他组织处${ON_SPOT_LIMIT_ORGANISATION}元以下罚款；超出的应适用普通程序`,
  basis: APL("五十一"),
  needsPayload: true,
  test: (c, e) => {
    const fine = Number(e.payload.fine ?? 0);
    if (e.payload.penalty === "warning") return fine === 0;
    return fine > 0 && fine <= (c.party.kind === "person" ? ON_SPOT_LIMIT_PERSON : ON_SPOT_LIMIT_ORGANISATION);
  },
};
