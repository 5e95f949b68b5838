/** Attaching an uploaded file to a case: size limit, type from content, SHA-256, one transaction. */
import type { Db } from "../../db/connection";
import { caseFiles } from "../../db/schema";
import { appendAudit } from "../audit/audit.server";
import { config } from "../config.server";
import type { SessionUser } from "../auth/users.server";
import { ACCEPTED_TYPES_TEXT, sniffType } from "./sniff";
import { recordBlob, writeBlob } from "./storage.server";

export type AttachOutcome = { ok: true; fileId: number; sha256: string } | { ok: false; message: string };

export function attachFile(db: Db, user: SessionUser, caseId: number, name: string, data: Uint8Array, kind = "附件"): AttachOutcome {
  if (data.length === 0) return { ok: false, message: "文件为空,请重新选择" };
  if (data.length > config.maxUploadBytes) {
    return { ok: false, message: `文件过大:不能超过${Math.round(config.maxUploadBytes / 1024 / 1024)}MB` };
  }
  const type = sniffType(data);
  if (!type) return { ok: false, message: `文件类型不支持(按文件内容识别,而非文件名)。可上传:${ACCEPTED_TYPES_TEXT}` };
  const safeName = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").slice(0, 120) || `附件.${type.ext}`;
  const sha256 = writeBlob(data);
  const fileId = db.transaction(
    (tx) => {
      recordBlob(tx, sha256, data.length, type.mime);
      const id = tx.insert(caseFiles).values({ caseId, sha256, name: safeName, kind: `${kind}(${type.label})`, uploadedBy: user.id }).returning({ id: caseFiles.id }).get().id;
      appendAudit(db, { actorId: user.id, action: "case.file.upload", caseId, detail: { sha256, name: safeName, size: data.length, mime: type.mime } });
      return id;
    },
    { behavior: "immediate" },
  );
  return { ok: true, fileId, sha256 };
}
