/** Checking a username and password, with throttling; shared by /login, the API and password change. */
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "../../db/schema";
import { db } from "../db.server";
import { appendAudit } from "../audit/audit.server";
import { hashPassword, verifyPassword } from "./password.server";
import { beginAttempt, markSucceeded } from "./throttle.server";

export const CredentialsSchema = z.object({
  username: z.string({ error: "请输入用户名" }).trim().min(1, "请输入用户名").max(64, "用户名过长"),
  password: z.string({ error: "请输入密码" }).min(1, "请输入密码").max(128, "密码过长"),
});

export type LoginResult = { ok: true; userId: number } | { ok: false; status: 401 | 429; message: string };

// Unknown and inactive accounts are verified against this, so timing does not reveal which exist.
let dummyHash: Promise<string> | undefined;

/**
 * The attempt is recorded as a failure before the (slow) password check and marked a success
 * after, so requests sent in parallel count against the limits as they arrive.
 */
export async function verifyCredentials(username: string, password: string, ip: string): Promise<LoginResult> {
  const attempt = beginAttempt(db(), username, ip);
  if ("refused" in attempt) return { ok: false, status: 429, message: attempt.refused };
  const { attemptId } = attempt;
  const user = db().select().from(users).where(eq(users.username, username)).get();
  dummyHash ??= hashPassword("not-a-real-password-0");
  const matches = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
  if (!user || !user.active || !matches) return { ok: false, status: 401, message: "用户名或密码错误，或账号已停用" };
  markSucceeded(db(), attemptId);
  return { ok: true, userId: user.id };
}

export async function checkCredentials(username: string, password: string, ip: string): Promise<LoginResult> {
  const result = await verifyCredentials(username, password, ip);
  if (result.ok) db().transaction(() => appendAudit(db(), { actorId: result.userId, action: "auth.login", detail: { ip } }));
  return result;
}

export function clientIp(context: unknown): string {
  return (context as { clientIp?: string } | undefined)?.clientIp ?? "unknown";
}
