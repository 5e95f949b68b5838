import type { ActionFunctionArgs } from "@remix-run/node";
import { TokenRequestSchema } from "~/api/schemas";
import { jsonError, methodNotAllowed, readJson } from "~/api/http.server";
import { issueToken } from "~/auth/api-tokens.server";
import { checkCredentials, clientIp } from "~/auth/login.server";

export const loader = () => methodNotAllowed("POST");

/** POST /api/v1/tokens — exchange a username and password for a bearer token (throttled like sign-in). */
export async function action({ request, context }: ActionFunctionArgs) {
  if (request.method !== "POST") return methodNotAllowed("POST");
  const body = await readJson(request, TokenRequestSchema);
  const result = await checkCredentials(body.username, body.password, clientIp(context));
  if (!result.ok) return jsonError(result.status, result.message);
  const { id, token, expiresAt } = issueToken(result.userId);
  return Response.json({ id, token, tokenType: "Bearer", expiresAt }, { status: 201 });
}
