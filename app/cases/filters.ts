/** Case-list filters from the URL, validated like every other input. */
import { z } from "zod";

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
  /** Registered in this China month (a chart's bar links here). */
  month: z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, "月份格式应为YYYY-MM").optional().catch(undefined),
});

export function parseCaseFilters(params: URLSearchParams) {
  return CaseFiltersSchema.safeParse(Object.fromEntries(params));
}
