/**
 * The server side of the workflow engine. One event = one IMMEDIATE SQLite transaction:
 * permission → restore → guards → new snapshot with version+1 (a stale version is a 409) →
 * append to the event log → recompute deadlines and tasks → audit entry. Documents an event
 * produces are rendered first, then numbered and linked inside that same transaction.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { documents, organisations } from "../../db/schema";
import { applyEvent, type Refusal } from "../../workflows/engine/run";
import { chinaDate, yearOf } from "../../workflows/calendar/calendar";
import { getProcedure, procedureModule, TEMPLATES } from "../procedures";
import { docNumber, documentCode } from "../../templates/numbers";
import { appendAudit, eventHash, textHash } from "../audit/audit.server";
import { hasPermission, rolesWith } from "../auth/permissions";
import { officeScope, toActor, type SessionUser } from "../auth/users.server";
import { ROLES } from "../../workflows/roles";
import { loadCalendar } from "../calendar.server";
import { allocateNumber, peekNumber } from "../numbering.server";
import { recordBlob, writeBlob } from "../files/storage.server";
import { caseDetail, findVisibleCase } from "./queries.server";
import { writeDerived } from "./case-write.server";
import { prepareEventPayload } from "./prepare.server";
import { statements } from "./statements.server";

export type EventOutcome =
  | { status: 200; caseId: number; version: number; state: string; documentId?: number }
  | { status: 400; message: string; issues: { path: (string | number)[]; message: string }[] }
  | { status: 403; message: string }
  | { status: 404; message: string }
  | { status: 409; message: string; currentVersion: number }
  | { status: 422; message: string; reasons: Refusal[] };

export interface EventRequest {
  readonly user: SessionUser;
  readonly caseId: number;
  readonly type: string;
  readonly payload: Record<string, unknown>;
  readonly expectedVersion: number;
  readonly at?: string;
}

/** Another request took the document number between rendering and committing. */
class NumberMoved extends Error {}

/**
 * A member who is not of the handling office (someone assigned who follows the case elsewhere)
 * may send only what the procedure's own rule allows; without a rule, only the handling office acts.
 */
export function memberRefusal(db: Db, user: SessionUser, row: { officeId: number; procedure: string }, type: string): Refusal | null {
  if (officeScope(db, user).includes(row.officeId)) return null;
  const rule = procedureModule(row.procedure)?.memberRefusal;
  return rule ? rule(type) : { guard: "handlingOffice", message: "案件已由其他单位承办，本事项由承办单位办理", basis: "本系统岗位职责与权限配置" };
}

export function permissionRefusal(user: SessionUser, permission: string): Refusal | null {
  if (hasPermission(user.roles, permission)) return null;
  const who = rolesWith(permission).filter((r) => r !== "admin").map((r) => ROLES[r]).join("、");
  return { guard: "permission", message: `本事项由${who || "其他岗位"}办理，您的岗位无此权限`, basis: "本系统岗位职责与权限配置" };
}

export async function runEvent(db: Db, req: EventRequest): Promise<EventOutcome> {
  const at = req.at ?? new Date().toISOString();
  const found = findVisibleCase(db, req.user, req.caseId);
  if (!found) return { status: 404, message: "案件不存在或您无权查看" };
  const proc = getProcedure(found.procedure);
  const def = proc?.events[req.type];
  if (!proc || !def) return { status: 400, message: `本程序没有“${req.type}”这一事项`, issues: [{ path: ["type"], message: "未知事项类型" }] };
  const denied = permissionRefusal(req.user, def.permission) ?? memberRefusal(db, req.user, found, req.type);
  if (denied) return { status: 403, message: denied.message };

  const prepared = prepareEventPayload(db, req.user, found, req.type, req.payload, at);
  if ("issues" in prepared) return { status: 400, message: "填写内容有误", issues: prepared.issues };
  const template = def.producesDocument ? TEMPLATES[def.producesDocument] : undefined;

  for (let attempt = 0; attempt < 5; attempt++) {
    let payload = prepared.payload;
    let rendered: { sha256: string; size: number; number: string | null; n: number | null } | undefined;
    if (template) {
      // Dry run first, so a refused event never renders or numbers anything.
      const dry = applyEvent(proc, found.snapshot as any, { type: req.type, at, actor: toActor(req.user), payload: { ...prepared.payload, number: "-", sha256: "0".repeat(64) } });
      if (dry.kind !== "applied") return refusalOutcome(dry);
      const office = officeOf(db, found.officeId);
      const year = yearOf(chinaDate(at));
      const n = template.numbering ? peekNumber(db, found.officeId, year, template.numbering.series) : null;
      const number = template.numbering && n ? docNumber(documentCode(office.docCode, template.numbering), year, n) : null;
      const files = caseDetail(db, found.id).files.map((f) => ({ name: f.name, kind: f.kind, sha256: f.sha256 }));
      // The document shows the case as the event leaves it (the decision it records), under its real number.
      const bytes = await template.build({ context: dry.context, caseNumber: found.number, caseTitle: found.title, number, at, officeName: office.name, actorName: req.user.displayName, files });
      rendered = { sha256: writeBlob(bytes), size: bytes.length, number, n };
      payload = { ...payload, number: number ?? "", sha256: rendered.sha256 };
    }
    try {
      return db.transaction(
        (tx) => {
          const s = statements(db);
          const current = s.caseById.get({ id: req.caseId })!;
          // A stale client, or (for a rendered document) a case changed since it was rendered.
          if (current.version !== req.expectedVersion || (template && current.version !== found.version)) {
            return { status: 409 as const, message: `案件已被他人更新（当前版本${current.version}，您提交的是版本${req.expectedVersion}），请刷新后重试`, currentVersion: current.version };
          }
          const result = applyEvent(proc, current.snapshot as any, { type: req.type, at, actor: toActor(req.user), payload });
          if (result.kind !== "applied") return refusalOutcome(result);
          let documentId: number | undefined;
          if (template && rendered) {
            if (template.numbering && rendered.n !== null) {
              const n = allocateNumber(tx, current.officeId, yearOf(chinaDate(at)), template.numbering.series);
              if (n !== rendered.n) throw new NumberMoved();
            }
            recordBlob(tx, rendered.sha256, rendered.size, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            documentId = tx
              .insert(documents)
              .values({ caseId: current.id, template: template.id, title: template.title, number: rendered.number, sha256: rendered.sha256, createdBy: req.user.id })
              .returning({ id: documents.id })
              .get().id;
          }
          const version = current.version + 1;
          const officeId = proc.handlingOffice?.(result.context) ?? current.officeId;
          const badge = proc.badge?.(result.context) ?? null;
          const snapshotText = JSON.stringify(result.snapshot);
          s.updateCase.run({
            id: current.id,
            officeId,
            priority: badge?.priority ?? 0,
            badge: badge ? JSON.stringify(badge) : null,
            snapshot: snapshotText,
            state: result.state,
            version,
            title: proc.title(result.context),
            updatedAt: at,
            closedAt: proc.finalStates.includes(result.state) ? at : null,
          });
          const logged = { caseId: current.id, seq: version, type: req.type, payload: JSON.stringify(result.event.payload), actorId: req.user.id, actor: JSON.stringify(result.event.actor), at };
          s.insertEvent.run({ ...logged, payload: result.event.payload, actor: result.event.actor, recordedAt: new Date().toISOString() });
          writeDerived(db, proc, { ...current, officeId }, result, loadCalendar(db), { state: current.state, context: (current.snapshot as { context: unknown }).context, officeId: current.officeId });
          appendAudit(db, {
            at,
            actorId: req.user.id,
            action: `case.event.${req.type}`,
            caseId: current.id,
            detail: { version, state: result.state, event: eventHash(logged), snapshot: textHash(snapshotText), document: rendered ? { number: rendered.number, sha256: rendered.sha256 } : undefined },
          });
          return { status: 200 as const, caseId: current.id, version, state: result.state, documentId };
        },
        { behavior: "immediate" },
      );
    } catch (e) {
      if (e instanceof NumberMoved) continue; // another request took the number: render again
      throw e;
    }
  }
  return { status: 409, message: "文书编号分配冲突，请重试", currentVersion: found.version };
}

function refusalOutcome(r: Exclude<ReturnType<typeof applyEvent>, { kind: "applied" }>): EventOutcome {
  if (r.kind === "invalid") {
    return { status: 400, message: "填写内容有误", issues: r.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })) };
  }
  return { status: 422, message: `暂不能办理，原因：${r.reasons.map((x) => x.message).join("；")}`, reasons: r.reasons };
}

export function officeOf(db: Pick<Db, "select">, officeId: number) {
  return db.select({ name: organisations.name, docCode: organisations.docCode }).from(organisations).where(eq(organisations.id, officeId)).get()!;
}
