/**
 * Turning what a form or API client sent into the event payload the machine receives:
 * chosen users are resolved to who they are, multi-line fields become lists, and values the
 * server owns (office settings) are filled in, so the stored event replays to the same result.
 */
import type { Db } from "../../db/connection";
import { getProcedure } from "../../workflows/registry";
import { loadUser, officeScope, type SessionUser } from "../auth/users.server";
import { getSetting } from "../settings.server";

type Issue = { path: (string | number)[]; message: string };
type CaseRow = { officeId: number; procedure: string };

const SERVER_FILLS: Record<string, Record<string, (db: Db, c: CaseRow) => Record<string, unknown>>> = {
  "legal-opinion": {
    ACCEPT: (db, c) => ({
      draftDays: Number(getSetting(db, c.officeId, "legal-opinion.draftDays")),
      draftDeadlineBasis: getSetting(db, c.officeId, "legal-opinion.draftBasis"),
    }),
  },
};

export function prepareEventPayload(
  db: Db,
  _user: SessionUser,
  c: CaseRow,
  type: string,
  raw: Record<string, unknown>,
): { payload: Record<string, unknown> } | { issues: Issue[] } {
  const def = getProcedure(c.procedure)?.events[type];
  if (!def) return { issues: [{ path: ["type"], message: "未知事项类型" }] };
  const payload: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for (const field of def.form) {
    const value = raw[field.name];
    if (field.kind === "user") {
      const id = Number(typeof value === "object" && value ? (value as { id: unknown }).id : value);
      // Only people of the case's office (and its committees) can be named: no probing other offices.
      const candidate = Number.isInteger(id) && id > 0 ? loadUser(db, id) : null;
      const chosen = candidate && officeScope(db, { organisationId: c.officeId }).includes(candidate.organisationId) ? candidate : null;
      if (!chosen) {
        if (value !== undefined && value !== "") issues.push({ path: [field.name], message: `${field.label}:所选人员不是本单位在职人员` });
        continue; // missing → the schema names the field
      }
      payload[field.name] = { id: chosen.id, name: chosen.displayName, roles: [...chosen.roles], officeId: chosen.organisationId };
    } else if (field.kind === "lines") {
      payload[field.name] = Array.isArray(value) ? value : typeof value === "string" ? value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean) : value;
    } else if (value !== undefined) {
      payload[field.name] = value;
    }
  }
  if (issues.length) return { issues };
  return { payload: { ...payload, ...(SERVER_FILLS[c.procedure]?.[type]?.(db, c) ?? {}) } };
}
