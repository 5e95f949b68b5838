/**
 * Throttling failed sign-ins (and token requests and password checks) per account and per
 * address: 5 failures for one account since its last success, or 20 from one address, within
 * 15 minutes lock further tries until the window has passed. A success resets the account's
 * count but not the address's, so signing into one's own account between guesses does not help.
 */
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { loginAttempts } from "../../db/schema";

export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
/** Attempts older than a day no longer matter to any window; pruned on each successful sign-in. */
const KEEP_MS = 24 * 3600 * 1000;

function failures(db: Db, where: ReturnType<typeof and>) {
  return db.select({ n: sql<number>`count(*)` }).from(loginAttempts).where(and(where, eq(loginAttempts.success, false))).get()?.n ?? 0;
}

/** A Chinese message when sign-in is locked for this account or address, else null. */
export function throttleMessage(db: Db, username: string, ip: string, nowMs = Date.now()): string | null {
  const since = nowMs - WINDOW_MS;
  const lastSuccess =
    db
      .select({ at: sql<number | null>`max(${loginAttempts.atMs})` })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.username, username), eq(loginAttempts.success, true)))
      .get()?.at ?? 0;
  if (failures(db, and(eq(loginAttempts.username, username), gt(loginAttempts.atMs, Math.max(since, lastSuccess)))) >= MAX_FAILURES_PER_ACCOUNT) {
    return "该账号连续登录失败次数过多,已暂时锁定,请15分钟后再试";
  }
  if (failures(db, and(eq(loginAttempts.ip, ip), gt(loginAttempts.atMs, since))) >= MAX_FAILURES_PER_ADDRESS) {
    return "您所在地址登录失败次数过多,已暂时限制,请15分钟后再试";
  }
  return null;
}

/** Record an attempt; returns its id so a pending check can be marked a success. */
export function recordAttempt(db: Db, username: string, ip: string, success: boolean, nowMs = Date.now()): number {
  return db.insert(loginAttempts).values({ username, ip, atMs: nowMs, success }).returning({ id: loginAttempts.id }).get().id;
}

export function markSucceeded(db: Db, attemptId: number, nowMs = Date.now()) {
  db.transaction((tx) => {
    tx.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, attemptId)).run();
    tx.delete(loginAttempts).where(lt(loginAttempts.atMs, nowMs - KEEP_MS)).run();
  });
}
