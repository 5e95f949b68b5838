/**
 * Public comments on an open call (713 art. 15): anyone may comment without an account while the
 * call runs. An address may send a few comments an hour; only a keyed hash of it is kept, to
 * throttle. Nothing that identifies a commenter is stored or shown.
 */
import { createHmac } from "node:crypto";
import { and, asc, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { cases, publicComments } from "../../../db/schema";
import { chinaDate } from "../../../workflows/calendar/calendar";
import type { MajorDecisionContext } from "../../../workflows/major-decision/context";
import { sessionSecret } from "../../auth/session.server";

/** Per address, in any hour, across all calls. */
export const COMMENTS_PER_HOUR = 5;
export const MIN_COMMENT = 5;
export const MAX_COMMENT = 2000;

const senderHash = (address: string) => createHmac("sha256", sessionSecret()).update(`public-comment:${address}`).digest("hex");

/** A call open today: the case is taking comments and today lies within its period. */
export function openCall(c: MajorDecisionContext, state: string, today: string) {
  return state === "commenting" && !!c.call && c.call.opensOn <= today && today <= c.call.closesOn ? c.call : null;
}

export type CommentOutcome = { ok: true; id: number } | { ok: false; status: 400 | 404 | 429; message: string };

export function submitComment(db: Db, caseId: number, raw: unknown, address: string, now = new Date()): CommentOutcome {
  const text = typeof raw === "string" ? raw.trim() : "";
  if (text.length < MIN_COMMENT) return { ok: false, status: 400, message: `意见内容：请至少填写${MIN_COMMENT}个字` };
  if (text.length > MAX_COMMENT) return { ok: false, status: 400, message: `意见内容：不能超过${MAX_COMMENT}字` };
  const hash = senderHash(address);
  return db.transaction(
    (tx) => {
      const row = tx.select({ state: cases.state, snapshot: cases.snapshot, procedure: cases.procedure }).from(cases).where(eq(cases.id, caseId)).get();
      if (!row || row.procedure !== "major-decision" || !openCall((row.snapshot as { context: MajorDecisionContext }).context, row.state, chinaDate(now.toISOString()))) {
        return { ok: false as const, status: 404 as const, message: "该决策草案不在征求意见期内" };
      }
      const since = new Date(now.getTime() - 3600_000).toISOString();
      const recent = tx.select({ n: sql<number>`count(*)` }).from(publicComments).where(and(eq(publicComments.senderHash, hash), gte(publicComments.receivedAt, since))).get()?.n ?? 0;
      if (recent >= COMMENTS_PER_HOUR) return { ok: false as const, status: 429 as const, message: "提交过于频繁，请一小时后再提交" };
      const id = tx.insert(publicComments).values({ caseId, receivedAt: now.toISOString(), text, senderHash: hash }).returning({ id: publicComments.id }).get().id;
      return { ok: true as const, id };
    },
    { behavior: "immediate" },
  );
}

/** The comments a case has received, oldest first. */
export function commentsOf(db: Db, caseId: number) {
  return db.select({ id: publicComments.id, text: publicComments.text, receivedAt: publicComments.receivedAt }).from(publicComments).where(eq(publicComments.caseId, caseId)).orderBy(asc(publicComments.id)).all();
}
