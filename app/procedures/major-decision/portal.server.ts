/**
 * What the public portal shows of major decisions: calls open for comment (the draft's summary and
 * how to comment), and published decisions with how comments and expert opinions were adopted and
 * the post-evaluation result. Comments appear only as the office answered them, with numbers,
 * addresses and phone numbers masked; nothing identifies who sent them.
 */
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { cases } from "../../../db/schema";
import { DISPOSITIONS, type MajorDecisionContext } from "../../../workflows/major-decision/context";
import { redactText } from "../../../workflows/privacy";
import { openCall } from "./comments.server";

/** Nobody is named, but a commenter may write where they live: flat numbers go too. */
const ANY_RESIDENT = [{ person: true, name: "" }];

const rows = (db: Db, officeId: number, states: string[]) =>
  db
    .select({ id: cases.id, number: cases.number, state: cases.state, snapshot: cases.snapshot })
    .from(cases)
    .where(and(eq(cases.procedure, "major-decision"), eq(cases.officeId, officeId), inArray(cases.state, states)))
    .orderBy(desc(cases.id))
    .all()
    .map((r) => ({ ...r, c: (r.snapshot as { context: MajorDecisionContext }).context }));

export function openCalls(db: Db, officeId: number, today: string) {
  return rows(db, officeId, ["commenting"])
    .filter((r) => openCall(r.c, r.state, today))
    .map(({ id, c }) => ({ caseId: id, name: c.item.name, unit: c.launch?.unit ?? c.item.unit, opensOn: c.call!.opensOn, closesOn: c.call!.closesOn, shortReason: c.call!.closesOn < c.call!.minimumEnd ? c.call!.shortReason : "", text: c.call!.text, explanation: c.launch?.explanation ?? "" }));
}

export function publishedDecisions(db: Db, officeId: number) {
  return rows(db, officeId, ["executing", "suspended", "evaluated", "archived"])
    .filter((r) => r.c.publication)
    .map(({ id, number, c }) => ({
      caseId: id,
      number,
      catalogueCaseId: c.item.catalogueCaseId,
      itemNo: c.item.no,
      name: c.item.name,
      publishedOn: c.publication!.publishedOn,
      text: c.publication!.text,
      adoption: c.publication!.adoption,
      comments: c.comments.map((x) => ({ id: x.id, text: redactText(x.text, ANY_RESIDENT), disposition: DISPOSITIONS[x.disposition], reason: x.reason })),
      suspended: c.execution?.suspended ? c.execution.suspended.reason : null,
      evaluation: c.postEvaluation ? { unit: c.postEvaluation.unit, result: c.postEvaluation.result, publishedOn: c.postEvaluation.publishedOn } : null,
    }));
}
