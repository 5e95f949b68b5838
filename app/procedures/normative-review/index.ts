/**
 * 规范性文件合法性审核 / 合同合法性审查: the 司法所 reviews a draft normative document or a contract
 * the street is about to adopt or sign, with a 法律顾问/公职律师 from its roster, and issues a
 * numbered 合法性审查意见书.
 */
import { normativeReviewProcedure } from "../../../workflows/normative-review";
import { DEFAULT_REVIEW_BASIS, DEFAULT_REVIEW_WORKING_DAYS } from "../../../workflows/normative-review/deadlines";
import { numberForm, textForm } from "../setting-forms";
import { defineProcedure } from "../types";
import { normativeReviewViews } from "./views";
import { normativeReviewServer } from "./server.server";

export const normativeReviewModule = defineProcedure({
  definition: normativeReviewProcedure,
  permissions: ["normative-review.create", "normative-review.accept", "normative-review.review", "normative-review.issue", "normative-review.archive", "normative-review.report"],
  grants: {
    district_supervisor: ["normative-review.report"],
    // Staff of the 司法所 register and upload; the leader follows the figures.
    street_leader: ["normative-review.report"],
    judicial_director: ["normative-review.create", "normative-review.accept", "normative-review.review", "normative-review.issue", "normative-review.archive", "normative-review.report", "document.generate", "file.upload"],
    judicial_staff: ["normative-review.create", "normative-review.issue", "normative-review.archive", "normative-review.report", "document.generate", "file.upload"],
    legal_adviser: ["normative-review.review", "document.generate", "file.upload"],
  },
  settings: {
    "normative-review.reviewDays": {
      label: "合法性审查期限（工作日，自受理之日起）",
      default: String(DEFAULT_REVIEW_WORKING_DAYS),
      form: numberForm("规范性文件/合同合法性审查期限（自受理之日起，工作日；补正期间不计入）", "审查期限", "个工作日", 1, 60),
    },
    "normative-review.reviewBasis": {
      label: "合法性审查期限的依据",
      default: DEFAULT_REVIEW_BASIS,
      form: textForm("审查期限依据", "审查期限依据", 4, 200, "请填写制度名称或条款"),
    },
  },
  views: normativeReviewViews,
  fileKinds: ["送审稿", "起草说明", "制定依据", "征求意见材料", "相对方资质证明", "其他"],
  nav: [
    { to: "/cases/new/normative-review", label: "合法性审查送审", order: 25, permission: "normative-review.create", officeKinds: ["street"] },
    { to: "/reports/normative-review", label: "审查统计", order: 35, permission: "normative-review.report" },
  ],
  report: { title: "合法性审查统计", permission: "normative-review.report", officeKinds: ["street"] },
  server: normativeReviewServer,
});
