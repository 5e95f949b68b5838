/**
 * The message centre: what reaches a person without their looking — a task assigned, a deadline due
 * within 2 working days or past, a 督办. Written once per recipient and key (the sweep runs again and
 * again), each forwarded to the recipient's street's webhook when it has one.
 */
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { caseTasks, messages, userRoles, users } from "../../db/schema";
import { streetOf } from "../auth/users.server";
import { enqueue } from "./webhook.server";

export const MESSAGE_KINDS = { task: "待办", "due-soon": "即将到期", overdue: "已逾期", supervise: "督办" } as const;
export type MessageKind = keyof typeof MESSAGE_KINDS;

export interface NewMessage {
  readonly userId: number;
  readonly kind: MessageKind;
  readonly caseId: number | null;
  readonly title: string;
  readonly body: string;
  readonly dedupeKey: string;
  readonly fromUserId?: number | null;
}

/** Writes the messages not written before (by recipient and key) and queues their forwarding; returns how many. */
export function notify(db: Db, list: readonly NewMessage[], at: string): number {
  return db.transaction(() => notifyWithin(db, list, at));
}

/** notify, inside a transaction the caller holds (a 督办 and its audit entry are one). */
export function notifyWithin(db: Db, list: readonly NewMessage[], at: string): number {
  let created = 0;
  {
    for (const m of list) {
      const row = db.insert(messages).values({ ...m, fromUserId: m.fromUserId ?? null, createdAt: at }).onConflictDoNothing().returning({ id: messages.id }).get();
      if (!row) continue;
      created += 1;
      const user = db.select({ org: users.organisationId }).from(users).where(eq(users.id, m.userId)).get();
      const street = user ? streetOf(db, user.org) : null;
      if (street) enqueue(db, row.id, street.id, at);
    }
  }
  return created;
}

/**
 * Who holds a case now: the people its tasks name, or everyone active in the task's office with the
 * task's post. A case with no task has no holder.
 */
export function holdersOf(db: Pick<Db, "select">, caseId: number): { id: number; name: string }[] {
  const tasks = db.select().from(caseTasks).where(eq(caseTasks.caseId, caseId)).all();
  const ids = new Set<number>(tasks.flatMap((t) => (t.userId ? [t.userId] : [])));
  for (const t of tasks.filter((x) => !x.userId && x.role)) {
    const byRole = db.select({ id: users.id }).from(users).innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, t.role!))).where(and(eq(users.organisationId, t.officeId), eq(users.active, true))).all();
    for (const u of byRole) ids.add(u.id);
  }
  if (!ids.size) return [];
  return db.select({ id: users.id, name: users.displayName }).from(users).where(and(inArray(users.id, [...ids]), eq(users.active, true))).all();
}

export function unreadCount(db: Pick<Db, "select">, userId: number): number {
  return db.select({ n: sql<number>`count(*)` }).from(messages).where(and(eq(messages.userId, userId), isNull(messages.readAt))).get()?.n ?? 0;
}

export const MESSAGE_PAGE = 30;

export function listMessages(db: Pick<Db, "select">, userId: number, page: number) {
  const total = db.select({ n: sql<number>`count(*)` }).from(messages).where(eq(messages.userId, userId)).get()?.n ?? 0;
  const rows = db
    .select({ id: messages.id, kind: messages.kind, caseId: messages.caseId, title: messages.title, body: messages.body, createdAt: messages.createdAt, readAt: messages.readAt, from: users.displayName })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.fromUserId))
    .where(eq(messages.userId, userId))
    .orderBy(desc(messages.id))
    .limit(MESSAGE_PAGE)
    .offset((Math.max(1, page) - 1) * MESSAGE_PAGE)
    .all();
  return { rows, total };
}

/** Marks one of the user's messages, or all of them, read; another's message is left alone. */
export function markRead(db: Db, userId: number, which: number | "all", at: string) {
  const mine = and(eq(messages.userId, userId), isNull(messages.readAt));
  db.update(messages).set({ readAt: at }).where(which === "all" ? mine : and(mine, eq(messages.id, which))).run();
}
