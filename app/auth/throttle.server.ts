/**
 * Slowing down password guessing without letting anyone lock a person out (docs/decisions/0010).
 *
 * - Per account and address: the first FREE_TRIES failures since the last success cost nothing; each
 *   further one doubles the wait before the next try (1 s, 2 s, 4 s … up to 15 minutes). A try
 *   during the wait is refused unchecked and not counted, so waiting it out and giving the right
 *   password signs in: no captcha, no administrator.
 * - Per account from every address: the same doubling after ACCOUNT_FREE_TRIES failures, capped at
 *   ACCOUNT_MAX_DELAY_MS, so guesses spread over many addresses are slowed. It does not apply at an
 *   address the account has signed in from (kept 30 days), so strangers guessing elsewhere cannot
 *   keep the owner out; at a new address they wait a minute at most.
 * - Per address, over all accounts: MAX_FAILURES_PER_ADDRESS failures in 15 minutes, high enough
 *   that an office behind one NAT address is never stopped by a few mistyped passwords.
 * The check and the attempt's record are one transaction, so guesses sent at once count in turn.
 */
import { and, desc, eq, gt, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { loginAttempts } from "../../db/schema";

export const WINDOW_MS = 15 * 60 * 1000;
export const FREE_TRIES = 3;
export const BASE_DELAY_MS = 1000;
export const MAX_DELAY_MS = WINDOW_MS;
export const ACCOUNT_FREE_TRIES = 10;
export const ACCOUNT_MAX_DELAY_MS = 60 * 1000;
export const MAX_FAILURES_PER_ADDRESS = 200;
/** Failures older than a day no longer matter to any rule; successes (known addresses) are kept 30 days. */
const KEEP_MS = 24 * 3600 * 1000;
const KEEP_SUCCESS_MS = 30 * KEEP_MS;

/** The wait after `failures` failures: none for the free tries, then doubling up to the cap. */
export function delayAfter(failures: number, free: number, cap: number): number {
  if (failures < free) return 0;
  return Math.min(cap, BASE_DELAY_MS * 2 ** Math.min(30, failures - free));
}

/** Failures since the last success matching `where`, and when the latest was. */
function failuresSinceSuccess(db: Db, where: ReturnType<typeof and>, since: number) {
  const lastSuccess = db.select({ at: loginAttempts.atMs }).from(loginAttempts).where(and(where, eq(loginAttempts.success, true))).orderBy(desc(loginAttempts.atMs)).limit(1).get()?.at ?? 0;
  const row = db
    .select({ n: sql<number>`count(*)`, last: sql<number | null>`max(${loginAttempts.atMs})` })
    .from(loginAttempts)
    .where(and(where, eq(loginAttempts.success, false), gt(loginAttempts.atMs, Math.max(since, lastSuccess))))
    .get();
  return { n: row?.n ?? 0, last: row?.last ?? 0 };
}

const waitText = (ms: number) => (ms >= 60_000 ? `${Math.ceil(ms / 60_000)}分钟` : `${Math.ceil(ms / 1000)}秒`);

/** A Chinese message when this try must wait, else null. */
export function throttleMessage(db: Db, username: string, ip: string, nowMs = Date.now()): string | null {
  const day = nowMs - KEEP_MS;
  const pair = failuresSinceSuccess(db, and(eq(loginAttempts.username, username), eq(loginAttempts.ip, ip)), day);
  const pairWait = pair.last + delayAfter(pair.n, FREE_TRIES, MAX_DELAY_MS) - nowMs;
  if (pair.n >= FREE_TRIES && pairWait > 0) return `该账号登录失败次数较多，请${waitText(pairWait)}后再试（输入正确密码即可登录）`;
  // An address this account has signed in from before is the owner's: strangers' guesses elsewhere do not slow it.
  const knownAddress = db.select({ id: loginAttempts.id }).from(loginAttempts).where(and(eq(loginAttempts.username, username), eq(loginAttempts.ip, ip), eq(loginAttempts.success, true))).limit(1).get();
  if (!knownAddress) {
    const account = failuresSinceSuccess(db, eq(loginAttempts.username, username), day);
    const accountWait = account.last + delayAfter(account.n, ACCOUNT_FREE_TRIES, ACCOUNT_MAX_DELAY_MS) - nowMs;
    if (account.n >= ACCOUNT_FREE_TRIES && accountWait > 0) return `该账号近期登录失败次数较多，请${waitText(accountWait)}后再试`;
  }
  const address = db
    .select({ n: sql<number>`count(*)` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.atMs, nowMs - WINDOW_MS)))
    .get()?.n ?? 0;
  if (address >= MAX_FAILURES_PER_ADDRESS) return "您所在地址登录失败次数过多，已暂时限制，请15分钟后再试";
  return null;
}

/** Record an attempt; returns its id so a pending check can be marked a success. */
export function recordAttempt(db: Db, username: string, ip: string, success: boolean, nowMs = Date.now()): number {
  return db.insert(loginAttempts).values({ username, ip, atMs: nowMs, success }).returning({ id: loginAttempts.id }).get().id;
}

/**
 * Check and, when allowed, record the try as a failure to be marked a success once the password
 * matches — in one transaction, so parallel guesses see each other.
 */
export function beginAttempt(db: Db, username: string, ip: string, nowMs = Date.now()): { refused: string } | { attemptId: number } {
  return db.transaction(
    () => {
      const refused = throttleMessage(db, username, ip, nowMs);
      return refused ? { refused } : { attemptId: recordAttempt(db, username, ip, false, nowMs) };
    },
    { behavior: "immediate" },
  );
}

export function markSucceeded(db: Db, attemptId: number, nowMs = Date.now()) {
  db.transaction((tx) => {
    tx.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, attemptId)).run();
    tx.delete(loginAttempts).where(and(eq(loginAttempts.success, false), lt(loginAttempts.atMs, nowMs - KEEP_MS))).run();
    tx.delete(loginAttempts).where(lt(loginAttempts.atMs, nowMs - KEEP_SUCCESS_MS)).run();
  });
}
