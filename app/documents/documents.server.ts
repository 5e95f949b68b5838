/** Generating on-demand (unnumbered) documents, and reading documents and files through case visibility. */
import { eq } from "drizzle-orm";
import mammoth from "mammoth";
import type { Db } from "../../db/connection";
import { caseFiles, documents, storedFiles } from "../../db/schema";
import { TEMPLATES } from "../procedures";
import { appendAudit } from "../audit/audit.server";
import { hasPermission } from "../auth/permissions";
import type { SessionUser } from "../auth/users.server";
import { officeOf } from "../cases/engine.server";
import { caseDetail, findVisibleCase, seesPersonalData } from "../cases/queries.server";
import { readBlob, recordBlob, sha256Hex, writeBlob } from "../files/storage.server";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type GenerateOutcome = { status: 201; documentId: number; sha256: string } | { status: 400 | 403 | 404; message: string };

export async function generateDocument(db: Db, user: SessionUser, caseId: number, templateId: string, at = new Date().toISOString()): Promise<GenerateOutcome> {
  const row = findVisibleCase(db, user, caseId);
  if (!row || !seesPersonalData(db, user, row)) return { status: 404, message: "案件不存在或您无权查看" };
  if (!hasPermission(user.roles, "document.generate")) return { status: 403, message: "您的岗位不能生成文书" };
  const template = TEMPLATES[templateId];
  if (!template || template.procedure !== row.procedure) return { status: 400, message: "本案件没有这种文书" };
  if (!template.onDemand) return { status: 400, message: `${template.title}随程序事项生成并编号，不能单独生成` };
  if (template.available && !template.available(row.snapshot.context)) return { status: 400, message: `本案尚无可生成${template.title}的内容` };
  const office = officeOf(db, row.officeId);
  const files = caseDetail(db, row.id).files.map((f) => ({ name: f.name, kind: f.kind, sha256: f.sha256 }));
  const bytes = await template.build({ context: row.snapshot.context, caseNumber: row.number, caseTitle: row.title, number: null, at, officeName: office.name, actorName: user.displayName, files });
  const sha256 = writeBlob(bytes);
  const documentId = db.transaction((tx) => {
    recordBlob(tx, sha256, bytes.length, DOCX_MIME);
    const id = tx.insert(documents).values({ caseId, template: template.id, title: template.title, number: null, sha256, createdBy: user.id }).returning({ id: documents.id }).get().id;
    appendAudit(db, { at, actorId: user.id, action: "document.generate", caseId, detail: { template: template.id, sha256 } });
    return id;
  });
  return { status: 201, documentId, sha256 };
}

/** A document's record, only for users who may see its case in full (downloads stream its bytes: files/serve.server.ts). */
export function visibleDocument(db: Db, user: SessionUser, documentId: number) {
  const doc = Number.isInteger(documentId) ? db.select().from(documents).where(eq(documents.id, documentId)).get() : undefined;
  const row = doc ? findVisibleCase(db, user, doc.caseId) : null;
  return doc && row && seesPersonalData(db, user, row) ? doc : null;
}

/** A document's bytes, only for users who may see its case; `intact` is false if they no longer match its hash. */
export function readDocument(db: Db, user: SessionUser, documentId: number) {
  const doc = visibleDocument(db, user, documentId);
  if (!doc) return null;
  const blob = readBlob(db, doc.sha256);
  return blob ? { doc, data: blob.data, intact: sha256Hex(blob.data) === doc.sha256 } : null;
}

/** A case file's record and stored type, only for users who may see its case (bytes: files/serve.server.ts). */
export function readCaseFile(db: Db, user: SessionUser, fileId: number) {
  const file = Number.isInteger(fileId) ? db.select().from(caseFiles).where(eq(caseFiles.id, fileId)).get() : undefined;
  const row = file ? findVisibleCase(db, user, file.caseId) : null;
  if (!file || !row || !seesPersonalData(db, user, row)) return null;
  const stored = db.select().from(storedFiles).where(eq(storedFiles.sha256, file.sha256)).get();
  return stored ? { file, mime: stored.mime, size: stored.size } : null;
}

export async function previewHtml(data: Buffer): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: data });
  return result.value;
}

/** 行政处罚决定书(彭执罚决〔2026〕1号).docx */
export const documentFileName = (doc: { title: string; number: string | null }) => `${doc.title}${doc.number ? `（${doc.number}）` : ""}.docx`;

/** RFC 5987 filename for Chinese names. */
export function attachmentHeader(name: string) {
  return `attachment; filename="download"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
