/** Deadlines of the legal-opinion procedure. */
import { chinaDate } from "../calendar/calendar";
import { countPeriod } from "../calendar/periods";
import type { HolidayCalendar } from "../calendar/calendar";
import type { DeadlineSpec } from "../engine/types";
import type { LegalOpinionContext } from "./context";

/** National default when an office has set nothing: 10 working days from assignment. */
export const DEFAULT_DRAFT_WORKING_DAYS = 10;
export const DEFAULT_DRAFT_DEADLINE_BASIS = "本街道法律顾问工作制度规定的办理时限（默认10个工作日，管理员可按本所规定调整）";

/** 出具期限: the opinion is issued within the configured working days of assignment. */
export function legalOpinionDeadlines(c: LegalOpinionContext, calendar: HolidayCalendar): DeadlineSpec[] {
  if (!c.assignedAt || !c.draftDays) return [];
  const period = countPeriod(calendar, chinaDate(c.assignedAt), c.draftDays, "workingDays");
  const status = c.issued ? "met" : c.closedReason ? "cancelled" : "open";
  return [
    {
      key: "issue",
      label: "出具法律意见书",
      rule: `指派承办人之日起${c.draftDays}个工作日内出具法律意见书`,
      legalBasis: c.draftDeadlineBasis ?? DEFAULT_DRAFT_DEADLINE_BASIS,
      start: period.start,
      due: period.due,
      explanation: period.explanation,
      provisional: period.provisional,
      status,
    },
  ];
}
