/**
 * Who may do what: one typed table from role to permissions. Every loader, action and API call
 * asks this module (through requirePermission in guard.server.ts); the UI only mirrors it.
 * Office scope (which cases a user sees) is separate: see scope.server.ts.
 */
import type { Role } from "../../workflows/roles";

export const PERMISSIONS = [
  "case.read",
  "legal-opinion.create",
  "legal-opinion.accept",
  "legal-opinion.withdraw",
  "legal-opinion.draft",
  "legal-opinion.review",
  "legal-opinion.issue",
  "legal-opinion.archive",
  "mediation.create",
  "mediation.handle",
  "mediation.move",
  "mediation.archive",
  "mediation.report",
  "mediation.notify-police",
  "enforcement.create",
  "enforcement.handle",
  "enforcement.approve",
  "enforcement.review",
  "enforcement.publish",
  "enforcement.archive",
  "enforcement.report",
  "document.generate",
  "file.upload",
  "admin.users",
  "admin.calendar",
  "admin.settings",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const MEDIATION: Permission[] = ["mediation.create", "mediation.handle", "mediation.move", "mediation.archive", "mediation.report", "mediation.notify-police"];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ["admin.users", "admin.calendar", "admin.settings"],
  district_supervisor: ["case.read", "mediation.report", "enforcement.report"],
  // The street leader is told of red-grade disputes and may notify the police (PML 25); as the
  // agency's head (行政机关负责人) they approve filing and decide enforcement cases.
  street_leader: ["case.read", "legal-opinion.create", "legal-opinion.withdraw", "mediation.report", "mediation.notify-police", "enforcement.approve", "enforcement.publish", "enforcement.report", "document.generate"],
  judicial_director: [
    "case.read",
    "legal-opinion.create",
    "legal-opinion.accept",
    "legal-opinion.withdraw",
    "legal-opinion.review",
    "legal-opinion.issue",
    "legal-opinion.archive",
    ...MEDIATION,
    "document.generate",
    "file.upload",
  ],
  judicial_staff: [
    "case.read",
    "legal-opinion.create",
    "legal-opinion.withdraw",
    "legal-opinion.issue",
    "legal-opinion.archive",
    ...MEDIATION,
    "document.generate",
    "file.upload",
  ],
  mediator: ["case.read", ...MEDIATION, "document.generate", "file.upload"],
  enforcement_officer: ["case.read", "enforcement.create", "enforcement.handle", "enforcement.publish", "enforcement.archive", "enforcement.report", "document.generate", "file.upload"],
  legal_reviewer: ["case.read", "enforcement.review", "enforcement.report", "document.generate"],
  legal_adviser: ["case.read", "legal-opinion.draft", "document.generate", "file.upload"],
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export function hasPermission(roles: readonly string[], permission: string): boolean {
  return roles.some((r) => (ROLE_PERMISSIONS[r as Role] ?? []).includes(permission as Permission));
}

/** The roles that hold a permission, for "本事项由司法所所长办理". */
export function rolesWith(permission: string): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) => ROLE_PERMISSIONS[r].includes(permission as Permission));
}
