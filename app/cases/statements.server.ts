/**
 * The engine's hot-path statements, prepared once per connection. Building and preparing a
 * drizzle query costs more than running it (bench/: ~60% of an event's time), so the queries run
 * for every event are prepared here with placeholders. better-sqlite3 has one connection, so these
 * run inside whatever transaction is open on it.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { auditLog, calendarYears, caseEvents, caseMembers, caseTasks, cases, deadlines, organisations } from "../../db/schema";

const p = sql.placeholder;

function build(db: Db) {
  return {
    caseById: db.select().from(cases).where(eq(cases.id, p("id"))).prepare(),
    updateCase: db
      .update(cases)
      // set() takes SQL, not bare placeholders; snapshot is passed as its JSON text.
      .set({ priority: sql`${p("priority")}`, badge: sql`${p("badge")}`, officeId: sql`${p("officeId")}`, snapshot: sql`${p("snapshot")}`, state: sql`${p("state")}`, version: sql`${p("version")}`, title: sql`${p("title")}`, updatedAt: sql`${p("updatedAt")}`, closedAt: sql`${p("closedAt")}` })
      .where(eq(cases.id, p("id")))
      .prepare(),
    insertEvent: db
      .insert(caseEvents)
      .values({ caseId: p("caseId"), seq: p("seq"), type: p("type"), payload: p("payload"), actorId: p("actorId"), actor: p("actor"), at: p("at"), recordedAt: p("recordedAt") })
      .prepare(),
    deadlinesOf: db.select().from(deadlines).where(eq(deadlines.caseId, p("caseId"))).prepare(),
    deleteDeadline: db.delete(deadlines).where(eq(deadlines.id, p("id"))).prepare(),
    insertDeadline: db
      .insert(deadlines)
      .values({ caseId: p("caseId"), key: p("key"), label: p("label"), rule: p("rule"), legalBasis: p("legalBasis"), start: p("start"), due: p("due"), explanation: p("explanation"), provisional: p("provisional"), status: p("status"), voluntary: p("voluntary") })
      .prepare(),
    tasksOf: db.select({ id: caseTasks.id, officeId: caseTasks.officeId, role: caseTasks.role, userId: caseTasks.userId, label: caseTasks.label }).from(caseTasks).where(eq(caseTasks.caseId, p("caseId"))).prepare(),
    deleteTask: db.delete(caseTasks).where(eq(caseTasks.id, p("id"))).prepare(),
    insertTask: db.insert(caseTasks).values({ caseId: p("caseId"), officeId: p("officeId"), role: p("role"), userId: p("userId"), label: p("label"), createdAt: p("createdAt") }).prepare(),
    deleteMembers: db.delete(caseMembers).where(eq(caseMembers.caseId, p("caseId"))).prepare(),
    insertMember: db.insert(caseMembers).values({ caseId: p("caseId"), userId: p("userId") }).prepare(),
    isMember: db.select({ userId: caseMembers.userId }).from(caseMembers).where(and(eq(caseMembers.caseId, p("caseId")), eq(caseMembers.userId, p("userId")))).prepare(),
    deleteSearch: db.$client.prepare("DELETE FROM case_search WHERE rowid = ?"),
    insertSearch: db.$client.prepare("INSERT INTO case_search (rowid, content) VALUES (?, ?)"),
    lastAuditHash: db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).prepare(),
    insertAudit: db
      .insert(auditLog)
      .values({ at: p("at"), actorId: p("actorId"), action: p("action"), caseId: p("caseId"), detail: p("detail"), prevHash: p("prevHash"), hash: p("hash") })
      .prepare(),
    organisationTree: db.select({ id: organisations.id, parentId: organisations.parentId }).from(organisations).prepare(),
    calendarYears: db.select({ year: calendarYears.year, enteredAt: calendarYears.enteredAt }).from(calendarYears).prepare(),
  };
}

const cache = new WeakMap<object, ReturnType<typeof build>>();

export function statements(db: Db) {
  let s = cache.get(db.$client);
  if (!s) {
    s = build(db);
    cache.set(db.$client, s);
  }
  return s;
}
