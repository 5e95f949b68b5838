/**
 * The permissions the kernel itself checks, and who holds them. Each procedure declares its own
 * (app/procedures/<p>/index.ts); app/auth/permissions.ts assembles the one table.
 */
import { ROLE_IDS, type Role } from "../../workflows/roles";

export const KERNEL_PERMISSIONS = ["case.read", "document.generate", "file.upload", "admin.users", "admin.calendar", "admin.settings", "advisers.read", "advisers.manage", "workbench.oversee", "workbench.district"] as const;
export type KernelPermission = (typeof KERNEL_PERMISSIONS)[number];

/** Administrators manage; every other post reads the cases of its office scope (docs/decisions/0002). */
const ROSTER_READERS: readonly Role[] = ["judicial_staff", "street_leader", "district_supervisor"];

/**
 * The adviser roster (RULES.md §5) is kept by the 司法所所长 and read by the office's staff and heads
 * and by the district. The 所长 and the street's heads oversee the office's deadlines and send 督办;
 * the district supervisor sees every street's overview.
 */
export const KERNEL_GRANTS: Readonly<Record<Role, readonly KernelPermission[]>> = Object.fromEntries(
  ROLE_IDS.map((r) => [
    r,
    r === "admin"
      ? (["admin.users", "admin.calendar", "admin.settings"] as const)
      : r === "judicial_director"
        ? (["case.read", "advisers.read", "advisers.manage", "workbench.oversee"] as const)
        : r === "street_leader"
          ? (["case.read", "advisers.read", "workbench.oversee"] as const)
          : r === "district_supervisor"
            ? (["case.read", "advisers.read", "workbench.district"] as const)
            : ROSTER_READERS.includes(r)
              ? (["case.read", "advisers.read"] as const)
              : (["case.read"] as const),
  ]),
) as unknown as Record<Role, readonly KernelPermission[]>;
