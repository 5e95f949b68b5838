/** A stored document a signed-in reader may open, its bytes checked against its SHA-256 first. */
import { notFound, requireUser } from "../auth/guard.server";
import { db } from "../db.server";
import { refuseTampered, TAMPERED_MESSAGE } from "../files/serve.server";
import { readDocument } from "./documents.server";

/** 404 for a document the reader may not see; 409 (audited) for one whose bytes changed. */
export async function intactDocument(request: Request, id: string | undefined) {
  const user = await requireUser(request);
  const found = readDocument(db(), user, Number(id));
  if (!found) notFound("文书不存在或您无权查看");
  if (!found.intact) {
    refuseTampered(db(), user.id, found.doc.caseId, found.doc.sha256);
    throw new Response(TAMPERED_MESSAGE, { status: 409 });
  }
  return found;
}
