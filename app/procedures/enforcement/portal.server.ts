/**
 * What the public portal (/gongshi) may read: the publications table (redacted text only), the
 * streets and their officers' certificates, and each street's catalogue. Never case details, files
 * or documents: nothing here takes a case id from a case table or returns personal data. The annual
 * statistics are counted from the cases, and only their totals leave this module.
 */
import { and, desc, eq, gte, like, lte, or, sql } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { organisations, publications, userRoles, users } from "../../../db/schema";
import { chinaDate } from "../../../workflows/calendar/calendar";
import { parseCatalogue } from "../../../workflows/enforcement/catalogue";
import { enforcementProcedure } from "../../../workflows/enforcement";
import { enforcementFigures } from "../../../workflows/enforcement/statistics";
import { agencyOf } from "../../../workflows/enforcement/publication";
import { loadCalendar } from "../../calendar.server";
import { enforcementCasesIn } from "./report.server";
import { getSetting } from "../../settings.server";

export const PAGE_SIZE = 20;

export function publicOffices(db: Db) {
  return db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.kind, "street")).all().map((o) => ({ ...o, agency: agencyOf(o.name) }));
}

/** 事前公示 of a street: its officers holding a valid certificate today, and its catalogue (118 §4). */
export function publicOfficeInfo(db: Db, officeId: number, today = chinaDate(new Date())) {
  const officers = db
    .select({ name: users.displayName, certNo: users.officerCertNo, validUntil: users.officerCertValidUntil })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, "enforcement_officer"), eq(users.active, true), eq(users.organisationId, officeId), gte(users.officerCertValidUntil, today)))
    .all();
  return { officers, catalogue: parseCatalogue(getSetting(db, officeId, "enforcement.catalogue")) };
}

const shown = { caseId: publications.caseId, number: publications.number, decisionDate: publications.decisionDate, matter: publications.matter, status: publications.status, withdrawnAt: publications.withdrawnAt, withdrawReason: publications.withdrawReason, publishedAt: publications.publishedAt, office: organisations.name };

/** The list: a withdrawn decision keeps its number and the reason, never its party or text. */
export function publishedDecisions(db: Db, q: { officeId?: number; year?: number; q?: string; page?: number }) {
  const where = and(
    q.officeId ? eq(publications.officeId, q.officeId) : undefined,
    q.year ? and(gte(publications.decisionDate, `${q.year}-01-01`), lte(publications.decisionDate, `${q.year}-12-31`)) : undefined,
    q.q ? or(like(publications.matter, `%${q.q}%`), like(publications.number, `%${q.q}%`), and(eq(publications.status, "published"), like(publications.party, `%${q.q}%`))) : undefined,
  );
  const page = Math.max(1, q.page ?? 1);
  const rows = db
    .select({ ...shown, party: sql<string>`case when ${publications.status} = 'published' then ${publications.party} else '' end`, sanction: sql<string>`case when ${publications.status} = 'published' then ${publications.sanction} else '' end` })
    .from(publications)
    .innerJoin(organisations, eq(organisations.id, publications.officeId))
    .where(where)
    .orderBy(desc(publications.decisionDate), desc(publications.caseId))
    .limit(PAGE_SIZE + 1)
    .offset((page - 1) * PAGE_SIZE)
    .all()
    .map((r) => ({ ...r, office: agencyOf(r.office) }));
  return { rows: rows.slice(0, PAGE_SIZE), page, more: rows.length > PAGE_SIZE };
}

export function publicDecision(db: Db, id: number) {
  const row = db
    .select({ ...shown, party: publications.party, sanction: publications.sanction, text: publications.text, kind: publications.kind })
    .from(publications)
    .innerJoin(organisations, eq(organisations.id, publications.officeId))
    .where(eq(publications.caseId, id))
    .get();
  if (!row) return null;
  const shownRow = { ...row, office: agencyOf(row.office) };
  return row.status === "published" ? shownRow : { ...shownRow, party: "", sanction: "", text: "" };
}

/** Open data: every publication, the withdrawn ones reduced to number, dates and the public reason. */
export function openData(db: Db) {
  return db
    .select({ ...shown, party: publications.party, sanction: publications.sanction, text: publications.text })
    .from(publications)
    .innerJoin(organisations, eq(organisations.id, publications.officeId))
    .orderBy(desc(publications.decisionDate))
    .all()
    .map(({ caseId: _id, ...r }) => ({ ...r, office: agencyOf(r.office) }))
    .map((r) => (r.status === "published" ? r : { ...r, party: "", sanction: "", text: "" }));
}

/**
 * 年度统计 (118 §6, due 31 January): aggregate figures only. Counting a year reads every case of it,
 * so the public page reuses the last count until a case, an event or the holiday calendar changes
 * (three index lookups), instead of letting any visitor make the server recount the year.
 */
const statisticsCache = new WeakMap<Db, Map<number, { key: string; figures: ReturnType<typeof enforcementFigures> }>>();

export function annualStatistics(db: Db, year: number) {
  const mark = db.$client
    .prepare("SELECT (SELECT max(id) FROM cases) AS c, (SELECT max(id) FROM case_events) AS e, (SELECT count(*) FROM calendar_days) AS d, (SELECT max(created_at) FROM calendar_years) AS y")
    .get() as Record<string, unknown>;
  const key = JSON.stringify(mark);
  const byYear = statisticsCache.get(db) ?? new Map();
  statisticsCache.set(db, byYear);
  const hit = byYear.get(year);
  if (hit?.key === key) return hit.figures;
  const streets = publicOffices(db).map((o) => o.id);
  const list = enforcementCasesIn(db, streets, `${year}-01-01`, `${year}-12-31`);
  const figures = enforcementFigures(list, loadCalendar(db), enforcementProcedure.stateLabels);
  byYear.set(year, { key, figures });
  return figures;
}

