/**
 * Attaching an uploaded file to a case: size limit, type from content, SHA-256, one transaction.
 * Large uploads (a video of an on-site act) arrive on disk and are hashed and moved as a stream.
 */
import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, openSync, readSync, closeSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import type { Db } from "../../db/connection";
import { caseFiles } from "../../db/schema";
import { appendAudit } from "../audit/audit.server";
import { config } from "../config.server";
import type { SessionUser } from "../auth/users.server";
import { nameWithTypeExtension, sniffType, type SniffedType } from "./sniff";
import { UPLOAD_ERRORS, type UploadErrorCode } from "./upload-errors";
import { blobPath, recordBlob, writeBlob } from "./storage.server";
import { statements } from "../cases/statements.server";

export type AttachOutcome = { ok: true; fileId: number; sha256: string; name: string } | { ok: false; code: UploadErrorCode; message: string };

const refuse = (code: UploadErrorCode): AttachOutcome => ({ ok: false, code, message: UPLOAD_ERRORS[code](maxMb()) });
export const maxMb = () => Math.round(config.maxUploadBytes / 1024 / 1024);
const safeName = (name: string, type: SniffedType) => nameWithTypeExtension(name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").slice(0, 120) || "附件", type.mime);

/** Checks before anything is written: empty, too large, or a type we do not accept. */
export function uploadProblem(size: number, head: Uint8Array): UploadErrorCode | null {
  if (size === 0) return "empty";
  if (size > config.maxUploadBytes) return "too-large";
  return sniffType(head) ? null : "type";
}

function link(db: Db, user: SessionUser, caseId: number, name: string, sha256: string, size: number, type: SniffedType, kind: string): AttachOutcome {
  const fileId = db.transaction(
    (tx) => {
      // Checked inside the transaction: a case archived meanwhile takes no more evidence.
      if (statements(db).caseById.get({ id: caseId })?.closedAt) return null;
      recordBlob(tx, sha256, size, type.mime);
      const id = tx.insert(caseFiles).values({ caseId, sha256, name, kind: `${kind}（${type.label}）`, uploadedBy: user.id }).returning({ id: caseFiles.id }).get().id;
      appendAudit(db, { actorId: user.id, action: "case.file.upload", caseId, detail: { sha256, name, size, mime: type.mime } });
      return id;
    },
    { behavior: "immediate" },
  );
  return fileId === null ? refuse("closed") : { ok: true, fileId, sha256, name };
}

export function attachFile(db: Db, user: SessionUser, caseId: number, name: string, data: Uint8Array, kind = "附件"): AttachOutcome {
  const problem = uploadProblem(data.length, data.subarray(0, 4096));
  if (problem) return refuse(problem);
  const type = sniffType(data)!;
  return link(db, user, caseId, safeName(name, type), writeBlob(data), data.length, type, kind);
}

export function fileHead(path: string): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const buf = new Uint8Array(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** An upload already on disk (under DATA_DIR): hashed as a stream and moved into the blob store. */
export async function attachUploadedFile(db: Db, user: SessionUser, caseId: number, name: string, path: string, kind = "附件"): Promise<AttachOutcome> {
  try {
    const size = statSync(path).size;
    const head = fileHead(path);
    const problem = uploadProblem(size, head);
    if (problem) return refuse(problem);
    const type = sniffType(head)!;
    // Refused before the file is moved into the store, so nothing unlinked is left there.
    if (statements(db).caseById.get({ id: caseId })?.closedAt) return refuse("closed");
    const hash = createHash("sha256");
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    const sha256 = hash.digest("hex");
    const target = blobPath(sha256);
    if (!existsSync(target)) {
      mkdirSync(dirname(target), { recursive: true });
      renameSync(path, target);
    }
    return link(db, user, caseId, safeName(name, type), sha256, size, type, kind);
  } finally {
    rmSync(path, { force: true });
  }
}
