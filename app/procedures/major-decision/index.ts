/**
 * 重大行政决策: one case per published catalogue item, through 713's procedure applied by
 * reference; the legality review by the 司法所 with an adviser from its roster.
 */
import { majorDecisionProcedure } from "../../../workflows/major-decision";
import { defineProcedure } from "../types";
import { majorDecisionViews } from "./views";
import { majorDecisionServer } from "./server.server";

export const majorDecisionModule = defineProcedure({
  definition: majorDecisionProcedure,
  permissions: ["major-decision.handle", "major-decision.review-request", "major-decision.review", "major-decision.decide", "major-decision.report"],
  grants: {
    judicial_staff: ["major-decision.handle", "major-decision.report", "document.generate", "file.upload"],
    judicial_director: ["major-decision.handle", "major-decision.review-request", "major-decision.decide", "major-decision.report", "document.generate", "file.upload"],
    street_leader: ["major-decision.review-request", "major-decision.decide", "major-decision.report", "document.generate"],
    district_supervisor: ["major-decision.report"],
    legal_adviser: ["major-decision.review", "document.generate"],
  },
  views: majorDecisionViews,
  fileKinds: ["决策草案", "起草说明", "听证材料", "专家论证材料", "风险评估报告", "会议纪要", "其他"],
  nav: [
    { to: "/cases/new/major-decision", label: "重大行政决策", order: 28, permission: "major-decision.handle", officeKinds: ["street"] },
    { to: "/reports/major-decision", label: "决策统计", order: 36, permission: "major-decision.report" },
  ],
  report: { title: "重大行政决策统计", permission: "major-decision.report", officeKinds: ["street"], csvPath: "/reports/major-decision.csv" },
  server: majorDecisionServer,
});
