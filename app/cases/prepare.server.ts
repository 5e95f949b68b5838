/**
 * Turning what a form or API client sent into the event payload the machine receives: chosen
 * users, parties, committees and case files are resolved to what they are (only within the case's
 * office), multi-line fields become lists, and values the server owns (office settings, periods
 * counted on the holiday calendar) are filled in, so the stored event replays to the same result.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { caseFiles, organisations, storedFiles } from "../../db/schema";
import type { FormField } from "../../workflows/engine/types";
import { procedureModule } from "../procedures";
import { loadUser, officeScope, type SessionUser } from "../auth/users.server";
import { ROLES, type Role } from "../../workflows/roles";
import { rosterEntry } from "../advisers/roster.server";

type Issue = { path: (string | number)[]; message: string };
type CaseRow = { id: number; officeId: number; procedure: string; snapshot: { context: any } };

const LEVEL_OF = { district: "district", street: "street", committee: "committee" } as const;

/** A chosen person as events carry them: with the certificates and qualification guards check (APL 42, 58). */
export function personRef(u: SessionUser) {
  return {
    id: u.id,
    name: u.displayName,
    roles: [...u.roles],
    officeId: u.organisationId,
    certNo: u.officerCertNo,
    certValidUntil: u.officerCertValidUntil,
    qualificationNo: u.legalQualificationNo,
  };
}

function resolve(db: Db, c: CaseRow, field: FormField, value: unknown): { value?: unknown; issue?: string } {
  const id = Number(typeof value === "object" && value ? (value as { id: unknown }).id : value);
  const given = value !== undefined && value !== "" && value !== null;
  switch (field.kind) {
    case "user": {
      // Only people of the case's office (and its committees) can be named: no probing other offices.
      const u = Number.isInteger(id) && id > 0 ? loadUser(db, id) : null;
      const ok = u && officeScope(db, { organisationId: c.officeId }).includes(u.organisationId);
      if (!ok) return given ? { issue: `${field.label}：所选人员不是本单位在职人员` } : {};
      // An adviser is chosen with the roster entry the roster guards check (RULES.md §5).
      return { value: u.roles.includes("legal_adviser") ? { ...personRef(u), roster: rosterEntry(db, u.id, c.officeId) } : personRef(u) };
    }
    case "users": {
      const ids = [...new Set((Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value]).map(Number))];
      const scope = officeScope(db, { organisationId: c.officeId });
      const people = ids.map((i) => (Number.isInteger(i) && i > 0 ? loadUser(db, i) : null));
      if (people.some((u) => !u || !scope.includes(u.organisationId))) return { issue: `${field.label}：所选人员不是本单位在职人员` };
      if (field.role && people.some((u) => !u!.roles.includes(field.role as Role))) return { issue: `${field.label}：所选人员须为${ROLES[field.role as Role] ?? field.role}` };
      return { value: people.map((u) => personRef(u!)) };
    }
    case "files": {
      const ids = (Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value]).map(Number);
      const rows = ids.map((i) =>
        Number.isInteger(i)
          ? db.select({ sha256: caseFiles.sha256, name: caseFiles.name, mime: storedFiles.mime }).from(caseFiles).innerJoin(storedFiles, eq(storedFiles.sha256, caseFiles.sha256)).where(and(eq(caseFiles.id, i), eq(caseFiles.caseId, c.id))).get()
          : undefined,
      );
      if (rows.some((r) => !r)) return { issue: `${field.label}：请选择本案已上传的文件` };
      return { value: rows };
    }
    case "office": {
      const o = Number.isInteger(id) ? db.select().from(organisations).where(and(eq(organisations.id, id), eq(organisations.parentId, c.officeId))).get() : undefined;
      if (!o) return given ? { issue: `${field.label}：只能选择本单位下属的居民委员会` } : {};
      return { value: { id: o.id, name: o.name, level: LEVEL_OF[o.kind] } };
    }
    case "file": {
      const f = Number.isInteger(id) ? db.select().from(caseFiles).where(and(eq(caseFiles.id, id), eq(caseFiles.caseId, c.id))).get() : undefined;
      if (!f) return given ? { issue: `${field.label}：请选择本案已上传的文件` } : {};
      return { value: { sha256: f.sha256, name: f.name } };
    }
    case "lines":
      return { value: Array.isArray(value) ? value : typeof value === "string" ? value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean) : value };
    case "entry":
      return { value: value === undefined || value === "" ? undefined : Number(value) };
    case "multi":
      return { value: Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [] };
    default:
      return { value };
  }
}

export function prepareEventPayload(
  db: Db,
  _user: SessionUser,
  c: CaseRow,
  type: string,
  raw: Record<string, unknown>,
  at = new Date().toISOString(),
): { payload: Record<string, unknown> } | { issues: Issue[] } {
  const module = procedureModule(c.procedure);
  const def = module?.definition.events[type];
  if (!def) return { issues: [{ path: ["type"], message: "未知事项类型" }] };
  const payload: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for (const field of def.form) {
    const r = resolve(db, c, field, raw[field.name]);
    if (r.issue) issues.push({ path: [field.name], message: r.issue });
    else if (r.value !== undefined) payload[field.name] = r.value;
  }
  if (issues.length) return { issues };
  const filled = module?.server.fills?.[type]?.(db, c, payload, at, _user) ?? {};
  if ("path" in filled && "message" in filled) return { issues: [filled as Issue] };
  return { payload: { ...payload, ...filled } };
}
