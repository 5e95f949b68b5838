/** 法律意见书: the 司法所's legal opinion, from request to the numbered opinion (README). */
import { legalOpinionProcedure } from "../../../workflows/legal-opinion";
import { DEFAULT_DRAFT_DEADLINE_BASIS, DEFAULT_DRAFT_WORKING_DAYS } from "../../../workflows/legal-opinion/deadlines";
import { numberForm, textForm } from "../setting-forms";
import { defineProcedure } from "../types";
import { legalOpinionViews } from "./views";
import { legalOpinionServer } from "./server.server";

export const legalOpinionModule = defineProcedure({
  definition: legalOpinionProcedure,
  permissions: [
    "legal-opinion.create",
    "legal-opinion.accept",
    "legal-opinion.withdraw",
    "legal-opinion.draft",
    "legal-opinion.review",
    "legal-opinion.issue",
    "legal-opinion.archive",
  ],
  grants: {
    street_leader: ["legal-opinion.create", "legal-opinion.withdraw", "document.generate"],
    judicial_director: ["legal-opinion.create", "legal-opinion.accept", "legal-opinion.withdraw", "legal-opinion.review", "legal-opinion.issue", "legal-opinion.archive", "document.generate", "file.upload"],
    judicial_staff: ["legal-opinion.create", "legal-opinion.withdraw", "legal-opinion.issue", "legal-opinion.archive", "document.generate", "file.upload"],
    legal_adviser: ["legal-opinion.draft", "document.generate", "file.upload"],
  },
  settings: {
    "legal-opinion.draftDays": {
      label: "法律意见书办理时限（工作日，自指派之日起）",
      default: String(DEFAULT_DRAFT_WORKING_DAYS),
      form: numberForm("法律意见书办理时限（自指派之日起，工作日）", "办理时限", "个工作日", 1, 60),
    },
    "legal-opinion.draftBasis": {
      label: "法律意见书办理时限的依据",
      default: DEFAULT_DRAFT_DEADLINE_BASIS,
      form: textForm("时限依据", "时限依据", 4, 200, "请填写制度名称或条款"),
    },
  },
  views: legalOpinionViews,
  nav: [{ to: "/cases/new/legal-opinion", label: "申请法律意见", order: 20, permission: "legal-opinion.create", officeKinds: ["street"] }],
  server: legalOpinionServer,
});
