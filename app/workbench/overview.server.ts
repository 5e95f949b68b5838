/**
 * What the 工作台 shows beyond one's own tasks: for the 所长 and the street's heads, the office's cases
 * overdue or due within 2 working days, by procedure and by person, with 督办; for the district, each
 * street's open, overdue, major and published figures.
 */
import { and, asc, desc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/connection";
import { caseEvents, cases, deadlines, organisations, publications } from "../../db/schema";
import { PROCEDURES } from "../procedures";
import { appendAudit } from "../audit/audit.server";
import { officeScope, type SessionUser } from "../auth/users.server";
import { findVisibleCase } from "../cases/queries.server";
import type { urgencyFor } from "../cases/urgency.server";
import { holdersOf, notifyWithin } from "../messages/messages.server";

type Urgency = ReturnType<typeof urgencyFor>;

/** A case's procedure and stage in words, for the lists of the 工作台. */
export const named = (procedure: string, state: string) => ({ procedureName: PROCEDURES[procedure]?.name ?? procedure, stateLabel: PROCEDURES[procedure]?.stateLabels[state] ?? state });

export const SuperviseSchema = z.object({
  caseId: z.coerce.number({ error: "请选择案件" }).int().positive("请选择案件"),
  note: z.string().trim().min(1, "督办意见：请填写").min(2, "督办意见：至少2个字").max(500, "督办意见：不能超过500字"),
});
const nameOf = (procedure: string) => PROCEDURES[procedure]?.name ?? procedure;

/** The office's cases with a duty deadline past or within 2 working days, each with who holds it. */
export function officeAlerts(db: Db, user: SessionUser, urgency: Urgency) {
  const scope = officeScope(db, user);
  const rows = db
    .select({ caseId: cases.id, number: cases.number, title: cases.title, procedure: cases.procedure, office: organisations.name, label: deadlines.label, due: deadlines.due })
    .from(deadlines)
    .innerJoin(cases, eq(cases.id, deadlines.caseId))
    .innerJoin(organisations, eq(organisations.id, cases.officeId))
    .where(and(inArray(cases.officeId, scope), eq(deadlines.status, "open"), eq(deadlines.voluntary, false), lte(deadlines.due, urgency.soonUntil)))
    .orderBy(asc(deadlines.due))
    .limit(500)
    .all();
  // One line per case: its earliest such deadline.
  const byCase = new Map<number, (typeof rows)[number]>();
  for (const r of rows) if (!byCase.has(r.caseId)) byCase.set(r.caseId, r);
  const alerts = [...byCase.values()].map((r) => {
    const holders = holdersOf(db, r.caseId);
    return { ...r, procedureName: nameOf(r.procedure), overdue: r.due < urgency.today, left: urgency.left(r.due), holders: holders.map((h) => h.name) };
  });
  const tally = (key: (a: (typeof alerts)[number]) => string[]) => {
    const m = new Map<string, { overdue: number; soon: number }>();
    for (const a of alerts) for (const k of key(a)) {
      const t = m.get(k) ?? { overdue: 0, soon: 0 };
      if (a.overdue) t.overdue += 1;
      else t.soon += 1;
      m.set(k, t);
    }
    return [...m.entries()].map(([name, t]) => ({ name, ...t })).sort((a, b) => b.overdue - a.overdue || b.soon - a.soon);
  };
  const ids = new Map(alerts.map((a) => [a.procedureName, a.procedure]));
  return { alerts, byProcedure: tally((a) => [a.procedureName]).map((r) => ({ ...r, procedure: ids.get(r.name)! })), byPerson: tally((a) => (a.holders.length ? a.holders : ["（无人承办）"])) };
}

/** 督办: a reminder with a note to whoever holds the case, from the 所长 or a head of its office. */
export function supervise(db: Db, user: SessionUser, caseId: number, note: string, at: string): { ok: true; sent: number } | { ok: false; error: string } {
  const row = findVisibleCase(db, user, caseId);
  if (!row || !officeScope(db, user).includes(row.officeId)) return { ok: false, error: "案件不存在或不属于本单位" };
  const holders = holdersOf(db, caseId).filter((h) => h.id !== user.id);
  if (!holders.length) return { ok: false, error: "该案件目前没有承办人，无法督办" };
  // The messages and the audit entry are written together or not at all.
  const sent = db.transaction(() => {
    const n = notifyWithin(db, holders.map((h) => ({ userId: h.id, kind: "supervise" as const, caseId, title: `督办：${row.number}`, body: `${user.displayName}督办：${note}`, dedupeKey: `supervise:${caseId}:${user.id}:${at}`, fromUserId: user.id })), at);
    appendAudit(db, { actorId: user.id, action: "case.supervise", caseId, detail: { to: holders.map((h) => h.id), note } });
    return n;
  });
  return { ok: true, sent };
}

/** Each street of the district: open, overdue, major and published, for the supervisor's overview. */
export function districtOverview(db: Db, user: SessionUser, today: string) {
  const streets = db.select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).where(inArray(organisations.id, officeScope(db, user))).all().filter((o) => o.kind === "street");
  return streets.map((s) => {
    const offices = officeScope(db, { organisationId: s.id });
    const count = (extra: ReturnType<typeof sql>) => db.select({ n: sql<number>`count(*)` }).from(cases).where(and(inArray(cases.officeId, offices), isNull(cases.closedAt), extra)).get()?.n ?? 0;
    return {
      id: s.id,
      name: s.name,
      open: count(sql`1`),
      overdue: count(sql`${cases.id} in (select d.case_id from ${deadlines} d where d.status = 'open' and d.voluntary = 0 and d.due < ${today})`),
      // Major: a 重大行政决策 in progress, a red dispute, or an enforcement case that needs 法制审核.
      major: count(sql`(${cases.procedure} = 'major-decision' or ${cases.priority} >= 3 or (${cases.procedure} = 'enforcement' and json_extract(${cases.snapshot}, '$.context.legalReviews[0]') is not null))`),
      published: db.select({ n: sql<number>`count(*)` }).from(publications).where(and(inArray(publications.officeId, offices), eq(publications.status, "published"))).get()?.n ?? 0,
    };
  });
}

/** 已办: cases the user acted on, latest first; 我发起的: cases the user filed. */
export function myCases(db: Db, user: SessionUser, tab: "done" | "mine", page: number, size: number) {
  const acted = sql`${cases.id} in (select e.case_id from ${caseEvents} e where e.actor_id = ${user.id})`;
  const where = tab === "done" ? acted : eq(cases.createdBy, user.id);
  const visible = db
    .select({ caseId: cases.id, number: cases.number, title: cases.title, procedure: cases.procedure, state: cases.state, badge: cases.badge, updatedAt: cases.updatedAt })
    .from(cases)
    .where(where)
    .orderBy(desc(cases.updatedAt), desc(cases.id))
    .limit(2000)
    .all()
    // Only what the user may still read (a case moved to another office drops out), counted after.
    .filter((r) => findVisibleCase(db, user, r.caseId));
  return { total: visible.length, rows: visible.slice((page - 1) * size, page * size) };
}

