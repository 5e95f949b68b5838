import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData, MaxPartSizeExceededError } from "@remix-run/node";
import { notFound, requirePermission } from "~/auth/guard.server";
import { findVisibleCase } from "~/cases/queries.server";
import { config } from "~/config.server";
import { db } from "~/db.server";
import { attachFile } from "~/files/attach.server";
import { FILE_KINDS } from "../../templates/mediation/case-file";

export const loader = ({ params }: { params: { id?: string } }) => redirect(`/cases/${Number(params.id) || ""}`);

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "file.upload");
  const row = findVisibleCase(db(), user, Number(params.id));
  if (!row) notFound("案件不存在或您无权查看");
  const back = (q: string) => redirect(`/cases/${row.id}?${q}`);
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: config.maxUploadBytes }));
  } catch (e) {
    if (e instanceof MaxPartSizeExceededError) return back("fileError=too-large");
    throw e;
  }
  const file = form.get("file");
  if (!(file instanceof File)) return back("fileError=missing");
  const kind = FILE_KINDS.find((k) => k === form.get("kind")) ?? "其他";
  const result = attachFile(db(), user, row.id, file.name, new Uint8Array(await file.arrayBuffer()), kind);
  return result.ok ? back("uploaded=1") : back(`fileError=${result.code}`);
}
