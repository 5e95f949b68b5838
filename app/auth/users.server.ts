/** Users as the server sees them, and the office tree that scopes what they see. */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { organisations, userRoles, users } from "../../db/schema";
import type { Role } from "../../workflows/roles";
import type { EventActor } from "../../workflows/engine/types";
import { statements } from "../cases/statements.server";

export interface SessionUser {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly organisationId: number;
  readonly organisationName: string;
  readonly organisationKind: "district" | "street" | "committee";
  /** A top-level organisation (the district) has no parent: its administrators manage shared tables. */
  readonly organisationIsTop: boolean;
  readonly roles: readonly Role[];
  readonly legalQualificationNo: string | null;
  readonly officerCertNo: string | null;
  readonly officerCertValidUntil: string | null;
}

export function loadUser(db: Db, id: number): SessionUser | null {
  const row = db
    .select({ user: users, orgName: organisations.name, orgKind: organisations.kind, orgParent: organisations.parentId })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, id), eq(users.active, true)))
    .get();
  if (!row) return null;
  const roles = db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, id)).all();
  return {
    id: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    organisationId: row.user.organisationId,
    organisationName: row.orgName,
    organisationKind: row.orgKind,
    organisationIsTop: row.orgParent === null,
    roles: roles.map((r) => r.role as Role),
    legalQualificationNo: row.user.legalQualificationNo,
    officerCertNo: row.user.officerCertNo,
    officerCertValidUntil: row.user.officerCertValidUntil,
  };
}

/** The organisation a user belongs to and everything below it: the offices whose cases they see. */
export function officeScope(db: Db, user: Pick<SessionUser, "organisationId">): number[] {
  const all = statements(db).organisationTree.all();
  const scope = [user.organisationId];
  for (let i = 0; i < scope.length; i++) {
    for (const o of all) if (o.parentId === scope[i]) scope.push(o.id);
  }
  return scope;
}

/** The street office (街道) a user's organisation belongs to: where their cases are filed. */
export function streetOf(db: Db, organisationId: number): { id: number; name: string; docCode: string } | null {
  let org = db.select().from(organisations).where(eq(organisations.id, organisationId)).get();
  while (org && org.kind === "committee" && org.parentId) {
    org = db.select().from(organisations).where(eq(organisations.id, org.parentId)).get();
  }
  return org && org.kind === "street" ? { id: org.id, name: org.name, docCode: org.docCode } : null;
}

export function toActor(user: SessionUser): EventActor {
  return { id: user.id, name: user.displayName, roles: [...user.roles], officeId: user.organisationId };
}

/** Active users of an office holding a role (e.g. the 法律顾问 roster for assignment). */
export function usersWithRole(db: Db, officeIds: number[], role: Role) {
  return db
    .select({ id: users.id, name: users.displayName, organisationId: users.organisationId, certNo: users.officerCertNo, certValidUntil: users.officerCertValidUntil })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, role), eq(users.active, true), inArray(users.organisationId, officeIds)))
    .all();
}

/** Every active person of the given offices (a hearing chair may hold any post). */
export function activeUsers(db: Db, officeIds: number[]) {
  return db
    .select({ id: users.id, name: users.displayName, organisationId: users.organisationId, certNo: users.officerCertNo, certValidUntil: users.officerCertValidUntil })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.organisationId, officeIds)))
    .all();
}
