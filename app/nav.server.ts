/**
 * The top bar's data for a signed-in user: the entries their posts may open, their unread messages.
 * Server-only, so the procedure registry (and its validation schemas) stays out of the root bundle
 * every page, the public portal included, loads (issue 13 §10).
 */
import { hasPermission } from "./auth/permissions";
import type { SessionUser } from "./auth/users.server";
import { db } from "./db.server";
import { unreadCount } from "./messages/messages.server";
import { procedureModules } from "./procedures";
import type { NavEntry } from "./procedures/types";
import { ROLES } from "../workflows/roles";

export function topBarFor(user: SessionUser) {
  const shown = (e: NavEntry) => (!e.permission || hasPermission(user.roles, e.permission)) && (!e.officeKinds || e.officeKinds.includes(user.organisationKind));
  const entries: NavEntry[] = [
    { to: "/cases", label: "案件", order: 5, permission: "case.read" },
    { to: "/advisers", label: "法律顾问", order: 70, permission: "advisers.read" },
    { to: "/admin/users", label: "用户管理", order: 80, permission: "admin.users" },
    // The holiday table is shared by every office: only the district's administrators edit it.
    ...(user.organisationIsTop ? [{ to: "/admin/calendar", label: "节假日", order: 85, permission: "admin.calendar" } as NavEntry] : []),
    { to: "/admin/settings", label: "机构设置", order: 90, permission: "admin.settings" },
    ...procedureModules().flatMap((m) => m.nav ?? []),
  ];
  return {
    unread: unreadCount(db(), user.id),
    name: user.displayName,
    org: user.organisationName,
    roles: user.roles.map((r) => ROLES[r]).join("、"),
    nav: entries.filter(shown).sort((a, b) => a.order - b.order).map((e) => ({ to: e.to, label: e.label })),
  };
}
