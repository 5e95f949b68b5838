/**
 * “三重一大”事项 (重大决策、重要人事任免、重大项目安排、大额资金使用): the street's own procedure, with
 * 行业比价 and 专业审价 above the amount the street sets, the 司法所's 法制审核 before the meeting, each
 * member's position with the 一把手 last, and every attendee's signature on the minutes.
 */
import { threeImportantProcedure } from "../../../workflows/three-important";
import { numberForm } from "../setting-forms";
import { defineProcedure } from "../types";
import { threeImportantViews } from "./views";
import { threeImportantServer } from "./server.server";

export const threeImportantModule = defineProcedure({
  definition: threeImportantProcedure,
  permissions: ["three-important.declare", "three-important.legal-check", "three-important.decide"],
  grants: {
    judicial_staff: ["three-important.declare", "document.generate", "file.upload"],
    judicial_director: ["three-important.declare", "three-important.legal-check", "document.generate", "file.upload"],
    legal_adviser: ["three-important.legal-check"],
    street_leader: ["three-important.declare", "three-important.decide", "document.generate"],
  },
  settings: {
    "three-important.threshold": {
      label: "“三重一大”大额资金标准（元）",
      default: "500000",
      form: numberForm("“三重一大”大额资金和重大项目须行业比价、专业审价的金额（元，达到即须）", "大额资金标准", "元", 1, 1e10),
    },
  },
  views: threeImportantViews,
  fileKinds: ["议题材料", "调研报告", "比价材料", "审价报告", "会议纪要", "其他"],
  nav: [{ to: "/cases/new/three-important", label: "“三重一大”", order: 29, permission: "three-important.declare", officeKinds: ["street"] }],
  server: threeImportantServer,
});
