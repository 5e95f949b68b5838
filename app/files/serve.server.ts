/**
 * Serving a stored file or document only while its bytes are still the ones recorded. The hash is
 * checked before the first byte is sent (a file changed on disk is refused with a Chinese error and
 * an audit entry) and again while streaming, so a change during the download ends it with an error
 * rather than a complete, wrong file. Files are never read whole into memory.
 */
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import type { Db } from "../../db/connection";
import { appendAudit } from "../audit/audit.server";
import { blobPath } from "./storage.server";

export const TAMPERED_MESSAGE = "文件完整性校验未通过：存储的内容与登记的SHA-256不一致，已拒绝下载并记入审计日志，请联系系统管理员";

async function hashOf(path: string): Promise<string> {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest("hex");
}

const CHUNK = 256 * 1024;

/**
 * The blob as a web stream read chunk by chunk as the response is consumed; the file is opened on
 * the first read and closed at the end or when the client leaves. If the bytes hash differently
 * at the end, the stream errors (the client gets a broken download, not a complete wrong file).
 */
function verifyingStream(path: string, sha256: string, onMismatch: () => void): ReadableStream<Uint8Array> {
  const h = createHash("sha256");
  let file: FileHandle | undefined;
  const close = () => file?.close().catch(() => {});
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const buf = Buffer.allocUnsafe(CHUNK);
      let bytesRead: number;
      try {
        file ??= await open(path, "r");
        ({ bytesRead } = await file.read(buf, 0, CHUNK, null));
      } catch (e) {
        await close();
        throw e;
      }
      if (bytesRead > 0) {
        const chunk = buf.subarray(0, bytesRead);
        h.update(chunk);
        controller.enqueue(new Uint8Array(chunk));
        return;
      }
      await close();
      if (h.digest("hex") !== sha256) {
        onMismatch();
        controller.error(new Error(`文件 ${sha256} 在下载过程中被改动`));
      } else controller.close();
    },
    cancel: close,
  });
}

export interface BlobResponseInit {
  readonly sha256: string;
  readonly mime: string;
  readonly disposition: string;
  readonly actorId: number;
  readonly caseId: number;
  readonly json?: boolean;
  /** HEAD gets the headers only: nothing is opened or hashed. */
  readonly method?: string;
}

/** The audit entry of a refused download. */
export function refuseTampered(db: Db, actorId: number, caseId: number, sha256: string) {
  db.transaction(() => appendAudit(db, { actorId, action: "file.integrity.refused", caseId, detail: { sha256, missing: !existsSync(blobPath(sha256)) } }));
}

export async function verifiedBlobResponse(db: Db, init: BlobResponseInit): Promise<Response> {
  const path = blobPath(init.sha256);
  const headers = { "Content-Type": init.mime, "Content-Disposition": init.disposition, "X-Content-SHA256": init.sha256, "Cache-Control": "private, no-store" };
  if (init.method?.toUpperCase() === "HEAD") return new Response(null, { headers });
  if (!existsSync(path) || (await hashOf(path)) !== init.sha256) {
    refuseTampered(db, init.actorId, init.caseId, init.sha256);
    const headers = { "Cache-Control": "no-store" };
    return init.json
      ? Response.json({ error: { status: 409, message: TAMPERED_MESSAGE } }, { status: 409, headers })
      : new Response(TAMPERED_MESSAGE, { status: 409, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(verifyingStream(path, init.sha256, () => refuseTampered(db, init.actorId, init.caseId, init.sha256)), { headers });
}
