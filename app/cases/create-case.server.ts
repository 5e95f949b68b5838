/** Opening a case: validated input, a gapless case number, the machine's initial snapshot, all in one transaction. */
import type { Db } from "../../db/connection";
import { caseEvents, cases } from "../../db/schema";
import { startCase, topState } from "../../workflows/engine/run";
import { chinaDate, yearOf } from "../../workflows/calendar/calendar";
import { getProcedure, procedureModule } from "../procedures";
import { appendAudit, eventHash, textHash } from "../audit/audit.server";
import { hasPermission } from "../auth/permissions";
import { officeScope, streetOf, toActor, type SessionUser } from "../auth/users.server";
import { eq } from "drizzle-orm";
import { organisations } from "../../db/schema";
import { loadCalendar } from "../calendar.server";
import { allocateNumber } from "../numbering.server";
import { streetSettings } from "../settings.server";
import { writeDerived } from "./case-write.server";

/** Cases are filed by and belong to a street office; its staff see them (docs/decisions/0002). */
export const NOT_A_STREET = "案件由街道（镇）司法所或街道部门人员发起；您所在单位不能发起";
export const NOT_A_STREET_OR_COMMITTEE = "纠纷由街道（镇）或居民委员会受理登记；您所在单位不能受理";

export type CreateOutcome =
  | { status: 201; caseId: number; number: string }
  | { status: 400; message: string; issues: { path: (string | number)[]; message: string }[] }
  | { status: 403; message: string };

/**
 * `fileAt`: a committee below the user's street to file at (a street converting a committee's
 * screening finding); by default the user's own organisation.
 */
export function createCase(db: Db, user: SessionUser, procedureId: string, raw: unknown, at = new Date().toISOString(), fileAt?: number): CreateOutcome {
  const proc = getProcedure(procedureId);
  if (!proc) return { status: 400, message: "未知程序", issues: [{ path: ["procedure"], message: "未知程序" }] };
  if (!hasPermission(user.roles, proc.createPermission)) return { status: 403, message: `您的岗位不能发起${proc.name}` };
  const target = fileAt && fileAt !== user.organisationId && officeScope(db, user).includes(fileAt)
    ? db.select({ id: organisations.id, kind: organisations.kind }).from(organisations).where(eq(organisations.id, fileAt)).get()
    : { id: user.organisationId, kind: user.organisationKind };
  const filedHere = target?.kind === "street" || (proc.filedAt === "street-or-committee" && target?.kind === "committee");
  const street = filedHere && target ? streetOf(db, target.id) : null;
  if (!street) return { status: 403, message: proc.filedAt === "street" ? NOT_A_STREET : NOT_A_STREET_OR_COMMITTEE };
  const parsed = proc.createSchema.safeParse(raw);
  if (!parsed.success) {
    return { status: 400, message: "填写内容有误", issues: parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })) };
  }
  const actor = toActor(user);
  const officeId = target!.id;
  const filing = {
    officeId,
    officeKind: target!.kind as "street" | "committee",
    streetId: street.id,
    by: { id: user.id, name: user.displayName },
    at,
    settings: streetSettings(db, street.id),
  };
  const problems = proc.validateCreate?.(parsed.data, filing) ?? [];
  if (problems.length) return { status: 400, message: "填写内容有误", issues: problems };
  const filled = procedureModule(proc.id)?.server.createFill?.(db, { streetId: street.id, officeId, parsed: parsed.data }) ?? {};
  if ("path" in filled && "message" in filled && Array.isArray(filled.path)) return { status: 400, message: "填写内容有误", issues: [filled as { path: string[]; message: string }] };
  const input = proc.creationInput({ ...parsed.data, ...filled }, filing);
  const snapshot = startCase(proc, input);
  const context = snapshot.context as any;
  const state = topState(snapshot.value);
  return db.transaction(
    (tx) => {
      const conflict = procedureModule(proc.id)?.server.createConflict?.(db, { streetId: street.id, officeId, input });
      if (conflict) return { status: 400 as const, message: "填写内容有误", issues: [conflict] };
      const year = yearOf(chinaDate(at));
      // Numbered per street, year and procedure, whichever level files it.
      const n = allocateNumber(tx, street.id, year, `case:${proc.id}`);
      const number = proc.caseNumber({ docCode: street.docCode, year, n });
      const row = tx
        .insert(cases)
        .values({
          officeId,
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
      const created = eventHash({ caseId: row.id, seq: 1, type: "CREATE", payload: JSON.stringify(input), actorId: user.id, actor: JSON.stringify(actor), at });
      writeDerived(db, proc, { id: row.id, officeId, number }, { state, context }, loadCalendar(db));
      appendAudit(db, { at, actorId: user.id, action: "case.create", caseId: row.id, detail: { procedure: proc.id, number, event: created, state, snapshot: textHash(JSON.stringify(snapshot)) } });
      return { status: 201 as const, caseId: row.id, number };
    },
    { behavior: "immediate" },
  );
}
