/**
 * What the public portal shows of the catalogues: for each street, the lists it has published, each
 * with its first list, its published changes as a dated log, and, once the year is evaluated, what
 * became of each item. Nothing a catalogue has not published (a draft, an adjustment under way)
 * leaves this module.
 */
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { cases } from "../../../db/schema";
import { OUTCOMES, PLANNED_STEPS, type DecisionCatalogueContext } from "../../../workflows/decision-catalogue/context";

export interface PublicCatalogue {
  readonly caseId: number;
  readonly year: number;
  readonly publishedOn: string;
  readonly items: readonly { no: number; name: string; unit: string; basis: string; plannedBy: string; steps: string; addedOn: string | null; removedOn: string | null; outcome: string | null }[];
  readonly changes: readonly { on: string; what: string; reason: string; agreed: string }[];
  readonly evaluated: boolean;
}

const publishedOn = sql<string | null>`json_extract(${cases.snapshot}, '$.context.publishedOn')`;

export function publicCatalogue(c: DecisionCatalogueContext, caseId: number): PublicCatalogue {
  const published = c.adjustments.filter((a) => a.publishedOn);
  const nameOf = (no: number | null) => c.items.find((i) => i.no === no)?.name ?? "";
  return {
    caseId,
    year: c.year,
    publishedOn: c.publishedOn!,
    items: c.items.map((i) => ({
      no: i.no,
      name: i.name,
      unit: i.unit,
      basis: i.basis,
      plannedBy: i.plannedBy,
      steps: ["公众参与", ...i.steps.map((s) => PLANNED_STEPS[s]), "合法性审查", "集体讨论决定"].join("、"),
      addedOn: i.addedBy ? (published.find((a) => a.index === i.addedBy)?.publishedOn ?? null) : null,
      removedOn: i.removed?.on ?? null,
      outcome: c.evaluation && i.evaluation ? `${OUTCOMES[i.evaluation.outcome]}：${i.evaluation.reason}` : null,
    })),
    changes: published.map((a) => ({
      on: a.publishedOn!,
      what: a.kind === "add" ? `增列“${a.item!.name}”` : `调出“${nameOf(a.itemNo)}”`,
      reason: a.reason,
      agreed: a.approval ? `${a.approval.meeting}（${a.approval.date}）同意` : "",
    })),
    evaluated: c.evaluation !== null,
  };
}

/** A street's published catalogues, newest year first. */
export function publishedCatalogues(db: Db, officeId: number): PublicCatalogue[] {
  return db
    .select({ id: cases.id, snapshot: cases.snapshot })
    .from(cases)
    .where(and(eq(cases.procedure, "decision-catalogue"), eq(cases.officeId, officeId), isNotNull(publishedOn)))
    .orderBy(desc(sql`json_extract(${cases.input}, '$.year')`))
    .all()
    .map((r) => publicCatalogue((r.snapshot as { context: DecisionCatalogueContext }).context, r.id));
}
