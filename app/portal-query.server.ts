/**
 * The public portal's query schemas, kept in a server module so that no validation library is sent to
 * citizens' browsers (issue 13 §10): a route module's top-level schema would be bundled for the client.
 */
import { z } from "zod";

export const PortalOfficeQuery = z.object({ officeId: z.number().optional() });
export const PortalPageQuery = z.object({ officeId: z.number().optional(), page: z.coerce.number().int().min(1).max(100000).catch(1).default(1) });
export const PortalDecisionQuery = z.object({
  officeId: z.number().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  q: z.string().trim().max(50).optional().catch(undefined),
  page: z.coerce.number().int().positive().max(10000).optional().catch(undefined),
});

/** 年度统计's year: from 2000 to this year, otherwise the default year. */
export const portalYearQuery = (thisYear: number) => z.object({ year: z.coerce.number().int().min(2000).max(thisYear).optional().catch(undefined) });
