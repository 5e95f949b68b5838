/**
 * 重大行政决策事项目录: each year the street compiles its catalogue of major administrative
 * decisions; the 司法所 checks it, the Party working committee agrees, it is filed with the
 * district and published, adjusted item by item and evaluated at the year's end (713 art. 3).
 */
import { activeItems, type DecisionCatalogueContext } from "../../../workflows/decision-catalogue/context";
import { decisionCatalogueProcedure } from "../../../workflows/decision-catalogue";
import { defineProcedure } from "../types";
import { decisionCatalogueViews } from "./views";
import { decisionCatalogueServer } from "./server.server";

export const decisionCatalogueModule = defineProcedure({
  definition: decisionCatalogueProcedure,
  permissions: ["decision-catalogue.compile", "decision-catalogue.review", "decision-catalogue.approve", "decision-catalogue.acknowledge", "decision-catalogue.publish"],
  grants: {
    judicial_staff: ["decision-catalogue.compile", "decision-catalogue.publish", "document.generate"],
    judicial_director: ["decision-catalogue.compile", "decision-catalogue.review", "decision-catalogue.publish", "document.generate"],
    street_leader: ["decision-catalogue.approve", "document.generate"],
    district_supervisor: ["decision-catalogue.acknowledge"],
  },
  views: decisionCatalogueViews,
  fileKinds: ["目录草案", "党（工）委会议纪要", "备案材料", "其他"],
  nav: [{ to: "/cases/new/decision-catalogue", label: "决策事项目录", order: 27, permission: "decision-catalogue.compile", officeKinds: ["street"] }],
  // The "entry" fields choose one of the catalogue's items on the list.
  fieldChoices: (field, context) => (field.kind === "entry" ? activeItems(context as DecisionCatalogueContext).map((i) => ({ id: i.no, name: `${i.no}. ${i.name}` })) : undefined),
  server: decisionCatalogueServer,
});
