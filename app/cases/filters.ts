/** Case-list filters from the URL, validated like every other input. */
import { z } from "zod";

/** A real calendar day (2026-02-30 is not one): `new Date` would roll it over, or throw on 2026-13-45. */
const DAY = z.string().regex(/^20\d{2}-\d{2}-\d{2}$/).refine((v) => { const d = new Date(`${v}T00:00:00Z`); return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v); });

export const CaseFiltersSchema = z.object({
  procedure: z.string().max(40, "程序参数过长").optional().transform((v) => v || undefined),
  state: z.string().max(40, "阶段参数过长").optional().transform((v) => v || undefined),
  officeId: z.coerce.number().int().positive().optional().catch(undefined),
  q: z.string().max(100, "搜索词不能超过100字").optional().transform((v) => v?.trim() || undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  open: z.enum(["1"]).optional().catch(undefined),
  /** Due within two working days and overdue on nothing (临期). */
  soon: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10000).optional().catch(1),
  /** A value of the case data the procedure lists as a facet (a breakdown's sector links here). */
  facet: z.string().regex(/^[A-Za-z]{1,40}$/, "筛选项无效").optional().catch(undefined),
  value: z.string().max(100, "筛选值过长").optional().transform((v) => v || undefined),
  /** Registered within these China dates (a report's period). */
  from: DAY.optional().catch(undefined),
  to: DAY.optional().catch(undefined),
  /** Registered in this China month (a chart's bar links here). */
  month: z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, "月份格式应为YYYY-MM").optional().catch(undefined),
});

export function parseCaseFilters(params: URLSearchParams) {
  return CaseFiltersSchema.safeParse(Object.fromEntries(params));
}
