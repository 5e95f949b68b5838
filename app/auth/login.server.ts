/** Checking a username and password, with throttling; shared by /login and POST /api/v1/tokens. */
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "../../db/schema";
import { db } from "../db.server";
import { appendAudit } from "../audit/audit.server";
import { verifyPassword } from "./password.server";
import { recordAttempt, throttleMessage } from "./throttle.server";

export const CredentialsSchema = z.object({
  username: z.string({ error: "请输入用户名" }).trim().min(1, "请输入用户名").max(64, "用户名过长"),
  password: z.string({ error: "请输入密码" }).min(1, "请输入密码").max(128, "密码过长"),
});

export type LoginResult = { ok: true; userId: number } | { ok: false; status: 401 | 429; message: string };

export async function checkCredentials(username: string, password: string, ip: string): Promise<LoginResult> {
  const locked = throttleMessage(db(), username, ip);
  if (locked) return { ok: false, status: 429, message: locked };
  const user = db().select().from(users).where(eq(users.username, username)).get();
  const ok = !!user && user.active && (await verifyPassword(password, user.passwordHash));
  recordAttempt(db(), username, ip, ok);
  if (!ok || !user) return { ok: false, status: 401, message: "用户名或密码错误,或账号已停用" };
  db().transaction(() => appendAudit(db(), { actorId: user.id, action: "auth.login", detail: { ip } }));
  return { ok: true, userId: user.id };
}

export function clientIp(context: unknown): string {
  return (context as { clientIp?: string } | undefined)?.clientIp ?? "unknown";
}
