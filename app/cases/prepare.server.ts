/**
 * Turning what a form or API client sent into the event payload the machine receives: chosen
 * users, parties, committees and case files are resolved to what they are (only within the case's
 * office), multi-line fields become lists, and values the server owns (office settings, periods
 * counted on the holiday calendar) are filled in, so the stored event replays to the same result.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { caseFiles, organisations, storedFiles } from "../../db/schema";
import { countPeriod } from "../../workflows/calendar/periods";
import type { FormField } from "../../workflows/engine/types";
import { CONFIRMATION_WINDOW_DAYS } from "../../workflows/mediation/guards";
import { getProcedure } from "../../workflows/registry";
import { loadUser, officeScope, type SessionUser } from "../auth/users.server";
import { loadCalendar } from "../calendar.server";
import { getSetting } from "../settings.server";
import { HEARING_NOTICE_WORKING_DAYS, HEARING_REQUEST_WORKING_DAYS, paymentDue, surchargeOwed } from "../../workflows/enforcement/deadlines";
import { fineOwed } from "../../workflows/enforcement/guards";
import { ROLES, type Role } from "../../workflows/roles";

type Issue = { path: (string | number)[]; message: string };
type CaseRow = { id: number; officeId: number; procedure: string; snapshot: { context: any } };
type Fill = (db: Db, c: CaseRow, payload: Record<string, unknown>, at: string, user: SessionUser) => Record<string, unknown> | Issue;

const LEVEL_OF = { district: "district", street: "street", committee: "committee" } as const;

/** 30 days from a real date on today's calendar; nothing for a missing or impossible date (the schema names it). */
function confirmationDue(db: Db, effectiveOn: unknown): string | undefined {
  if (typeof effectiveOn !== "string") return undefined;
  try {
    return countPeriod(loadCalendar(db), effectiveOn, CONFIRMATION_WINDOW_DAYS, "days").due;
  } catch {
    return undefined;
  }
}

/** A chosen person as events carry them: with the certificates the guards check (APL 42, 58). */
function personRef(u: SessionUser) {
  return {
    id: u.id,
    name: u.displayName,
    roles: [...u.roles],
    officeId: u.organisationId,
    certNo: u.enforcementCertNo,
    certValidUntil: u.enforcementCertValidUntil,
    qualificationNo: u.legalQualificationNo,
  };
}

/** Enforcement periods counted on today's calendar, and the reviewer as the server knows them. */
const ENFORCEMENT_FILLS: Record<string, Fill> = {
  REQUEST_HEARING: (db, c) => ({ windowDue: periodDue(db, c.snapshot.context.notice?.servedOn, HEARING_REQUEST_WORKING_DAYS, "workingDays") }),
  PROCEED: (db, c) => ({ windowDue: periodDue(db, c.snapshot.context.notice?.servedOn, HEARING_REQUEST_WORKING_DAYS, "workingDays") }),
  SCHEDULE_HEARING: (db, _c, payload) => ({ earliest: periodDue(db, payload.noticeServedOn, HEARING_NOTICE_WORKING_DAYS, "workingDays") }),
  LEGAL_REVIEW: (_db, _c, _payload, _at, user) => ({ reviewer: personRef(user) }),
  RECORD_PAYMENT: (db, c, payload) => {
    const ctx = c.snapshot.context;
    const due = ctx.service ? paymentDue(loadCalendar(db), ctx) : null;
    const date = typeof payload.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(payload.date) ? payload.date : null;
    return { surcharge: due && date && ctx.decision ? surchargeOwed(fineOwed(ctx), due, ctx.payments, date) : 0 };
  },
};

/** A period on today's calendar from a date the user gave; nothing for an impossible date (the schema names it). */
function periodDue(db: Db, start: unknown, amount: number, unit: "days" | "workingDays"): string | undefined {
  if (typeof start !== "string") return undefined;
  try {
    return countPeriod(loadCalendar(db), start, amount, unit).due;
  } catch {
    return undefined;
  }
}

const SERVER_FILLS: Record<string, Record<string, Fill>> = {
  enforcement: ENFORCEMENT_FILLS as Record<string, Fill>,
  "legal-opinion": {
    ACCEPT: (db, c) => ({
      draftDays: Number(getSetting(db, c.officeId, "legal-opinion.draftDays")),
      draftDeadlineBasis: getSetting(db, c.officeId, "legal-opinion.draftBasis"),
    }),
  },
  mediation: {
    // 小事不出村、大事不出镇: up one level, to the parent organisation.
    ESCALATE: (db, c) => {
      const here = db.select().from(organisations).where(eq(organisations.id, c.officeId)).get();
      const parent = here?.parentId ? db.select().from(organisations).where(eq(organisations.id, here.parentId)).get() : undefined;
      return parent ? { target: { id: parent.id, name: parent.name, level: LEVEL_OF[parent.kind] } } : { path: ["reason"], message: "已是最高一级,不能再上移" };
    },
    AGREE_ORAL: (db, _c, payload) => ({ confirmationDue: confirmationDue(db, payload.date) }),
    RECORD_SIGNED: (db, _c, payload) => ({ confirmationDue: confirmationDue(db, payload.signedOn) }),
    // Counted again when applying, so a holiday year loaded since the agreement is taken into account.
    APPLY_CONFIRMATION: (db, c) => ({ windowDue: confirmationDue(db, c.snapshot.context.agreement?.effectiveOn) }),
  },
};

function resolve(db: Db, c: CaseRow, field: FormField, value: unknown): { value?: unknown; issue?: string } {
  const id = Number(typeof value === "object" && value ? (value as { id: unknown }).id : value);
  const given = value !== undefined && value !== "" && value !== null;
  switch (field.kind) {
    case "user": {
      // Only people of the case's office (and its committees) can be named: no probing other offices.
      const u = Number.isInteger(id) && id > 0 ? loadUser(db, id) : null;
      const ok = u && officeScope(db, { organisationId: c.officeId }).includes(u.organisationId);
      if (!ok) return given ? { issue: `${field.label}:所选人员不是本单位在职人员` } : {};
      return { value: personRef(u) };
    }
    case "users": {
      const ids = [...new Set((Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value]).map(Number))];
      const scope = officeScope(db, { organisationId: c.officeId });
      const people = ids.map((i) => (Number.isInteger(i) && i > 0 ? loadUser(db, i) : null));
      if (people.some((u) => !u || !scope.includes(u.organisationId))) return { issue: `${field.label}:所选人员不是本单位在职人员` };
      if (field.role && people.some((u) => !u!.roles.includes(field.role as Role))) return { issue: `${field.label}:所选人员须为${ROLES[field.role as Role] ?? field.role}` };
      return { value: people.map((u) => personRef(u!)) };
    }
    case "files": {
      const ids = (Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value]).map(Number);
      const rows = ids.map((i) =>
        Number.isInteger(i)
          ? db.select({ sha256: caseFiles.sha256, name: caseFiles.name, mime: storedFiles.mime }).from(caseFiles).innerJoin(storedFiles, eq(storedFiles.sha256, caseFiles.sha256)).where(and(eq(caseFiles.id, i), eq(caseFiles.caseId, c.id))).get()
          : undefined,
      );
      if (rows.some((r) => !r)) return { issue: `${field.label}:请选择本案已上传的文件` };
      return { value: rows };
    }
    case "office": {
      const o = Number.isInteger(id) ? db.select().from(organisations).where(and(eq(organisations.id, id), eq(organisations.parentId, c.officeId))).get() : undefined;
      if (!o) return given ? { issue: `${field.label}:只能选择本单位下属的居民委员会` } : {};
      return { value: { id: o.id, name: o.name, level: LEVEL_OF[o.kind] } };
    }
    case "file": {
      const f = Number.isInteger(id) ? db.select().from(caseFiles).where(and(eq(caseFiles.id, id), eq(caseFiles.caseId, c.id))).get() : undefined;
      if (!f) return given ? { issue: `${field.label}:请选择本案已上传的文件` } : {};
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
  const def = getProcedure(c.procedure)?.events[type];
  if (!def) return { issues: [{ path: ["type"], message: "未知事项类型" }] };
  const payload: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for (const field of def.form) {
    const r = resolve(db, c, field, raw[field.name]);
    if (r.issue) issues.push({ path: [field.name], message: r.issue });
    else if (r.value !== undefined) payload[field.name] = r.value;
  }
  if (issues.length) return { issues };
  const filled = SERVER_FILLS[c.procedure]?.[type]?.(db, c, payload, at, _user) ?? {};
  if ("path" in filled && "message" in filled) return { issues: [filled as Issue] };
  return { payload: { ...payload, ...filled } };
}
