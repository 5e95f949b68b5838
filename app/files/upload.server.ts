/**
 * Reading a multipart request: text fields in memory, files streamed to DATA_DIR/uploads under
 * random names (never the client's), so a phone's video is never held in memory. The caller
 * attaches or removes every file it gets back; on any error they are all removed here.
 */
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import {
  MaxPartSizeExceededError,
  NodeOnDiskFile,
  unstable_composeUploadHandlers,
  unstable_createFileUploadHandler,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { config } from "../config.server";
import type { UploadErrorCode } from "./upload-errors";

export interface UploadedFile {
  readonly field: string;
  readonly name: string;
  readonly path: string;
}

export async function parseUploads(request: Request): Promise<{ form: FormData; files: UploadedFile[] } | { error: UploadErrorCode }> {
  const names = new Map<string, string>();
  const onDisk = unstable_createFileUploadHandler({
    directory: config.uploadsDir,
    maxPartSize: config.maxUploadBytes,
    avoidFileConflicts: false,
    file: ({ filename }) => {
      const id = randomUUID();
      names.set(id, filename);
      return id;
    },
  });
  try {
    const form = await unstable_parseMultipartFormData(request, unstable_composeUploadHandlers(onDisk, unstable_createMemoryUploadHandler({ maxPartSize: 1024 * 1024 })));
    const files: UploadedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (value instanceof NodeOnDiskFile) {
        const path = value.getFilePath();
        files.push({ field, path, name: names.get(path.split(/[\\/]/).pop()!) ?? "附件" });
      }
    }
    return { form, files };
  } catch (e) {
    for (const id of names.keys()) rmSync(`${config.uploadsDir}/${id}`, { force: true });
    if (e instanceof MaxPartSizeExceededError) return { error: "too-large" };
    throw e;
  }
}

export const removeUploads = (files: readonly UploadedFile[]) => files.forEach((f) => rmSync(f.path, { force: true }));
