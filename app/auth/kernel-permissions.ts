/**
 * The permissions the kernel itself checks, and who holds them. Each procedure declares its own
 * (app/procedures/<p>/index.ts); app/auth/permissions.ts assembles the one table.
 */
import { ROLE_IDS, type Role } from "../../workflows/roles";

export const KERNEL_PERMISSIONS = ["case.read", "document.generate", "file.upload", "admin.users", "admin.calendar", "admin.settings"] as const;
export type KernelPermission = (typeof KERNEL_PERMISSIONS)[number];

/** Administrators manage; every other post reads the cases of its office scope (docs/decisions/0002). */
export const KERNEL_GRANTS: Readonly<Record<Role, readonly KernelPermission[]>> = Object.fromEntries(
  ROLE_IDS.map((r) => [r, r === "admin" ? (["admin.users", "admin.calendar", "admin.settings"] as const) : (["case.read"] as const)]),
) as unknown as Record<Role, readonly KernelPermission[]>;
