/**
 * A major decision's server side: the catalogue items it may start from (published, on the list,
 * not yet taken up), the periods counted on today's calendar when a call or a review is set, the
 * comments received from the public, its documents and its demo.
 */
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { cases } from "../../../db/schema";
import { MAJOR_DECISION_DOCUMENTS } from "../../../templates/major-decision";
import { chinaDate } from "../../../workflows/calendar/calendar";
import { activeItems, type DecisionCatalogueContext } from "../../../workflows/decision-catalogue/context";
import type { CatalogueItemRef, MajorDecisionContext } from "../../../workflows/major-decision/context";
import { minimumCallEnd, minimumReviewDue } from "../../../workflows/major-decision/deadlines";
import { loadCalendar } from "../../calendar.server";
import type { ProcedureServer } from "../types";
import { commentsOf } from "./comments.server";
import { seedMajorDecisionDemo } from "./demo.server";
import { decisionFiguresIn } from "./report.server";
import { decisionFiguresRows } from "../../../workflows/major-decision/statistics";
import { decisionCharts } from "../../charts/procedure-charts";

const NOT_LISTED = "所选事项不在本街道已公布的决策事项目录中：目录外的重大行政决策事项，须先通过目录调整增列并公布（参照《重大行政决策程序暂行条例》第三条第三款）";

/** The items of a street's published catalogues still on the list, with the case each is started in, if any. */
function listedItems(db: Db, officeId: number): { ref: CatalogueItemRef; startedIn: string | null }[] {
  const catalogues = db
    .select({ id: cases.id, number: cases.number, snapshot: cases.snapshot })
    .from(cases)
    .where(and(eq(cases.procedure, "decision-catalogue"), eq(cases.officeId, officeId), isNotNull(sql`json_extract(${cases.snapshot}, '$.context.publishedOn')`)))
    .all();
  const started = new Map(
    db
      .select({ number: cases.number, catalogue: sql<number>`json_extract(${cases.input}, '$.item.catalogueCaseId')`, no: sql<number>`json_extract(${cases.input}, '$.item.no')`, ended: sql<string | null>`json_extract(${cases.snapshot}, '$.context.ended.kind')` })
      .from(cases)
      .where(and(eq(cases.procedure, "major-decision"), eq(cases.officeId, officeId)))
      .all()
      // A decision dropped before it was made leaves its item free to be taken up again.
      .filter((r) => r.ended !== "dropped")
      .map((r) => [`${r.catalogue}:${r.no}`, r.number]),
  );
  return catalogues.flatMap((k) => {
    const c = (k.snapshot as { context: DecisionCatalogueContext }).context;
    return activeItems(c).map((i) => ({
      ref: { catalogueCaseId: k.id, catalogueNumber: k.number, year: c.year, no: i.no, name: i.name, unit: i.unit, basis: i.basis, steps: i.steps },
      startedIn: started.get(`${k.id}:${i.no}`) ?? null,
    }));
  });
}

export const majorDecisionServer: ProcedureServer = {
  documents: MAJOR_DECISION_DOCUMENTS,
  createChoices: (db, streetId) => ({
    catalogueItem: listedItems(db, streetId).filter((i) => !i.startedIn).map((i) => ({ value: `${i.ref.catalogueCaseId}:${i.ref.no}`, label: `${i.ref.year}年目录第${i.ref.no}项：${i.ref.name}` })),
  }),
  createFill: (db, q) => {
    const [catalogue, no] = String(q.parsed.catalogueItem).split(":").map(Number);
    const found = listedItems(db, q.officeId).find((i) => i.ref.catalogueCaseId === catalogue && i.ref.no === no);
    return found ? { item: found.ref } : { path: ["catalogueItem"], message: NOT_LISTED };
  },
  // Checked again inside the opening transaction: one decision case per item at a time.
  createConflict: (db, q) => {
    const ref = (q.input as { item: CatalogueItemRef }).item;
    const found = listedItems(db, q.officeId).find((i) => i.ref.catalogueCaseId === ref.catalogueCaseId && i.ref.no === ref.no);
    if (!found) return { path: ["catalogueItem"], message: NOT_LISTED };
    return found.startedIn ? { path: ["catalogueItem"], message: `该事项已在办理（${found.startedIn}），不能重复启动` } : null;
  },
  fills: {
    OPEN_CALL: (db, _c, payload) => {
      const opensOn = typeof payload.opensOn === "string" ? payload.opensOn : null;
      try {
        return opensOn ? { minimumEnd: minimumCallEnd(loadCalendar(db), opensOn).due } : {};
      } catch {
        return {};
      }
    },
    REQUEST_REVIEW: (db, _c, _payload, at) => ({ minimumDue: minimumReviewDue(loadCalendar(db), chinaDate(at)).due }),
    DISPOSE_COMMENT: (db, c, payload) => {
      const received = commentsOf(db, c.id).find((x) => x.id === Number(payload.comment));
      return received ? { received } : {};
    },
    CLOSE_CALL: (db, c) => ({ receivedIds: commentsOf(db, c.id).map((x) => x.id) }),
  },
  // The comments received and not yet answered, for DISPOSE_COMMENT.
  choices: (db, field, row) => {
    if (field.kind !== "entry" || field.name !== "comment") return undefined;
    const done = new Set((row.snapshot.context as MajorDecisionContext).comments.map((x) => x.id));
    return commentsOf(db, row.id).filter((x) => !done.has(x.id)).map((x) => ({ id: x.id, name: `第${x.id}号（${chinaDate(x.receivedAt)}）${x.text.slice(0, 30)}` }));
  },
  charts: (f, link) => decisionCharts(f, link),
  figures: (db, q) => decisionFiguresIn(db, q),
  reportSheets: (f) => [{ name: "重大行政决策统计", header: ["项目", "数量"], rows: decisionFiguresRows(f) }],
  seedDemo: (db, now) => seedMajorDecisionDemo(db, now),
};
