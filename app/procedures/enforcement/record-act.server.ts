/**
 * Recording an enforcement act from the phone page: the files sent with the form are checked all
 * together before any is stored (one bad file records nothing), then stored, then the act is
 * recorded with them and any earlier uploads through the engine.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { userRoles, users } from "../../../db/schema";
import { chinaDate } from "../../../workflows/calendar/calendar";
import { officeScope, type SessionUser } from "../../auth/users.server";
import { attachUploadedFile, fileHead, maxMb, uploadProblem } from "../../files/attach.server";
import { parseUploads, removeUploads } from "../../files/upload.server";
import { UPLOAD_ERRORS } from "../../files/upload-errors";
import { fieldErrors, formToObject } from "../../forms";
import { statSync } from "node:fs";
import { applyEvent } from "../../../workflows/engine/run";
import { getProcedure } from "..";
import { toActor, usersWithRole } from "../../auth/users.server";
import { sniffType } from "../../files/sniff";
import { permissionRefusal, runEvent } from "../../cases/engine.server";
import { prepareEventPayload } from "../../cases/prepare.server";
import type { CaseRow } from "../../cases/queries.server";

/** The heads (负责人) who may approve a 先行登记保存. */
export function leadersOf(db: Db, officeId: number) {
  return usersWithRole(db, officeScope(db, { organisationId: officeId }), "street_leader").map((u) => ({ id: u.id, name: u.name }));
}

/** The act as the engine would judge it now, with the new uploads as placeholders; null when it would apply. */
function tryAct(db: Db, user: SessionUser, row: CaseRow, payload: Record<string, unknown>, uploads: { sha256: string; name: string; mime: string }[]): Omit<Failure, "values"> | null {
  const proc = getProcedure(row.procedure)!;
  const denied = permissionRefusal(user, proc.events.RECORD_ACT.permission);
  if (denied) return { ok: false, message: denied.message, errors: {}, reasons: [denied] };
  const prepared = prepareEventPayload(db, user, row, "RECORD_ACT", payload);
  if ("issues" in prepared) return { ok: false, message: "填写内容有误", errors: fieldErrors(prepared.issues), reasons: [] };
  const files = [...((prepared.payload.files as unknown[]) ?? []), ...uploads];
  const r = applyEvent(proc, row.snapshot as any, { type: "RECORD_ACT", at: new Date().toISOString(), actor: toActor(user), payload: { ...prepared.payload, files } });
  if (r.kind === "applied") return null;
  if (r.kind === "invalid") return { ok: false, message: "填写内容有误", errors: fieldErrors(r.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message }))), reasons: [] };
  return { ok: false, message: `暂不能办理，原因：${r.reasons.map((x) => x.message).join("；")}`, errors: {}, reasons: r.reasons };
}

export function activeOfficers(db: Db, officeId: number, today = chinaDate(new Date())) {
  return db
    .select({ id: users.id, name: users.displayName, certNo: users.officerCertNo, validUntil: users.officerCertValidUntil })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, "enforcement_officer"), eq(users.active, true), inArray(users.organisationId, officeScope(db, { organisationId: officeId }))))
    .all()
    .map((o) => ({ id: o.id, name: o.name, certNo: o.certNo, validUntil: o.validUntil, valid: !!o.validUntil && o.validUntil >= today }));
}

type Failure = { ok: false; message: string; errors: Record<string, string>; reasons: { guard: string; message: string; basis: string }[]; values: Record<string, string> };

export async function recordActFromForm(db: Db, user: SessionUser, row: CaseRow, request: Request): Promise<{ ok: true } | Failure> {
  const fail = (message: string, extra: Partial<Failure> = {}): Failure => ({ ok: false, message, errors: {}, reasons: [], values: {}, ...extra });
  const parsed = await parseUploads(request);
  if ("error" in parsed) return fail(UPLOAD_ERRORS[parsed.error](maxMb()), { errors: { files: UPLOAD_ERRORS[parsed.error](maxMb()) } });
  const { form } = parsed;
  const files = parsed.files.filter((f) => f.field === "upload");
  removeUploads(parsed.files.filter((f) => f.field !== "upload"));
  const values = formToObject(form);
  const bad = files.map((f) => ({ f, problem: uploadProblem(statSync(f.path).size, fileHead(f.path)) })).find((x) => x.problem);
  if (bad) {
    removeUploads(files);
    const message = `${bad.f.name}：${UPLOAD_ERRORS[bad.problem!](maxMb())}。本次记录未保存，请重新选择文件。`;
    return fail(message, { errors: { files: message }, values });
  }
  // The act is tried first with the new files standing in by their type: a refused act stores nothing.
  const base = {
    ...values,
    officers: form.getAll("officers").map(String),
    files: form.getAll("files").map(String),
    inCaseRoom: form.get("inCaseRoom") === "yes" ? "yes" : "no",
  };
  const trial = tryAct(db, user, row, base, files.map((f) => ({ sha256: "0".repeat(64), name: f.name, mime: sniffType(fileHead(f.path))!.mime })));
  if (trial) {
    removeUploads(files);
    // A browser cannot keep chosen files across a refusal: say so, and what to choose again.
    const again = files.length ? `所选的${files.length}个文件（${files.map((f) => f.name).join("、").slice(0, 100)}）未上传，改正后请重新选择。` : "";
    return { ...trial, message: `${trial.message}${again ? `。${again}` : ""}`, values };
  }
  const stored: number[] = [];
  for (const f of files) {
    const r = await attachUploadedFile(db, user, row.id, f.name, f.path, "证据材料");
    if (!r.ok) {
      removeUploads(files);
      return fail(r.message, { values });
    }
    stored.push(r.fileId);
  }
  const payload = { ...base, files: [...base.files, ...stored.map(String)] };
  const outcome = await runEvent(db, { user, caseId: row.id, type: "RECORD_ACT", payload, expectedVersion: Number(values.version) || 0 });
  // Only a race (the case changed between the trial and now) gets here with files stored.
  const kept = stored.length ? `（本次上传的${stored.length}个文件已保存为本案附件，可重新选择）` : "";
  switch (outcome.status) {
    case 200:
      return { ok: true };
    case 400:
      return fail(`${outcome.message}${kept}`, { errors: fieldErrors(outcome.issues), values });
    case 422:
      return fail(`${outcome.message}${kept}`, { reasons: outcome.reasons, values });
    case 409:
      return fail(outcome.message, { values });
    default:
      throw new Response(outcome.message, { status: outcome.status });
  }
}
