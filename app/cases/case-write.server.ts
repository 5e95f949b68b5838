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
    s.deleteDeadlines.run({ caseId: row.id });
    for (const d of deadlines) s.insertDeadline.run({ caseId: row.id, ...d, voluntary: d.voluntary ?? false });
  }
  const tasks = proc.pendingTasks(next.state, next.context);
  if (!previous || previous.officeId !== row.officeId || !same(tasks, proc.pendingTasks(previous.state, previous.context))) {
    s.deleteTasks.run({ caseId: row.id });
    for (const t of tasks) s.insertTask.run({ caseId: row.id, officeId: row.officeId, role: t.role, userId: t.userId, label: t.label });
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
