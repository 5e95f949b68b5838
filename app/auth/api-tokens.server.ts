/**
 * Bearer tokens for the JSON API: random, shown once, stored as SHA-256, valid for 90 days,
 * revocable by their owner, and revoked with every other credential when the password changes or
 * the account is deactivated. Issue and revocation are audited.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { apiTokens } from "../../db/schema";
import { appendAudit } from "../audit/audit.server";
import { db } from "../db.server";
import { loadUser, type SessionUser } from "./users.server";

export const TOKEN_DAYS = 90;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const oldestValid = () => new Date(Date.now() - TOKEN_DAYS * 86400 * 1000).toISOString();

export function issueToken(userId: number): { id: number; token: string; expiresAt: string } {
  const token = `sfs_${randomBytes(32).toString("base64url")}`;
  const id = db().transaction(() => {
    const row = db().insert(apiTokens).values({ userId, tokenHash: hashToken(token), createdAt: new Date().toISOString() }).returning({ id: apiTokens.id }).get();
    appendAudit(db(), { actorId: userId, action: "auth.token.issue", detail: { tokenId: row.id } });
    return row.id;
  });
  return { id, token, expiresAt: new Date(Date.now() + TOKEN_DAYS * 86400 * 1000).toISOString() };
}

export function userForToken(token: string): (SessionUser & { tokenId: number }) | null {
  const row = db()
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt), gt(apiTokens.createdAt, oldestValid())))
    .get();
  if (!row) return null;
  const user = loadUser(db(), row.userId);
  return user ? { ...user, tokenId: row.id } : null;
}

/** Revoke a token; only its owner may. Returns false when there is no such token of theirs. */
export function revokeToken(userId: number, tokenId: number): boolean {
  return db().transaction(() => {
    const r = db()
      .update(apiTokens)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .run();
    if (r.changes > 0) appendAudit(db(), { actorId: userId, action: "auth.token.revoke", detail: { tokenId } });
    return r.changes > 0;
  });
}

/** Revoke every token of a user (password change or reset, deactivation). */
export function revokeAllTokens(userId: number) {
  db().update(apiTokens).set({ revokedAt: new Date().toISOString() }).where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt))).run();
}
