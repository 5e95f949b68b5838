/**
 * Cookie sessions backed by the sessions table: the cookie holds a random token (signed), the
 * table holds its SHA-256, so logout and password changes end sessions on the server.
 */
import { createCookie, redirect } from "@remix-run/node";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { and, eq, gt, lt, ne } from "drizzle-orm";
import { sessions } from "../../db/schema";
import { config } from "../config.server";
import { db } from "../db.server";
import { loadUser, type SessionUser } from "./users.server";
import { revokeAllTokens } from "./api-tokens.server";

const SESSION_HOURS = 12;

/** SESSION_SECRET, or one generated once and kept in DATA_DIR. */
export function sessionSecret(): string {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  const file = join(config.dataDir, "session-secret");
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

let cookie: ReturnType<typeof createCookie> | undefined;
function sessionCookie() {
  cookie ??= createCookie("sifasuo_session", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: SESSION_HOURS * 3600,
    secrets: [sessionSecret()],
  });
  return cookie;
}

const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Secure cookies whenever the request came over HTTPS (directly or through a proxy). */
export function isHttps(request: Request) {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

export async function createUserSession(request: Request, userId: number, redirectTo: string) {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600 * 1000).toISOString();
  db().transaction((tx) => {
    tx.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())).run(); // keep the table small
    tx.insert(sessions).values({ id: tokenHash(token), userId, expiresAt }).run();
  });
  return redirect(redirectTo, {
    headers: { "Set-Cookie": await sessionCookie().serialize(token, { secure: isHttps(request) }) },
  });
}

async function sessionToken(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

export async function getSessionUser(request: Request): Promise<SessionUser | null> {
  const token = await sessionToken(request);
  if (!token) return null;
  const row = db()
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, tokenHash(token)), gt(sessions.expiresAt, new Date().toISOString())))
    .get();
  return row ? loadUser(db(), row.userId) : null;
}

export async function logout(request: Request) {
  const token = await sessionToken(request);
  if (token) db().delete(sessions).where(eq(sessions.id, tokenHash(token))).run();
  return redirect("/login", {
    headers: { "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0, secure: isHttps(request) }) },
  });
}

/** After a password change: end every other session of the user and revoke their API tokens. */
export async function endOtherSessions(request: Request, userId: number) {
  const token = await sessionToken(request);
  const keep = token ? tokenHash(token) : "";
  db().delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keep))).run();
  revokeAllTokens(userId);
}

/** After deactivation or a password reset: end every session and revoke every API token. */
export function endAllSessions(userId: number) {
  db().delete(sessions).where(eq(sessions.userId, userId)).run();
  revokeAllTokens(userId);
}
