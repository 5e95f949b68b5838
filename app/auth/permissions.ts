/**
 * Who may do what: one typed table from role to permissions, assembled from the kernel's own
 * (kernel-permissions.ts) and what each registered procedure declares. Every loader, action and API
 * call asks this module (through requirePermission in guard.server.ts); the UI only mirrors it.
 * Office scope (which cases a user sees) is separate: see users.server.ts.
 */
import { procedureModules, type ProcedurePermission } from "../procedures";
import { ROLE_IDS, type Role } from "../../workflows/roles";
import { KERNEL_GRANTS, KERNEL_PERMISSIONS, type KernelPermission } from "./kernel-permissions";

/** Every permission name: a typo in requirePermission(…, "…") is a type error. */
export type Permission = KernelPermission | ProcedurePermission;

type Table = { readonly all: readonly Permission[]; readonly byRole: ReadonlyMap<Role, ReadonlySet<string>> };
let table: Table | null = null;

/** Built on first use: the registry and its modules are loaded by then, whatever imported what first. */
function permissionTable(): Table {
  if (table) return table;
  const modules = procedureModules();
  const all: Permission[] = [...KERNEL_PERMISSIONS, ...modules.flatMap((m) => m.permissions as readonly Permission[])];
  const byRole = new Map<Role, Set<string>>(ROLE_IDS.map((r) => [r, new Set<string>(KERNEL_GRANTS[r])]));
  for (const m of modules) {
    for (const [role, granted] of Object.entries(m.grants) as [Role, readonly string[]][]) for (const p of granted) byRole.get(role)!.add(p);
  }
  table = { all, byRole };
  return table;
}

/** Every permission, in declaration order (the admin pages and the OpenAPI document list them). */
export function allPermissions(): readonly Permission[] {
  return permissionTable().all;
}

export function isPermission(value: string): value is Permission {
  return (permissionTable().all as readonly string[]).includes(value);
}

export function hasPermission(roles: readonly string[], permission: string): boolean {
  const byRole = permissionTable().byRole;
  return roles.some((r) => byRole.get(r as Role)?.has(permission) ?? false);
}

/** The roles that hold a permission, for "本事项由司法所所长办理". */
export function rolesWith(permission: string): Role[] {
  const byRole = permissionTable().byRole;
  return ROLE_IDS.filter((r) => byRole.get(r)!.has(permission));
}
