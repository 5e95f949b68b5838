/**
 * The administrator's 待办 on the 工作台: what keeps the system lawful that only they can mend.
 * - An officer's 执法证 lapsed or lapsing within 30 days: APL 42 lets only certified officers act, and
 *   the pickers and guards refuse a lapsed one, so the record must be renewed or the officer stood down.
 * - A year's holiday schedule not entered: working-day deadlines in it are provisional until the State
 *   Council's notice is entered (docs/decisions/0016); the next year's is due once the notice is out.
 */
import { and, eq, inArray, isNotNull, lte } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { calendarYears, users } from "../../db/schema";
import { addDays, chineseDate } from "../../workflows/calendar/calendar";
import { officeScope, type SessionUser } from "../auth/users.server";

export interface AdminTask {
  readonly label: string;
  readonly to: string;
  readonly overdue: boolean;
}

export function adminTasks(db: Db, admin: SessionUser, today: string): AdminTask[] {
  const tasks: AdminTask[] = [];
  const lapsing = db
    .select({ id: users.id, name: users.displayName, validUntil: users.officerCertValidUntil })
    .from(users)
    .where(and(inArray(users.organisationId, officeScope(db, admin)), eq(users.active, true), isNotNull(users.officerCertNo), lte(users.officerCertValidUntil, addDays(today, 30))))
    .all();
  for (const u of lapsing) {
    const lapsed = u.validUntil! < today;
    tasks.push({ label: `${u.name}的执法证${lapsed ? "已于" : "将于"}${chineseDate(u.validUntil!)}${lapsed ? "过期" : "到期"}：更新证件信息或停用执法岗位`, to: `/admin/users/${u.id}`, overdue: lapsed });
  }
  if (admin.organisationIsTop) {
    const year = Number(today.slice(0, 4));
    const entered = new Set(db.select({ year: calendarYears.year }).from(calendarYears).all().map((y) => y.year));
    if (!entered.has(year)) tasks.push({ label: `录入${year}年节假日安排：未录入前，工作日期限按法定节假日临时计算`, to: "/admin/calendar", overdue: true });
    // The State Council's notice for next year comes out in the last weeks of the year.
    if (today.slice(5) >= "11-01" && !entered.has(year + 1)) tasks.push({ label: `录入${year + 1}年节假日安排（国务院办公厅通知发布后）`, to: "/admin/calendar", overdue: false });
  }
  return tasks;
}
