/** 人民调解 under the Fengqiao experience: intake to archive, tiered from committee to district (README). */
import { MEMBER_EVENTS, mediationProcedure } from "../../../workflows/mediation";
import { MEDIATION_FILE_KINDS, type MediationContext } from "../../../workflows/mediation/context";
import { defineProcedure } from "../types";
import { mediationViews } from "./views";
import { mediationServer } from "./server.server";
import { MEDIATION_SETTINGS } from "./settings";

const HANDLING = ["mediation.create", "mediation.handle", "mediation.move", "mediation.archive", "mediation.report", "mediation.notify-police"] as const;

export const mediationModule = defineProcedure({
  definition: mediationProcedure,
  permissions: [...HANDLING],
  grants: {
    district_supervisor: ["mediation.report"],
    // The street leader is told of red-grade disputes and may notify the police (PML 25).
    street_leader: ["mediation.report", "mediation.notify-police"],
    judicial_director: [...HANDLING, "document.generate", "file.upload"],
    judicial_staff: [...HANDLING, "document.generate", "file.upload"],
    mediator: [...HANDLING, "document.generate", "file.upload"],
  },
  settings: MEDIATION_SETTINGS,
  fileKinds: MEDIATION_FILE_KINDS,
  views: mediationViews,
  intake: { title: "受理纠纷登记", submit: "受理登记" },
  facets: { disputeType: { label: "纠纷类型", path: "disputeType" }, source: { label: "纠纷来源", path: "source" } },
  nav: [
    { to: "/cases/new/mediation", label: "受理纠纷", order: 10, permission: "mediation.create", officeKinds: ["street", "committee"] },
    { to: "/screenings", label: "纠纷排查", order: 11, permission: "mediation.create", officeKinds: ["street", "committee"] },
    { to: "/reports/mediation", label: "调解统计", order: 30, permission: "mediation.report" },
  ],
  report: { title: "人民调解统计", permission: "mediation.report", officeKinds: ["district", "street", "committee"], csvPath: "/reports/mediation.csv" },
  // A party field chooses among the dispute's registered parties.
  fieldChoices: (field, context) =>
    field.kind === "party" ? ((context as MediationContext).parties ?? []).map((p) => ({ id: p.index, name: `${p.index}. ${p.name}` })) : undefined,
  // The assigned mediators follow an escalated case and keep doing the mediation work; moving,
  // reassigning and filing the case stay with the handling office.
  memberRefusal: (type) =>
    MEMBER_EVENTS.includes(type)
      ? null
      : { guard: "handlingOffice", message: "案件已由其他单位承办，本事项由承办单位办理", basis: "分级调处：小事不出村（社区）、大事不出镇（街道）" },
  server: mediationServer,
});
