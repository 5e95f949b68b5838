/** Attaching an uploaded file to a case: size limit, type from content, SHA-256, one transaction. */
import type { Db } from "../../db/connection";
import { caseFiles } from "../../db/schema";
import { appendAudit } from "../audit/audit.server";
import { config } from "../config.server";
import type { SessionUser } from "../auth/users.server";
import { sniffType } from "./sniff";
import { UPLOAD_ERRORS, type UploadErrorCode } from "./upload-errors";
import { recordBlob, writeBlob } from "./storage.server";
import { statements } from "../cases/statements.server";

export type AttachOutcome = { ok: true; fileId: number; sha256: string } | { ok: false; code: UploadErrorCode; message: string };

const refuse = (code: UploadErrorCode): AttachOutcome => ({ ok: false, code, message: UPLOAD_ERRORS[code](maxMb()) });
const maxMb = () => Math.round(config.maxUploadBytes / 1024 / 1024);

export function attachFile(db: Db, user: SessionUser, caseId: number, name: string, data: Uint8Array, kind = "附件"): AttachOutcome {
  if (data.length === 0) return refuse("empty");
  if (data.length > config.maxUploadBytes) return refuse("too-large");
  const type = sniffType(data);
  if (!type) return refuse("type");
  const safeName = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").slice(0, 120) || `附件.${type.ext}`;
  const sha256 = writeBlob(data);
  const fileId = db.transaction(
    (tx) => {
      // Checked inside the transaction: a case archived meanwhile takes no more evidence.
      if (statements(db).caseById.get({ id: caseId })?.closedAt) return null;
      recordBlob(tx, sha256, data.length, type.mime);
      const id = tx.insert(caseFiles).values({ caseId, sha256, name: safeName, kind: `${kind}(${type.label})`, uploadedBy: user.id }).returning({ id: caseFiles.id }).get().id;
      appendAudit(db, { actorId: user.id, action: "case.file.upload", caseId, detail: { sha256, name: safeName, size: data.length, mime: type.mime } });
      return id;
    },
    { behavior: "immediate" },
  );
  if (fileId === null) return refuse("closed");
  return { ok: true, fileId, sha256 };
}
