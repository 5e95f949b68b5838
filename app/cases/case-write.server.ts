/**
 * Writing a case's derived rows — deadlines, 工作台 tasks, search index — after its snapshot
 * changed. Always called inside the transaction that changed the snapshot.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../db/connection";
import { caseTasks, deadlines } from "../../db/schema";
import type { HolidayCalendar } from "../../workflows/calendar/calendar";
import type { ProcedureDefinition } from "../../workflows/engine/types";
import { indexCase } from "./search.server";

type Tx = Pick<Db, "insert" | "delete" | "run">;

export function writeDerived(
  tx: Tx,
  proc: ProcedureDefinition,
  row: { id: number; officeId: number; number: string },
  state: string,
  context: any,
  calendar: HolidayCalendar,
) {
  tx.delete(deadlines).where(eq(deadlines.caseId, row.id)).run();
  for (const d of proc.deadlines(context, calendar)) tx.insert(deadlines).values({ caseId: row.id, ...d }).run();
  tx.delete(caseTasks).where(eq(caseTasks.caseId, row.id)).run();
  for (const t of proc.pendingTasks(state, context)) {
    tx.insert(caseTasks).values({ caseId: row.id, officeId: row.officeId, role: t.role, userId: t.userId, label: t.label }).run();
  }
  indexCase(tx, row.id, `${row.number}\n${proc.searchText(context)}`);
}
