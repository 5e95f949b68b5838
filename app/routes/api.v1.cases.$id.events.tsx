import type { ActionFunctionArgs } from "@remix-run/node";
import { EventRequestSchema } from "~/api/schemas";
import { methodNotAllowed, outcomeError, readJson } from "~/api/http.server";
import { requireApiUser } from "~/auth/guard.server";
import { runEvent } from "~/cases/engine.server";
import { db } from "~/db.server";

export const loader = () => methodNotAllowed("POST");

/** POST /api/v1/cases/:id/events — { type, payload, expectedVersion }: 200, 400, 403, 404, 409 or 422. */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed("POST");
  const user = await requireApiUser(request);
  const body = await readJson(request, EventRequestSchema);
  const outcome = await runEvent(db(), { user, caseId: Number(params.id), type: body.type, payload: body.payload, expectedVersion: body.expectedVersion });
  if (outcome.status !== 200) return outcomeError(outcome);
  return Response.json(outcome);
}
