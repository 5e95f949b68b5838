import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { notFound, requirePermission } from "~/auth/guard.server";
import { findVisibleCase } from "~/cases/queries.server";
import { db } from "~/db.server";
import { attachUploadedFile, maxMb } from "~/files/attach.server";
import { parseUploads, removeUploads } from "~/files/upload.server";
import { UPLOAD_ERRORS, type UploadErrorCode } from "~/files/upload-errors";
import { fileKindsOf } from "~/files/file-kinds";
import { procedureModule } from "~/procedures/registry.server";

export const loader = ({ params }: { params: { id?: string } }) => redirect(`/cases/${Number(params.id) || ""}`);

/**
 * One file onto a case. A form post redirects back to the case page; the recording page's script
 * (Accept: application/json) gets the new file's id, to upload with a progress bar.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "file.upload");
  const row = findVisibleCase(db(), user, Number(params.id));
  if (!row) notFound("案件不存在或您无权查看");
  const wantsJson = (request.headers.get("Accept") ?? "").includes("application/json");
  const fail = (code: UploadErrorCode) =>
    wantsJson ? Response.json({ ok: false, code, message: UPLOAD_ERRORS[code](maxMb()) }, { status: code === "too-large" ? 413 : 400 }) : redirect(`/cases/${row.id}?fileError=${code}`);
  const parsed = await parseUploads(request);
  if ("error" in parsed) return fail(parsed.error);
  const file = parsed.files.find((f) => f.field === "file");
  removeUploads(parsed.files.filter((f) => f !== file));
  if (!file) return fail("missing");
  const kind = fileKindsOf(procedureModule(row.procedure)).find((k) => k === parsed.form.get("kind")) ?? "其他";
  const result = await attachUploadedFile(db(), user, row.id, file.name, file.path, kind);
  if (!result.ok) return fail(result.code);
  return wantsJson ? Response.json({ ok: true, fileId: result.fileId, name: result.name, sha256: result.sha256 }) : redirect(`/cases/${row.id}?uploaded=1`);
}
