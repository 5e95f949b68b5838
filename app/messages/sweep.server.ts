/**
 * The reminder sweep: over the tasks and the deadlines tables, it writes a message for each task
 * addressed to a person (once each time it comes up: a second review round reminds again) and for each deadline due within 2 working days or past, to whoever holds the
 * case; then it forwards what is due to the webhooks. Idempotent (keys), so it runs at start and hourly.
 */
import { and, eq, isNotNull, lte } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { caseTasks, cases, deadlines } from "../../db/schema";
import { loadCalendar } from "../calendar.server";
import { urgencyFor } from "../cases/urgency.server";
import { holdersOf, notify, type NewMessage } from "./messages.server";
import { deliverDue } from "./webhook.server";

export function reminders(db: Db, now: Date): NewMessage[] {
  const urgency = urgencyFor(loadCalendar(db), now);
  const out: NewMessage[] = [];
  const assigned = db
    .select({ id: caseTasks.id, caseId: caseTasks.caseId, userId: caseTasks.userId, label: caseTasks.label, createdAt: caseTasks.createdAt, number: cases.number, title: cases.title })
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .where(isNotNull(caseTasks.userId))
    .all();
  for (const t of assigned) {
    out.push({ userId: t.userId!, kind: "task", caseId: t.caseId, title: `新的待办：${t.label}`, body: `${t.number} ${t.title}`, dedupeKey: `task:${t.caseId}:${t.label}${t.createdAt ? `:${t.id}` : ""}` });
  }
  const soonUntil = urgency.soonUntil;
  const near = db
    .select({ id: deadlines.id, caseId: deadlines.caseId, label: deadlines.label, due: deadlines.due, number: cases.number, title: cases.title })
    .from(deadlines)
    .innerJoin(cases, eq(cases.id, deadlines.caseId))
    .where(and(eq(deadlines.status, "open"), eq(deadlines.voluntary, false), lte(deadlines.due, soonUntil)))
    .all();
  for (const d of near) {
    const overdue = d.due < urgency.today;
    for (const h of holdersOf(db, d.caseId)) {
      out.push({
        userId: h.id,
        kind: overdue ? "overdue" : "due-soon",
        caseId: d.caseId,
        title: overdue ? `已逾期：${d.label}（${d.due}）` : `即将到期：${d.label}（${d.due}，${urgency.left(d.due)}）`,
        body: `${d.number} ${d.title}`,
        dedupeKey: `deadline:${d.id}:${d.due}:${overdue ? "overdue" : "soon"}`,
      });
    }
  }
  return out;
}

/** One pass: write the new reminders, then forward what is due. */
export async function sweep(db: Db, now = new Date(), baseUrl = "http://localhost", send?: typeof fetch) {
  const created = notify(db, reminders(db, now), now.toISOString());
  const forwarded = await deliverDue(db, now, baseUrl, send);
  return { created, ...forwarded };
}

/** Run the sweep now and every hour, in this process; a failed pass is logged and the next one tries again. */
export function startSweeping(db: Db, baseUrl: string) {
  const run = () => sweep(db, new Date(), baseUrl).catch((e: Error) => console.warn(`提醒扫描失败：${e.message}`));
  void run();
  // Forwarding is due more often than reminders: a 督办 goes out within a minute, retries keep their schedule.
  const forward = () => deliverDue(db, new Date(), baseUrl).catch((e: Error) => console.warn(`消息转发失败：${e.message}`));
  setInterval(forward, 60 * 1000).unref();
  return setInterval(run, 60 * 60 * 1000).unref();
}
