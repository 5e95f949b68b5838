import type { ActionFunctionArgs } from "@remix-run/node";
import { jsonError, methodNotAllowed } from "~/api/http.server";
import { revokeToken } from "~/auth/api-tokens.server";
import { requireApiUser } from "~/auth/guard.server";

export const loader = () => methodNotAllowed("DELETE");

/** DELETE /api/v1/tokens/:id — revoke one of your own tokens. */
export async function action({ request, params }: ActionFunctionArgs) {
  if (request.method !== "DELETE") return methodNotAllowed("DELETE");
  const user = await requireApiUser(request);
  if (!revokeToken(user.id, Number(params.id))) return jsonError(404, "令牌不存在或已撤销");
  return new Response(null, { status: 204 });
}
