/**
 * Writing a case's derived rows — deadlines, 工作台 tasks, search index — after its snapshot
 * changed. Always called inside the transaction that changed the snapshot. Rows an event leaves
 * unchanged are not rewritten (pass the previous state and context).
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { publications } from "../../db/schema";
import type { HolidayCalendar } from "../../workflows/calendar/calendar";
import type { ProcedureDefinition } from "../../workflows/engine/types";
import { segmentWords } from "./search.server";
import { statements } from "./statements.server";

export function writeDerived(
  db: Db,
  proc: ProcedureDefinition,
  row: { id: number; officeId: number; number: string },
  next: { state: string; context: any },
  calendar: HolidayCalendar,
  previous?: { state: string; context: any; officeId?: number },
) {
  const s = statements(db);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const deadlines = proc.deadlines(next.context, calendar);
  if (!previous || !same(deadlines, proc.deadlines(previous.context, calendar))) {
    // A deadline unchanged keeps its row, so its reminders (keyed by the row) are not sent again.
    const fields = (d: { key: string; label: string; rule: string; legalBasis: string; start: string; due: string; explanation: string; provisional: boolean; voluntary?: boolean; status: string }) =>
      JSON.stringify([d.key, d.label, d.rule, d.legalBasis, d.start, d.due, d.explanation, !!d.provisional, !!d.voluntary, d.status]);
    const added = keepMatching(s.deadlinesOf.all({ caseId: row.id }), deadlines, fields, (id) => s.deleteDeadline.run({ id }));
    for (const d of added) s.insertDeadline.run({ caseId: row.id, ...d, voluntary: d.voluntary ?? false });
  }
  const tasks = proc.pendingTasks(next.state, next.context);
  if (!previous || previous.officeId !== row.officeId || !same(tasks, proc.pendingTasks(previous.state, previous.context))) {
    // A task still pending keeps its row (and when it came up); only tasks gone or new are written,
    // so a task that comes up again (a second review round) is a new one the reminders tell of.
    const keyOf = (t: { officeId: number; role: string | null; userId: number | null; label: string }) => JSON.stringify([t.officeId, t.role, t.userId, t.label]);
    const added = keepMatching(s.tasksOf.all({ caseId: row.id }), tasks.map((t) => ({ ...t, officeId: row.officeId })), keyOf, (id) => s.deleteTask.run({ id }));
    const now = new Date().toISOString();
    for (const t of added) s.insertTask.run({ caseId: row.id, officeId: row.officeId, role: t.role, userId: t.userId, label: t.label, createdAt: now });
  }
  const members = proc.members?.(next.context) ?? [];
  if (!previous || !same(members, proc.members?.(previous.context) ?? [])) {
    s.deleteMembers.run({ caseId: row.id });
    for (const userId of new Set(members)) s.insertMember.run({ caseId: row.id, userId });
  }
  // The public portal's row: written, changed or withdrawn only through the case's own events.
  if (proc.publicRecord) {
    const rec = proc.publicRecord(next.context);
    if (!previous || !same(rec, proc.publicRecord(previous.context))) {
      db.delete(publications).where(eq(publications.caseId, row.id)).run();
      if (rec) db.insert(publications).values({ caseId: row.id, officeId: row.officeId, ...rec }).run();
    }
  }
  const text = `${row.number}\n${proc.searchText(next.context)}`;
  if (!previous || text !== `${row.number}\n${proc.searchText(previous.context)}`) {
    s.deleteSearch.run(row.id);
    s.insertSearch.run(row.id, segmentWords(text).join(" "));
  }
}

/**
 * Brings stored rows to the wanted ones by their identity (`keyOf`): a stored row still wanted is
 * kept as it is, one no longer wanted is removed, and the wanted ones not stored are returned to insert.
 */
function keepMatching<S extends { id: number }, W>(stored: readonly S[], wanted: readonly W[], keyOf: (x: S | W) => string, remove: (id: number) => void): W[] {
  const missing = new Map(wanted.map((w) => [keyOf(w), w]));
  for (const e of stored) {
    if (missing.has(keyOf(e))) missing.delete(keyOf(e));
    else remove(e.id);
  }
  return [...missing.values()];
}
