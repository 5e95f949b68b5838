/**
 * Open data of major decisions: every item of every street's published catalogues, with what became
 * of it and, once published, its decision (adoption explanation, comments by answer, post-evaluation).
 * Built only from what the portal pages already show.
 */
import type { Db } from "../../../db/connection";
import { publishedCatalogues } from "../decision-catalogue/portal.server";
import { publicOffices } from "../enforcement/portal.server";
import { publishedDecisionFor } from "./portal.server";

export function decisionOpenData(db: Db) {
  return publicOffices(db).flatMap((office) => {
    return publishedCatalogues(db, office.id).flatMap((k) =>
      k.items.map((i) => {
        const d = publishedDecisionFor(db, office.id, k.caseId, i.no);
        const count = (answer: string) => d?.comments.filter((x) => x.disposition === answer).length ?? 0;
        return {
          office: office.agency,
          year: k.year,
          cataloguePublishedOn: k.publishedOn,
          no: i.no,
          name: i.name,
          unit: i.unit,
          basis: i.basis,
          plannedBy: i.plannedBy,
          procedure: i.steps,
          addedOn: i.addedOn,
          removedOn: i.removedOn,
          evaluation: i.outcome,
          decision: d
            ? { publishedOn: d.publishedOn, text: d.text, adoption: d.adoption, comments: d.comments.length, adopted: count("采纳"), partlyAdopted: count("部分采纳"), notAdopted: count("不采纳"), suspended: d.suspended, stopped: d.stopped, beingChanged: d.beingChanged, postEvaluation: d.evaluation }
            : null,
        };
      }),
    );
  });
}
