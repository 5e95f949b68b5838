/** Administrator operations on users: create, change office/roles/qualifications, deactivate, reset password. */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { organisations, userRoles, users } from "../../db/schema";
import { appendAudit } from "../audit/audit.server";
import { hashPassword, passwordProblem } from "../auth/password.server";
import { endAllSessions } from "../auth/session.server";
import { officeScope, type SessionUser } from "../auth/users.server";
import type { UserForm } from "./user-schema";

type Outcome = { ok: true; id: number } | { ok: false; errors: Record<string, string> };

export function manageableOrganisations(db: Db, admin: SessionUser) {
  return db.select().from(organisations).where(inArray(organisations.id, officeScope(db, admin))).orderBy(asc(organisations.id)).all();
}

export function listUsers(db: Db, admin: SessionUser) {
  const scope = officeScope(db, admin);
  const rows = db
    .select({ id: users.id, username: users.username, displayName: users.displayName, active: users.active, org: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(inArray(users.organisationId, scope))
    .orderBy(asc(users.id))
    .all();
  const roles = db.select().from(userRoles).where(inArray(userRoles.userId, rows.map((r) => r.id))).all();
  return rows.map((r) => ({ ...r, roles: roles.filter((x) => x.userId === r.id).map((x) => x.role) }));
}

export function getManagedUser(db: Db, admin: SessionUser, id: number) {
  const row = db.select().from(users).where(and(eq(users.id, id), inArray(users.organisationId, officeScope(db, admin)))).get();
  if (!row) return null;
  const { passwordHash: _hidden, officerCertNo, officerCertValidUntil, ...rest } = row;
  // The form names the 执法证 fields as the administrator's page always has.
  return { ...rest, enforcementCertNo: officerCertNo, enforcementCertValidUntil: officerCertValidUntil, roles: db.select().from(userRoles).where(eq(userRoles.userId, id)).all().map((r) => r.role) };
}

function fields(v: UserForm) {
  return {
    displayName: v.displayName,
    organisationId: v.organisationId,
    officerCertNo: v.enforcementCertNo || null,
    officerCertValidUntil: v.enforcementCertValidUntil || null,
    legalQualificationNo: v.legalQualificationNo || null,
    active: v.active === "1",
  };
}

export async function saveUser(db: Db, admin: SessionUser, v: UserForm, existingId?: number): Promise<Outcome> {
  if (!officeScope(db, admin).includes(v.organisationId)) return { ok: false, errors: { organisationId: "所属单位：不在您管理的范围内" } };
  if (!existingId || v.password) {
    const problem = passwordProblem(v.password);
    if (problem) return { ok: false, errors: { password: `初始密码：${problem}` } };
  }
  const clash = db.select({ id: users.id }).from(users).where(eq(users.username, v.username)).get();
  if (clash && clash.id !== existingId) return { ok: false, errors: { username: "用户名：已被使用" } };
  const passwordHash = v.password ? await hashPassword(v.password) : undefined;
  const id = db.transaction((tx) => {
    let id = existingId;
    if (id) {
      tx.update(users).set({ ...fields(v), username: v.username, ...(passwordHash ? { passwordHash } : {}) }).where(eq(users.id, id)).run();
      tx.delete(userRoles).where(eq(userRoles.userId, id)).run();
    } else {
      id = tx.insert(users).values({ ...fields(v), username: v.username, passwordHash: passwordHash! }).returning({ id: users.id }).get().id;
    }
    for (const role of v.roles) tx.insert(userRoles).values({ userId: id, role }).run();
    appendAudit(db, { actorId: admin.id, action: existingId ? "admin.user.update" : "admin.user.create", detail: { userId: id, roles: v.roles, active: v.active === "1", passwordReset: !!passwordHash && !!existingId } });
    return id;
  });
  if (existingId && (v.active !== "1" || passwordHash)) endAllSessions(id);
  return { ok: true, id };
}
