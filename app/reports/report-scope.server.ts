/** A report's period and offices, shared by every procedure's figures. */
import { z } from "zod";
import type { Db } from "../../db/connection";
import { chinaDate } from "../../workflows/calendar/calendar";
import { officeScope, type SessionUser } from "../auth/users.server";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const ReportQuerySchema = z
  .object({
    from: z.string().regex(DAY, "起始日期格式应为YYYY-MM-DD").optional(),
    to: z.string().regex(DAY, "截止日期格式应为YYYY-MM-DD").optional(),
    officeId: z.coerce.number().int().positive("单位无效").optional().catch(undefined),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "截止日期不能早于起始日期" });

/**
 * The period (this year so far by default) and the offices a report counts: a chosen office with
 * its committees (a street includes its residents' committees), else everything the user sees.
 */
export function reportScope(db: Db, user: SessionUser, q: { from?: string; to?: string; officeId?: number }) {
  const scope = officeScope(db, user);
  const from = q.from ?? `${chinaDate(new Date()).slice(0, 4)}-01-01`;
  const to = q.to ?? chinaDate(new Date());
  const offices = q.officeId && scope.includes(q.officeId) ? officeScope(db, { organisationId: q.officeId }) : scope;
  return { scope, from, to, offices };
}
