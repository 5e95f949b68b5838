/** JSON helpers for /api/v1: bounded body parsing and errors in one shape ({ error: { status, message, … } }). */
import type { z } from "zod";
import { jsonError } from "../auth/guard.server";

const MAX_JSON_BYTES = 1024 * 1024;

export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) throw jsonError(413, "请求体过大（上限1MB）");
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    throw jsonError(400, "请求体须为合法的JSON");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw jsonError(400, "请求内容有误", { issues: parsed.error.issues.map((i) => ({ path: i.path, message: i.message })) });
  }
  return parsed.data;
}

export function methodNotAllowed(allowed: string) {
  return new Response(JSON.stringify({ error: { status: 405, message: `仅支持 ${allowed}` } }), {
    status: 405,
    headers: { Allow: allowed, "Content-Type": "application/json; charset=utf-8" },
  });
}

/** Map an engine/creation outcome with a non-2xx status to the JSON error. */
export function outcomeError(o: { status: number; message: string } & Record<string, unknown>) {
  const { status, message, ...rest } = o;
  return jsonError(status, message, rest);
}

export { jsonError };
