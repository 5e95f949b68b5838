/**
 * Guards of 集体讨论 and 决定 (APL 57, 60, 62), and of the on-the-spot decision (APL 51).
 */
import { chinaDate } from "../../calendar/calendar";
import { currentSanction, majorReasons } from "../catalogue";
import type { EnforcementContext } from "../context";
import { APL, type Guard, ON_SPOT_LIMIT_ORGANISATION, ON_SPOT_LIMIT_PERSON, dateOf, sanctionOf, standingApproval, today } from "./common";

export const collectiveWhereRequired: Guard = {
  name: "collectiveWhereRequired",
  explain: "对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定；尚无集体讨论记录",
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
