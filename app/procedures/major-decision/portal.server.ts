/**
 * What the public portal shows of major decisions: calls open for comment (the draft's summary and
 * how to comment), and published decisions with how comments and expert opinions were adopted and
 * the post-evaluation result, newest first, a page at a time. Comments appear only as the office
 * answered them: their number and answer, never their text, which may hold a name or an address no
 * pattern can find; nothing identifies who sent them.
 */
import { and, desc, eq, gte, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { cases } from "../../../db/schema";
import { DISPOSITIONS, type MajorDecisionContext } from "../../../workflows/major-decision/context";
import { redactText } from "../../../workflows/privacy";

export const PAGE_SIZE = 20;
/** Nobody is named, but a commenter may write where they live: flat numbers go too. */
const ANY_RESIDENT = [{ person: true, name: "" }];
const ctx = (path: string) => sql`json_extract(${cases.snapshot}, ${`$.context.${path}`})`;

/** One page of this office's decisions matching `where`, newest first by `order`, and how many there are. */
function page(db: Db, officeId: number, where: SQL, order: SQL, n: number) {
  const filter = and(eq(cases.procedure, "major-decision"), eq(cases.officeId, officeId), where);
  const total = db.select({ n: sql<number>`count(*)` }).from(cases).where(filter).get()?.n ?? 0;
  const rows = db
    .select({ id: cases.id, number: cases.number, state: cases.state, snapshot: cases.snapshot })
    .from(cases)
    .where(filter)
    .orderBy(desc(order), desc(cases.id))
    .limit(PAGE_SIZE)
    .offset((Math.max(1, n) - 1) * PAGE_SIZE)
    .all()
    .map((r) => ({ ...r, c: (r.snapshot as { context: MajorDecisionContext }).context }));
  return { total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows };
}

/** The calls open today: taking comments, today within their period. */
export function openCalls(db: Db, officeId: number, today: string, n = 1) {
  const p = page(db, officeId, and(eq(cases.state, "commenting"), lte(ctx("call.opensOn"), today), gte(ctx("call.closesOn"), today))!, ctx("call.opensOn"), n);
  return {
    total: p.total,
    pages: p.pages,
    calls: p.rows.map(({ id, c }) => ({ caseId: id, name: c.item.name, unit: c.launch?.unit ?? c.item.unit, opensOn: c.call!.opensOn, closesOn: c.call!.closesOn, shortReason: c.call!.closesOn < c.call!.minimumEnd ? c.call!.shortReason : "", text: c.call!.text, explanation: c.launch?.explanation ?? "" })),
  };
}

/** The states in which a change to a decision in force runs through review, meeting and publication again. */
const CHANGING = ["legality", "reviewing", "meeting", "publication"];

const shown = ({ id, number, state, c }: { id: number; number: string; state: string; c: MajorDecisionContext }) => ({
  caseId: id,
  number,
  catalogueCaseId: c.item.catalogueCaseId,
  itemNo: c.item.no,
  name: c.item.name,
  publishedOn: c.publication!.publishedOn,
  text: c.publication!.text,
  adoption: c.publication!.adoption,
  comments: c.comments.map((x) => ({ id: x.id, disposition: DISPOSITIONS[x.disposition], reason: redactText(x.reason, ANY_RESIDENT) })),
  suspended: c.execution?.suspended ? c.execution.suspended.reason : null,
  stopped: c.ended?.kind === "stopped" ? c.ended.reason : null,
  beingChanged: CHANGING.includes(state) && (c.changes ?? []).length ? (c.changes ?? []).at(-1)!.reason : null,
  evaluation: c.postEvaluation ? { unit: c.postEvaluation.unit, result: c.postEvaluation.result, publishedOn: c.postEvaluation.publishedOn } : null,
});

/** Published once, whatever came after: a decision being changed stays in force, a stopped one shows it was stopped. */
const isPublished = () => isNotNull(ctx("publication"));

export function publishedDecisions(db: Db, officeId: number, n = 1) {
  const p = page(db, officeId, isPublished(), ctx("publication.publishedOn"), n);
  return { total: p.total, pages: p.pages, decisions: p.rows.map(shown) };
}

/** The published decision taken up for one catalogue item, if any. */
export function publishedDecisionFor(db: Db, officeId: number, catalogueCaseId: number, no: number) {
  const where = and(isPublished(), sql`json_extract(${cases.input}, '$.item.catalogueCaseId') = ${catalogueCaseId}`, sql`json_extract(${cases.input}, '$.item.no') = ${no}`)!;
  const row = page(db, officeId, where, ctx("publication.publishedOn"), 1).rows[0];
  return row ? shown(row) : null;
}
