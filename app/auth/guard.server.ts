/**
 * Guards for loaders and actions: they throw a Response, so route code stays linear.
 * requireUser → signed in; requirePermission → holds the permission; API variants answer JSON.
 */
import { redirect } from "@remix-run/node";
import { hasPermission, type Permission } from "./permissions";
import { getSessionUser } from "./session.server";
import { userForToken } from "./api-tokens.server";
import type { SessionUser } from "./users.server";

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return user;
}

export function forbidden(message = "您没有权限访问此页面"): never {
  throw new Response(message, { status: 403, statusText: "Forbidden" });
}

export function notFound(message = "未找到该页面或记录"): never {
  throw new Response(message, { status: 404, statusText: "Not Found" });
}

export async function requirePermission(request: Request, permission: Permission): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!hasPermission(user.roles, permission)) forbidden();
  return user;
}

export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}) {
  return Response.json({ error: { status, message, ...extra } }, { status });
}

/**
 * The browser session reaches the API only from this site's own pages: never from another site
 * (Sec-Fetch-Site / Origin), and a write only as application/json, which a cross-site form cannot
 * send. Other clients use bearer tokens.
 */
const hostOf = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};

export function cookieApiRefusal(request: Request): string | null {
  const site = request.headers.get("Sec-Fetch-Site");
  const origin = request.headers.get("Origin");
  const own = new URL(request.url);
  if (site && site !== "same-origin" && site !== "none") return "使用登录会话调用接口须来自本站页面；其他系统请使用令牌（Authorization: Bearer）";
  if (origin && hostOf(origin) !== own.host) return "使用登录会话调用接口须来自本站页面；其他系统请使用令牌（Authorization: Bearer）";
  if (!["GET", "HEAD", "OPTIONS"].includes(request.method.toUpperCase())) {
    if (!(request.headers.get("Content-Type") ?? "").toLowerCase().startsWith("application/json")) return "使用登录会话提交接口请求时，Content-Type 须为 application/json";
    if (!origin && site !== "same-origin") return "使用登录会话提交接口请求须为同源请求（缺少 Origin）；其他系统请使用令牌";
  }
  return null;
}

/** API: a bearer token, or the browser session from this site. Throws a JSON 401 or 403. */
export async function requireApiUser(request: Request): Promise<SessionUser> {
  const auth = request.headers.get("Authorization");
  if (auth?.startsWith("Bearer ")) {
    const user = userForToken(auth.slice(7).trim());
    if (user) return user;
    throw jsonError(401, "令牌无效或已撤销");
  }
  const refused = cookieApiRefusal(request);
  if (refused && request.headers.get("Cookie")) throw jsonError(403, refused);
  const user = await getSessionUser(request);
  if (!user) throw jsonError(401, "请先获取令牌（POST /api/v1/tokens）或登录");
  return user;
}

export async function requireApiPermission(request: Request, permission: Permission): Promise<SessionUser> {
  const user = await requireApiUser(request);
  if (!hasPermission(user.roles, permission)) throw jsonError(403, "您没有权限执行此操作");
  return user;
}
