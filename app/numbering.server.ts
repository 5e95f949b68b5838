/**
 * Gapless numbers per office, year and series (发文字号, 案号). Allocation happens inside the
 * write transaction that uses the number, so a rolled-back change leaves no gap, and SQLite's
 * single writer (BEGIN IMMEDIATE) means two requests never get the same number.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/connection";
import { numberSequences } from "../db/schema";

type Tx = Pick<Db, "select" | "insert" | "update">;

export function peekNumber(tx: Pick<Db, "select">, officeId: number, year: number, series: string): number {
  const row = tx
    .select({ last: numberSequences.last })
    .from(numberSequences)
    .where(and(eq(numberSequences.officeId, officeId), eq(numberSequences.year, year), eq(numberSequences.series, series)))
    .get();
  return (row?.last ?? 0) + 1;
}

export function allocateNumber(tx: Tx, officeId: number, year: number, series: string): number {
  const next = peekNumber(tx, officeId, year, series);
  tx.insert(numberSequences)
    .values({ officeId, year, series, last: next })
    .onConflictDoUpdate({ target: [numberSequences.officeId, numberSequences.year, numberSequences.series], set: { last: next } })
    .run();
  return next;
}
