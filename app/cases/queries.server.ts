/** Reading cases, always through the user's office scope: another office's case is "not found". */
import { and, asc, desc, eq, inArray, isNull, notInArray, or, sql, type SQL } from "drizzle-orm";
import { getProcedure, PROCEDURES, procedureModule } from "../procedures";
import type { Db } from "../../db/connection";
import { caseEvents, caseFiles, caseMembers, caseTasks, cases, deadlines, documents, organisations } from "../../db/schema";
import { hasPermission } from "../auth/permissions";
import { officeScope, type SessionUser } from "../auth/users.server";
import { matchExpression } from "./search.server";
import { statements } from "./statements.server";

export function findVisibleCase(db: Db, user: SessionUser, caseId: number) {
  if (!hasPermission(user.roles, "case.read") || !Number.isInteger(caseId)) return null;
  const s = statements(db);
  const row = s.caseById.get({ id: caseId });
  if (!row) return null;
  if (!officeScope(db, user).includes(row.officeId) && !s.isMember.get({ caseId, userId: user.id })) return null;
  return { ...row, snapshot: row.snapshot as { value: unknown; context: any } };
}

export type CaseRow = NonNullable<ReturnType<typeof findVisibleCase>>;

/**
 * Whether a reader sees parties' personal data in full: the handling office itself, the street it
 * belongs to, or a member (someone assigned to it). Others who may read the case — the district
 * supervising a street — see it masked and cannot open its documents or files.
 */
export function seesPersonalData(db: Db, user: SessionUser, row: { id: number; officeId: number; procedure: string }): boolean {
  if (!getProcedure(row.procedure)?.masked) return true;
  if (user.organisationId === row.officeId) return true;
  if (user.organisationKind === "street" && officeScope(db, user).includes(row.officeId)) return true;
  return !!statements(db).isMember.get({ caseId: row.id, userId: user.id });
}

export interface CaseFilters {
  readonly procedure?: string;
  readonly state?: string;
  readonly officeId?: number;
  readonly q?: string;
  readonly open?: boolean;
  readonly overdueBefore?: string; // today's date: only cases with an open deadline before it
  /** [today, the second working day on]: cases due within it and overdue on none (临期, as the 工作台 counts them). */
  readonly dueSoon?: readonly [string, string];
  readonly page?: number;
  readonly month?: string; // YYYY-MM: registered in that China month
  readonly from?: string; // YYYY-MM-DD: registered on or after that China day
  readonly to?: string; // YYYY-MM-DD: registered on or before that China day
  /** A facet the procedure declares, and its value: the case data at the facet's path equals it. */
  readonly facet?: string;
  readonly value?: string;
  /** Rows per page: the list's 30, or more for an export. */
  readonly pageSize?: number;
}

export const PAGE_SIZE = 30;

export function listCases(db: Db, user: SessionUser, f: CaseFilters) {
  if (!hasPermission(user.roles, "case.read")) return { rows: [], total: 0 };
  const scope = officeScope(db, user);
  // A chosen office counts with its residents' committees, as the reports and overviews count it.
  const inScope = inArray(cases.officeId, f.officeId && scope.includes(f.officeId) ? officeScope(db, { organisationId: f.officeId }) : scope);
  // Cases the user is a member of outside their offices (people assigned to them); usually none, and an
  // OR in the query costs a full sort, so it is added only when there are some.
  const memberIds = f.officeId ? [] : db.select({ id: caseMembers.caseId }).from(caseMembers).where(eq(caseMembers.userId, user.id)).all().map((m) => m.id);
  const where: SQL[] = [memberIds.length ? or(inScope, inArray(cases.id, memberIds))! : inScope];
  if (f.procedure) where.push(eq(cases.procedure, f.procedure));
  if (f.state) where.push(eq(cases.state, f.state));
  if (f.open) where.push(isNull(cases.closedAt));
  if (f.month) {
    const [y, m] = f.month.split("-").map(Number);
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
    where.push(sql`${cases.createdAt} >= ${new Date(`${f.month}-01T00:00:00+08:00`).toISOString()} and ${cases.createdAt} < ${new Date(`${next}-01T00:00:00+08:00`).toISOString()}`);
  }
  if (f.overdueBefore) {
    // One set of overdue case ids, not a correlated subquery per case (bench/: 2 s → ms at 20k cases).
    where.push(sql`${cases.id} in (select d.case_id from ${deadlines} d where d.status = 'open' and d.voluntary = 0 and d.due < ${f.overdueBefore})`);
  }
  if (f.from) where.push(sql`${cases.createdAt} >= ${new Date(`${f.from}T00:00:00+08:00`).toISOString()}`);
  if (f.to) where.push(sql`${cases.createdAt} < ${new Date(new Date(`${f.to}T00:00:00+08:00`).getTime() + 86_400_000).toISOString()}`);
  const facets = f.procedure ? procedureModule(f.procedure)?.facets : undefined;
  const facet = facets && f.facet && f.value !== undefined && Object.hasOwn(facets, f.facet) ? facets[f.facet] : undefined;
  if (facet) where.push(sql`json_extract(${cases.snapshot}, ${`$.context.${facet.path}`}) = ${f.value}`);
  if (f.dueSoon) {
    const [today, until] = f.dueSoon;
    where.push(sql`${cases.id} in (select d.case_id from ${deadlines} d where d.status = 'open' and d.voluntary = 0 and d.due >= ${today} and d.due <= ${until})`);
    where.push(sql`${cases.id} not in (select d.case_id from ${deadlines} d where d.status = 'open' and d.voluntary = 0 and d.due < ${today})`);
  }
  if (f.q) {
    // Case numbers are in the index too; a LIKE scan beside it cost 115 ms at 100k cases (bench/).
    const match = matchExpression(f.q);
    where.push(match ? sql`${cases.id} in (select rowid from case_search where case_search match ${match})` : sql`0`);
    // Readers who see masked data must not find a party by name or number either.
    const masked = Object.values(PROCEDURES).filter((p) => p.masked).map((p) => p.id);
    if (user.organisationKind === "district" && masked.length) where.push(or(notInArray(cases.procedure, masked), eq(cases.officeId, user.organisationId))!);
  }
  const condition = and(...where);
  const total = db.select({ n: sql<number>`count(*)` }).from(cases).where(condition).get()?.n ?? 0;
  const page = Math.max(1, f.page ?? 1);
  // Two steps: the page's ids in order (cheap columns), then their details — so the next-deadline
  // subquery runs for 30 rows, not for every row the sort sees.
  const ids = db
    .select({ id: cases.id })
    .from(cases)
    .where(condition)
    .orderBy(desc(cases.priority), desc(cases.updatedAt), desc(cases.id))
    .limit(f.pageSize ?? PAGE_SIZE)
    .offset((page - 1) * (f.pageSize ?? PAGE_SIZE))
    .all()
    .map((r) => r.id);
  if (!ids.length) return { rows: [], total };
  const details = db
    .select({
      id: cases.id,
      number: cases.number,
      title: cases.title,
      procedure: cases.procedure,
      state: cases.state,
      officeName: organisations.name,
      updatedAt: cases.updatedAt,
      badge: cases.badge,
      nextDue: sql<string | null>`(select min(d.due) from ${deadlines} d where d.case_id = ${cases.id} and d.status = 'open' and d.voluntary = 0)`,
    })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, cases.officeId))
    .where(inArray(cases.id, ids))
    .all();
  const byId = new Map(details.map((d) => [d.id, d]));
  return { rows: ids.map((id) => byId.get(id)!), total };
}

/** Tasks addressed to the user (wherever the case is), or to one of their roles in their offices. */
function myTasks(db: Db, user: SessionUser) {
  const scope = officeScope(db, user);
  return or(eq(caseTasks.userId, user.id), and(isNull(caseTasks.userId), inArray(caseTasks.role, [...user.roles]), inArray(caseTasks.officeId, scope)));
}

/** The labels of this case's pending tasks addressed to the user, by name or by post (the case page's 您的待办). */
export function myTasksOn(db: Db, user: SessionUser, caseId: number): string[] {
  return db.select({ label: caseTasks.label }).from(caseTasks).where(and(eq(caseTasks.caseId, caseId), myTasks(db, user))).all().map((t) => t.label);
}

/**
 * How many of the user's tasks sit on a case with an open deadline already past. Driven from the
 * tasks, with EXISTS on (case_id, status, due): 39 ms → 2 ms at 100k cases (bench/).
 */
export function overdueTaskCount(db: Db, user: SessionUser, today: string): number {
  if (!hasPermission(user.roles, "case.read")) return 0;
  const overdue = sql`exists (select 1 from ${deadlines} d where d.case_id = ${caseTasks.caseId} and d.status = 'open' and d.voluntary = 0 and d.due < ${today})`;
  return db.select({ n: sql<number>`count(distinct ${caseTasks.caseId})` }).from(caseTasks).where(and(myTasks(db, user), overdue)).get()?.n ?? 0;
}

/** 工作台: tasks addressed to the user, or to one of their roles in their offices. */
export function workbench(db: Db, user: SessionUser) {
  if (!hasPermission(user.roles, "case.read")) return [];
  return db
    .select({
      caseId: cases.id,
      number: cases.number,
      title: cases.title,
      procedure: cases.procedure,
      state: cases.state,
      task: caseTasks.label,
      badge: cases.badge,
      due: sql<string | null>`(select min(d.due) from ${deadlines} d where d.case_id = ${cases.id} and d.status = 'open' and d.voluntary = 0)`.as("due"),
      dueLabel: sql<string | null>`(select d.label from ${deadlines} d where d.case_id = ${cases.id} and d.status = 'open' and d.voluntary = 0 order by d.due limit 1)`.as("due_label"),
    })
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .where(myTasks(db, user))
    .orderBy(desc(cases.priority), sql`due is null`, asc(sql`due`), desc(cases.updatedAt))
    .limit(200)
    .all();
}

export function caseDetail(db: Db, caseId: number) {
  return {
    events: db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.seq)).all(),
    deadlines: db.select().from(deadlines).where(eq(deadlines.caseId, caseId)).orderBy(asc(deadlines.due)).all(),
    documents: db.select().from(documents).where(eq(documents.caseId, caseId)).orderBy(desc(documents.id)).all(),
    files: db.select().from(caseFiles).where(eq(caseFiles.caseId, caseId)).orderBy(desc(caseFiles.id)).all(),
  };
}


