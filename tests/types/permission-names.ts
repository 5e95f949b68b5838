/**
 * Checked by `tsc` (npm test runs it before vitest): a permission name that no module declares is a
 * type error wherever it is written. Each marked line must fail to compile; if one compiles, tsc
 * reports the unused @ts-expect-error and the test run fails.
 */
import { requirePermission } from "../../app/auth/guard.server";
import { defineProcedure } from "../../app/procedures/types";
import { legalOpinionProcedure } from "../../workflows/legal-opinion";

const base = { definition: legalOpinionProcedure, views: { id: "legal-opinion", Facts: () => null }, server: { documents: [] } };

export const typoInARoute = (r: Request) =>
  // @ts-expect-error "mediation.reprot" is no permission
  requirePermission(r, "mediation.reprot");

export const correct = defineProcedure({
  ...base,
  permissions: ["legal-opinion.create"],
  grants: { judicial_staff: ["legal-opinion.create", "file.upload"] },
  nav: [{ to: "/x", label: "x", order: 1, permission: "legal-opinion.create" }],
});

export const typoInAGrant = defineProcedure({
  ...base,
  permissions: ["legal-opinion.create"],
  // @ts-expect-error a grant may only name a declared permission
  grants: { judicial_staff: ["legal-opinion.craete"] },
});

export const typoInAMenu = defineProcedure({
  ...base,
  permissions: ["legal-opinion.create"],
  grants: {},
  // @ts-expect-error a menu entry may only name a declared permission
  nav: [{ to: "/x", label: "x", order: 1, permission: "legal-opinion.craete" }],
});
