/**
 * Forwarding messages to an office's own system (政务钉钉, 企业微信, an OA): a URL per street, one
 * delivery row per message, retried with backoff, and a delivery log. The payload is documented in the
 * README ("Messages and reminders").
 */
import { and, asc, desc, eq, inArray, lte } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { cases, messages, officeSettings, organisations, users, webhookDeliveries } from "../../db/schema";
import { appendAudit } from "../audit/audit.server";

export const WEBHOOK_KEY = "notify.webhook";
/** Minutes to wait after the 1st, 2nd, … failed attempt; after the last, the delivery is marked failed. */
export const RETRY_MINUTES = [1, 5, 30, 120, 720] as const;

export function webhookUrl(db: Pick<Db, "select">, officeId: number): string | null {
  return db.select({ value: officeSettings.value }).from(officeSettings).where(and(eq(officeSettings.officeId, officeId), eq(officeSettings.key, WEBHOOK_KEY))).get()?.value || null;
}

/** An http(s) URL, or empty to stop forwarding. */
export function webhookProblem(url: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== "https:" && u.protocol !== "http:") return "转发地址：须以 https:// 或 http:// 开头";
    return url.length > 500 ? "转发地址：不能超过500个字符" : null;
  } catch {
    return "转发地址：不是有效的网址";
  }
}

export function setWebhook(db: Db, actorId: number, officeId: number, url: string) {
  db.transaction(() => {
    // What was waiting for the old address is not sent to the new one, nor to none.
    db.update(webhookDeliveries).set({ status: "failed", lastError: "转发地址已更改" }).where(and(eq(webhookDeliveries.officeId, officeId), eq(webhookDeliveries.status, "pending"))).run();
    db.insert(officeSettings).values({ officeId, key: WEBHOOK_KEY, value: url }).onConflictDoUpdate({ target: [officeSettings.officeId, officeSettings.key], set: { value: url } }).run();
    appendAudit(db, { actorId, action: "admin.webhook", detail: { officeId, set: !!url } });
  });
}

/** Queue a message for the office's URL, if it has one. */
export function enqueue(db: Pick<Db, "select" | "insert">, messageId: number, officeId: number, at: string) {
  const url = webhookUrl(db, officeId);
  if (url) db.insert(webhookDeliveries).values({ messageId, officeId, url, status: "pending", nextAttemptAt: at }).run();
}

/** The JSON an office's system receives for one message. */
export function payloadOf(db: Pick<Db, "select">, messageId: number, baseUrl: string) {
  const m = db.select().from(messages).where(eq(messages.id, messageId)).get()!;
  const to = db.select({ id: users.id, name: users.displayName, username: users.username, officeId: users.organisationId }).from(users).where(eq(users.id, m.userId)).get()!;
  const office = db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, to.officeId)).get()!;
  const c = m.caseId ? db.select({ id: cases.id, number: cases.number }).from(cases).where(eq(cases.id, m.caseId)).get() : undefined;
  return {
    type: "sifasuo.message",
    id: m.id,
    kind: m.kind,
    title: m.title,
    body: m.body,
    createdAt: m.createdAt,
    recipient: { id: to.id, name: to.name, username: to.username },
    office,
    case: c ? { id: c.id, number: c.number, url: `${baseUrl}/cases/${c.id}` } : null,
  };
}

/** Attempt every delivery that is due; each failure schedules the next try, the last marks it failed. */
export async function deliverDue(db: Db, now: Date, baseUrl: string, send: typeof fetch = fetch) {
  const due = db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, now.toISOString()))).orderBy(asc(webhookDeliveries.id)).limit(200).all();
  let delivered = 0;
  for (const d of due) {
    let error: string | null = null;
    try {
      const res = await send(d.url, { method: "POST", headers: { "Content-Type": "application/json; charset=utf-8" }, body: JSON.stringify(payloadOf(db, d.messageId, baseUrl)), signal: AbortSignal.timeout(10_000) });
      if (!res.ok) error = `HTTP ${res.status}`;
      else {
        // Robots of 钉钉 and 企业微信 answer 200 with an errcode when they refuse a message.
        const text = await res.text().catch(() => "");
        let code: unknown;
        try {
          code = /^\s*\{/.test(text) ? (JSON.parse(text) as { errcode?: unknown }).errcode : undefined;
        } catch {
          code = undefined; // a 2xx whose body is not JSON is delivered
        }
        if (code !== undefined && code !== 0 && code !== "0") error = `errcode ${String(code)}`;
      }
    } catch (e) {
      error = (e as Error).message.slice(0, 200);
    }
    const attempts = d.attempts + 1;
    if (!error) {
      delivered += 1;
      db.update(webhookDeliveries).set({ status: "delivered", attempts, lastError: null, deliveredAt: now.toISOString() }).where(eq(webhookDeliveries.id, d.id)).run();
    } else {
      const wait = RETRY_MINUTES[attempts - 1];
      db.update(webhookDeliveries)
        .set(wait === undefined ? { status: "failed", attempts, lastError: error } : { attempts, lastError: error, nextAttemptAt: new Date(now.getTime() + wait * 60_000).toISOString() })
        .where(eq(webhookDeliveries.id, d.id))
        .run();
    }
  }
  return { attempted: due.length, delivered };
}

/** The latest deliveries of these offices, for the log. */
export function deliveryLog(db: Db, officeIds: readonly number[], limit = 100) {
  if (!officeIds.length) return [];
  return db
    .select({ id: webhookDeliveries.id, office: organisations.name, title: messages.title, status: webhookDeliveries.status, attempts: webhookDeliveries.attempts, lastError: webhookDeliveries.lastError, nextAttemptAt: webhookDeliveries.nextAttemptAt, deliveredAt: webhookDeliveries.deliveredAt })
    .from(webhookDeliveries)
    .innerJoin(messages, eq(messages.id, webhookDeliveries.messageId))
    .innerJoin(organisations, eq(organisations.id, webhookDeliveries.officeId))
    .where(inArray(webhookDeliveries.officeId, [...officeIds]))
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit)
    .all();
}
