/**
 * The street's adviser roster (法律顾问名册) and their yearly assessment (RULES.md §5): kept by the
 * 司法所所长, read by the office and the district. Every save is one transaction with its audit entry.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { adviserAssessments, advisers, cases, organisations, userRoles, users } from "../../db/schema";
import type { RosterEntry } from "../../workflows/advisers";
import { chinaDate } from "../../workflows/calendar/calendar";
import { appendAudit } from "../audit/audit.server";
import type { SessionUser } from "../auth/users.server";
import { conflictNames, type AssessmentForm, type RosterForm } from "./roster-schema";

type Outcome = { ok: true } | { ok: false; errors: Record<string, string> };

/** The roster entry the server attaches to a chosen adviser: null when not on this office's roster. */
export function rosterEntry(db: Db, userId: number, officeId: number): RosterEntry | null {
  const r = db.select().from(advisers).where(and(eq(advisers.userId, userId), eq(advisers.officeId, officeId))).get();
  return r ? { kind: r.kind, firm: r.firm, licenceNo: r.licenceNo, termFrom: r.termFrom, termTo: r.termTo, conflicts: conflictNames(r.conflicts) } : null;
}

/** The advisers' accounts of an office: users holding the 法律顾问/公职律师 role there. */
export function adviserAccounts(db: Db, officeId: number) {
  return db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "legal_adviser")))
    .where(and(eq(users.organisationId, officeId), eq(users.active, true)))
    .orderBy(asc(users.id))
    .all();
}

export function committeesOf(db: Db, officeId: number) {
  return db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(and(eq(organisations.parentId, officeId), eq(organisations.kind, "committee"))).orderBy(asc(organisations.id)).all();
}

/** The roster of these offices, each entry with its committee, its assessments and whether in term today. */
export function listRoster(db: Db, officeIds: readonly number[], today: string) {
  if (!officeIds.length) return [];
  const rows = db
    .select({ a: advisers, name: users.displayName, office: organisations.name })
    .from(advisers)
    .innerJoin(users, eq(users.id, advisers.userId))
    .innerJoin(organisations, eq(organisations.id, advisers.officeId))
    .where(inArray(advisers.officeId, [...officeIds]))
    .orderBy(asc(advisers.officeId), asc(advisers.userId))
    .all();
  const committees = new Map(db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.kind, "committee")).all().map((o) => [o.id, o.name]));
  const assessments = rows.length ? db.select().from(adviserAssessments).where(inArray(adviserAssessments.userId, rows.map((r) => r.a.userId))).orderBy(asc(adviserAssessments.year)).all() : [];
  return rows.map(({ a, name, office }) => ({
    userId: a.userId,
    name,
    officeId: a.officeId,
    office,
    kind: a.kind,
    firm: a.firm,
    licenceNo: a.licenceNo,
    termFrom: a.termFrom,
    termTo: a.termTo,
    inTerm: a.termFrom <= today && today <= a.termTo,
    committeeId: a.committeeId,
    committee: a.committeeId ? committees.get(a.committeeId) ?? "" : "",
    conflicts: conflictNames(a.conflicts),
    assessments: assessments.filter((x) => x.userId === a.userId).map((x) => ({ year: x.year, result: x.result, note: x.note })),
  }));
}

/** Adds or updates a roster entry of the manager's office; one adviser per 居委会 for overlapping terms. */
export function saveAdviser(db: Db, manager: SessionUser, officeId: number, v: RosterForm): Outcome {
  if (!adviserAccounts(db, officeId).some((u) => u.id === v.userId)) return { ok: false, errors: { userId: "法律顾问（公职律师）：须为本所在职的法律顾问/公职律师账号" } };
  if (v.committeeId !== null && !committeesOf(db, officeId).some((c) => c.id === v.committeeId)) return { ok: false, errors: { committeeId: "服务的居委会：只能选择本街道的居民委员会" } };
  if (v.committeeId !== null) {
    const taken = db
      .select({ userId: advisers.userId, name: users.displayName, termFrom: advisers.termFrom, termTo: advisers.termTo })
      .from(advisers)
      .innerJoin(users, eq(users.id, advisers.userId))
      .where(eq(advisers.committeeId, v.committeeId))
      .all()
      .find((x) => x.userId !== v.userId && x.termFrom <= v.termTo && v.termFrom <= x.termTo);
    if (taken) return { ok: false, errors: { committeeId: `服务的居委会：该居委会在此聘期内已由${taken.name}担任法律顾问（${taken.termFrom}至${taken.termTo}），一个居委会只配一名法律顾问` } };
  }
  const clash = db.select({ userId: advisers.userId }).from(advisers).where(eq(advisers.licenceNo, v.licenceNo)).all().find((x) => x.userId !== v.userId);
  if (clash) return { ok: false, errors: { licenceNo: "执业证号：已登记在另一名法律顾问名下" } };
  const row = { officeId, kind: v.kind, firm: v.firm, licenceNo: v.licenceNo, termFrom: v.termFrom, termTo: v.termTo, committeeId: v.committeeId, conflicts: conflictNames(v.conflicts).join("\n"), updatedBy: manager.id, updatedAt: new Date().toISOString() };
  db.transaction((tx) => {
    tx.insert(advisers).values({ userId: v.userId, ...row }).onConflictDoUpdate({ target: advisers.userId, set: row }).run();
    appendAudit(db, { actorId: manager.id, action: "advisers.roster.save", detail: { userId: v.userId, kind: v.kind, termFrom: v.termFrom, termTo: v.termTo, committeeId: v.committeeId } });
  });
  return { ok: true };
}

/** Records (or corrects) the year's assessment of an adviser on this office's roster. */
export function saveAssessment(db: Db, manager: SessionUser, officeId: number, v: AssessmentForm): Outcome {
  const entry = db.select().from(advisers).where(and(eq(advisers.userId, v.userId), eq(advisers.officeId, officeId))).get();
  if (!entry) return { ok: false, errors: { userId: "被考核的法律顾问：须为本所名册中的人员" } };
  if (v.year < Number(entry.termFrom.slice(0, 4)) || v.year > Number(entry.termTo.slice(0, 4))) return { ok: false, errors: { year: `考核年度：不在该法律顾问的聘期（${entry.termFrom}至${entry.termTo}）内` } };
  const row = { result: v.result, note: v.note, assessedBy: manager.id, assessedAt: new Date().toISOString() };
  db.transaction((tx) => {
    tx.insert(adviserAssessments).values({ userId: v.userId, year: v.year, ...row }).onConflictDoUpdate({ target: [adviserAssessments.userId, adviserAssessments.year], set: row }).run();
    appendAudit(db, { actorId: manager.id, action: "advisers.assessment.save", detail: { userId: v.userId, year: v.year, result: v.result } });
  });
  return { ok: true };
}

/** The work each adviser did in a year: opinions issued, legality reviews issued, major-decision reviews given. */
export function adviserWork(db: Db, officeIds: readonly number[], year: number) {
  const y = String(year);
  const work = new Map<number, { opinions: number; reviews: number; decisions: number }>();
  const bump = (id: number | undefined, k: "opinions" | "reviews" | "decisions") => {
    if (!id) return;
    const w = work.get(id) ?? { opinions: 0, reviews: 0, decisions: 0 };
    w[k] += 1;
    work.set(id, w);
  };
  if (!officeIds.length) return work;
  const rows = db.select({ procedure: cases.procedure, snapshot: cases.snapshot }).from(cases).where(and(inArray(cases.officeId, [...officeIds]), inArray(cases.procedure, ["legal-opinion", "normative-review", "major-decision"]))).all();
  for (const r of rows) {
    const c = (r.snapshot as { context: any }).context;
    // Counted in the China year of the act: an opinion issued at 07:00 on 1 January belongs to the new year.
    const inYear = (at: unknown) => typeof at === "string" && chinaDate(at).startsWith(y);
    if (r.procedure === "legal-opinion" && inYear(c.issued?.at)) bump(c.assignee?.id, "opinions");
    if (r.procedure === "normative-review" && inYear(c.issued?.at)) bump(c.reviewer?.id, "reviews");
    if (r.procedure === "major-decision") for (const rv of c.reviews ?? []) if (inYear(rv.at)) bump(rv.reviewer?.id, "decisions");
  }
  return work;
}
