/** Bearer tokens for the JSON API: random, shown once, stored as SHA-256, revocable. */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { apiTokens } from "../../db/schema";
import { db } from "../db.server";
import { loadUser, type SessionUser } from "./users.server";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function issueToken(userId: number): { id: number; token: string } {
  const token = `sfs_${randomBytes(32).toString("base64url")}`;
  const row = db().insert(apiTokens).values({ userId, tokenHash: hashToken(token) }).returning({ id: apiTokens.id }).get();
  return { id: row.id, token };
}

export function userForToken(token: string): (SessionUser & { tokenId: number }) | null {
  const row = db()
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .get();
  if (!row) return null;
  const user = loadUser(db(), row.userId);
  return user ? { ...user, tokenId: row.id } : null;
}

/** Revoke a token; only its owner may. Returns false when there is no such token of theirs. */
export function revokeToken(userId: number, tokenId: number): boolean {
  const r = db()
    .update(apiTokens)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .run();
  return r.changes > 0;
}
