/**
 * 矛盾纠纷排查: a residents' committee (or street) records its periodic screening with the disputes
 * found and its risk assessment; each found dispute becomes a mediation case in one step.
 */
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../../db/connection";
import { organisations, screeningFindings, screenings } from "../../../db/schema";
import { parseDisputeTypes, type DisputeType } from "../../../workflows/mediation/context";
import { DISPUTE_TYPES_SETTING } from "../../../workflows/mediation";
import { streetOf } from "../../auth/users.server";
import { getSetting } from "../../settings.server";
import { DATE } from "../../../workflows/mediation/events";
import { appendAudit } from "../../audit/audit.server";
import { officeScope, type SessionUser } from "../../auth/users.server";
import { createCase, type CreateOutcome } from "../../cases/create-case.server";
import { checkRows, keptRows, type RowColumn, type RowErrors, type TypedRow } from "../../rows";

export const FINDINGS_LIST = "findings";

/** A finding's row: its dispute type among the street's list, and what was found. */
export const findingColumns = (types: readonly DisputeType[]): readonly RowColumn[] => [
  { key: "disputeType", label: "纠纷类型", kind: "select", required: true, options: types.map((t) => ({ value: t.key, label: t.label })) },
  { key: "description", label: "情况描述", required: true, max: 500, placeholder: "如：3号楼502室漏水至402室" },
];

/** The form's other fields; the findings come as rows (`findingsFromRows`). */
export const screeningSchema = () => z.object({
  date: DATE("排查日期"),
  scope: z.string().trim().min(1, "请填写排查范围").max(200, "排查范围不能超过200字"),
  risks: z.string().trim().min(1, "请填写风险研判意见（无风险也请注明）").max(2000, "风险研判意见不能超过2000字"),
});

export type Finding = { disputeType: string; description: string };

/** The findings from the rows sent (blank rows passed over; none is a screening that found nothing), or each row's problem on its field. */
export function findingsFromRows(types: readonly DisputeType[], rows: readonly TypedRow[]): { findings: Finding[] } | { errors: RowErrors } {
  const columns = findingColumns(types);
  const kept = keptRows(rows, columns);
  if (kept.length > 100) return { errors: { [FINDINGS_LIST]: `发现的纠纷：一次排查最多记录100件（现为${kept.length}件）` } };
  const errors = checkRows(FINDINGS_LIST, kept, columns);
  return Object.keys(errors).length ? { errors } : { findings: kept.map((r) => ({ disputeType: r.values.disputeType, description: r.values.description })) };
}

export function recordScreening(db: Db, user: SessionUser, v: z.infer<ReturnType<typeof screeningSchema>> & { findings: readonly Finding[] }, today: string): { ok: true; id: number } | { ok: false; message: string } {
  if (v.date > today) return { ok: false, message: "排查日期不能晚于今天" };
  return {
    ok: true,
    id: db.transaction((tx) => {
      const id = tx.insert(screenings).values({ officeId: user.organisationId, date: v.date, scope: v.scope, risks: v.risks, createdBy: user.id }).returning({ id: screenings.id }).get().id;
      for (const f of v.findings) tx.insert(screeningFindings).values({ screeningId: id, ...f }).run();
      appendAudit(db, { actorId: user.id, action: "screening.record", detail: { screeningId: id, findings: v.findings.length } });
      return id;
    }),
  };
}

export function listScreenings(db: Db, user: SessionUser) {
  const scope = officeScope(db, user);
  const rows = db
    .select({ id: screenings.id, date: screenings.date, scope: screenings.scope, risks: screenings.risks, office: organisations.name })
    .from(screenings)
    .innerJoin(organisations, eq(organisations.id, screenings.officeId))
    .where(inArray(screenings.officeId, scope))
    .orderBy(desc(screenings.date), desc(screenings.id))
    .limit(100)
    .all();
  const findings = rows.length ? db.select().from(screeningFindings).where(inArray(screeningFindings.screeningId, rows.map((r) => r.id))).all() : [];
  return rows.map((r) => ({ ...r, findings: findings.filter((f) => f.screeningId === r.id) }));
}

/** The dispute types of the user's street (its configured list, or the national default). */
export function disputeTypesFor(db: Db, user: SessionUser): readonly DisputeType[] {
  const street = streetOf(db, user.organisationId);
  return parseDisputeTypes(street ? getSetting(db, street.id, DISPUTE_TYPES_SETTING) : undefined);
}

/** Turn a found dispute into a mediation case, once; the finding links to the case. */
export function findingToCase(db: Db, user: SessionUser, findingId: number): CreateOutcome | { status: 404 | 409; message: string } {
  return db.transaction(() => {
    const finding = db
      .select({ f: screeningFindings, officeId: screenings.officeId, date: screenings.date })
      .from(screeningFindings)
      .innerJoin(screenings, eq(screenings.id, screeningFindings.screeningId))
      .where(eq(screeningFindings.id, findingId))
      .get();
    if (!finding || !officeScope(db, user).includes(finding.officeId)) return { status: 404 as const, message: "排查记录不存在或您无权查看" };
    if (finding.f.caseId) return { status: 409 as const, message: "该纠纷已转为案件" };
    const created = createCase(db, user, "mediation", {
      source: "initiative",
      disputeType: finding.f.disputeType,
      summary: `${finding.date}排查发现：${finding.f.description}`,
      claims: "待当事人陈述",
    }, undefined, finding.officeId);
    if (created.status === 201) {
      db.update(screeningFindings).set({ caseId: created.caseId }).where(and(eq(screeningFindings.id, findingId), isNull(screeningFindings.caseId))).run();
    }
    return created;
  });
}
