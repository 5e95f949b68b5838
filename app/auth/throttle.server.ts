/**
 * Throttling failed sign-ins (and token requests) per account and per address, so passwords
 * cannot be guessed: 5 failures for one account or 20 from one address within 15 minutes lock
 * further tries until the window has passed.
 */
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { loginAttempts } from "../../db/schema";

export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

function failuresSince(db: Db, column: "username" | "ip", value: string, sinceMs: number): number {
  const col = column === "username" ? loginAttempts.username : loginAttempts.ip;
  // Failures after the last success for this key, within the window.
  const lastSuccess = db
    .select({ at: sql<number>`max(${loginAttempts.atMs})` })
    .from(loginAttempts)
    .where(and(eq(col, value), eq(loginAttempts.success, true)))
    .get()?.at;
  const from = Math.max(sinceMs, lastSuccess ?? 0);
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(loginAttempts)
      .where(and(eq(col, value), eq(loginAttempts.success, false), gt(loginAttempts.atMs, from)))
      .get()?.n ?? 0
  );
}

/** A Chinese message when sign-in is locked for this account or address, else null. */
export function throttleMessage(db: Db, username: string, ip: string, nowMs = Date.now()): string | null {
  const since = nowMs - WINDOW_MS;
  if (failuresSince(db, "username", username, since) >= MAX_FAILURES_PER_ACCOUNT) {
    return "该账号连续登录失败次数过多,已暂时锁定,请15分钟后再试";
  }
  if (failuresSince(db, "ip", ip, since) >= MAX_FAILURES_PER_ADDRESS) {
    return "您所在地址登录失败次数过多,已暂时限制,请15分钟后再试";
  }
  return null;
}

/** Attempts older than a day no longer matter to any window; pruned on each successful sign-in. */
const KEEP_MS = 24 * 3600 * 1000;

export function recordAttempt(db: Db, username: string, ip: string, success: boolean, nowMs = Date.now()) {
  db.transaction((tx) => {
    tx.insert(loginAttempts).values({ username, ip, atMs: nowMs, success }).run();
    if (success) tx.delete(loginAttempts).where(lt(loginAttempts.atMs, nowMs - KEEP_MS)).run();
  });
}
