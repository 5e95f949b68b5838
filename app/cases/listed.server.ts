/** The case list as its URL asks for it: the filters checked, 逾期 read on today's calendar. Shared by the list page and its Excel 台账. */
import type { Db } from "../../db/connection";
import type { SessionUser } from "../auth/users.server";
import { loadCalendar } from "../calendar.server";
import { parseCaseFilters } from "./filters";
import { listCases } from "./queries.server";
import { urgencyFor } from "./urgency.server";

export function listedCases(db: Db, user: SessionUser, params: URLSearchParams, pageSize?: number) {
  const parsed = parseCaseFilters(params);
  if (!parsed.success) throw new Response(parsed.error.issues[0].message, { status: 400 });
  const f = parsed.data;
  const urgency = urgencyFor(loadCalendar(db));
  const page = pageSize ? 1 : f.page ?? 1;
  const { rows, total } = listCases(db, user, { ...f, page, pageSize, open: f.open === "1" || f.overdue === "1" || f.soon === "1", overdueBefore: f.overdue ? urgency.today : undefined, dueSoon: f.soon ? [urgency.today, urgency.soonUntil] : undefined });
  return { filters: f, page, urgency, rows, total };
}
