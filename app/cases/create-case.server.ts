/** Opening a case: validated input, a gapless case number, the machine's initial snapshot, all in one transaction. */
import type { Db } from "../../db/connection";
import { caseEvents, cases } from "../../db/schema";
import { startCase, topState } from "../../workflows/engine/run";
import { chinaDate, yearOf } from "../../workflows/calendar/calendar";
import { getProcedure } from "../../workflows/registry";
import { appendAudit } from "../audit/audit.server";
import { hasPermission } from "../auth/permissions";
import { streetOf, toActor, type SessionUser } from "../auth/users.server";
import { loadCalendar } from "../calendar.server";
import { allocateNumber } from "../numbering.server";
import { writeDerived } from "./case-write.server";

/** 案号 like (2026)彭司法意字第3号: per office, year and procedure. */
const CASE_NUMBER_CODES: Record<string, string> = { "legal-opinion": "法意字" };

/** Cases are filed by and belong to a street office; its staff see them (docs/decisions/0002). */
export const NOT_A_STREET = "案件由街道(镇)司法所或街道部门人员发起;您所在单位不能发起";

export type CreateOutcome =
  | { status: 201; caseId: number; number: string }
  | { status: 400; message: string; issues: { path: (string | number)[]; message: string }[] }
  | { status: 403; message: string };

export function createCase(db: Db, user: SessionUser, procedureId: string, raw: unknown, at = new Date().toISOString()): CreateOutcome {
  const proc = getProcedure(procedureId);
  if (!proc) return { status: 400, message: "未知程序", issues: [{ path: ["procedure"], message: "未知程序" }] };
  if (!hasPermission(user.roles, proc.createPermission)) return { status: 403, message: `您的岗位不能发起${proc.name}` };
  const office = user.organisationKind === "street" ? streetOf(db, user.organisationId) : null;
  if (!office) return { status: 403, message: NOT_A_STREET };
  const parsed = proc.createSchema.safeParse(raw);
  if (!parsed.success) {
    return { status: 400, message: "填写内容有误", issues: parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })) };
  }
  const actor = toActor(user);
  const input = { ...(parsed.data as object), officeId: office.id, requestedBy: { id: user.id, name: user.displayName }, requestedAt: at };
  const snapshot = startCase(proc, input);
  const context = snapshot.context as any;
  const state = topState(snapshot.value);
  return db.transaction(
    (tx) => {
      const year = yearOf(chinaDate(at));
      const n = allocateNumber(tx, office.id, year, `case:${proc.id}`);
      const number = `(${year})${office.docCode}${CASE_NUMBER_CODES[proc.id] ?? "字"}第${n}号`;
      const row = tx
        .insert(cases)
        .values({
          officeId: office.id,
          procedure: proc.id,
          machineVersion: proc.version,
          number,
          title: proc.title(context),
          state,
          snapshot,
          input,
          version: 1,
          createdBy: user.id,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: cases.id })
        .get();
      tx.insert(caseEvents)
        .values({ caseId: row.id, seq: 1, type: "CREATE", payload: input, actorId: user.id, actor, at, recordedAt: new Date().toISOString() })
        .run();
      writeDerived(db, proc, { id: row.id, officeId: office.id, number }, { state, context }, loadCalendar(db));
      appendAudit(db, { at, actorId: user.id, action: "case.create", caseId: row.id, detail: { procedure: proc.id, number } });
      return { status: 201 as const, caseId: row.id, number };
    },
    { behavior: "immediate" },
  );
}
