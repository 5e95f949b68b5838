/**
 * Mediation's server side: its documents, and the values the server fills into events — the
 * parent organisation a case is escalated to (小事不出村、大事不出镇) and the 30-day window for
 * 司法确认 counted on today's calendar (PML 33).
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { organisations } from "../../../db/schema";
import { MEDIATION_DOCUMENTS } from "../../../templates/mediation";
import { countPeriod } from "../../../workflows/calendar/periods";
import { CONFIRMATION_WINDOW_DAYS } from "../../../workflows/mediation/guards";
import { loadCalendar } from "../../calendar.server";
import { getSetting } from "../../settings.server";
import { parseRiskFloors } from "../../../workflows/mediation/risk-floors";
import type { ProcedureServer } from "../types";
import { mediationFiguresIn } from "./report.server";
import { mediationRegister, mediationReportSheets } from "./sheets.server";
import { mediationCharts } from "../../charts/procedure-charts";
import { seedMediationDemo } from "./demo.server";

const LEVEL_OF = { district: "district", street: "street", committee: "committee" } as const;

/** 30 days from a real date on today's calendar; nothing for a missing or impossible date (the schema names it). */
function confirmationDue(db: Db, effectiveOn: unknown): string | undefined {
  if (typeof effectiveOn !== "string") return undefined;
  try {
    return countPeriod(loadCalendar(db), effectiveOn, CONFIRMATION_WINDOW_DAYS, "days").due;
  } catch {
    return undefined;
  }
}

export const mediationServer: ProcedureServer = {
  documents: MEDIATION_DOCUMENTS,
  charts: (f, link) => mediationCharts(f, link),
  seedDemo: (db, now) => seedMediationDemo(db, now),
  figures: (db, q) => mediationFiguresIn(db, q),
  reportSheets: mediationReportSheets,
  register: mediationRegister,
  fills: {
    // 小事不出村、大事不出镇: up one level, to the parent organisation.
    ESCALATE: (db, c) => {
      const here = db.select().from(organisations).where(eq(organisations.id, c.officeId)).get();
      const parent = here?.parentId ? db.select().from(organisations).where(eq(organisations.id, here.parentId)).get() : undefined;
      return parent ? { target: { id: parent.id, name: parent.name, level: LEVEL_OF[parent.kind] } } : { path: ["reason"], message: "已是最高一级，不能再上移" };
    },
    GRADE_RISK: (db, c) => ({ floors: parseRiskFloors(getSetting(db, c.snapshot.context.streetId ?? c.officeId, "mediation.riskFloors")) }),
    AGREE_ORAL: (db, _c, payload) => ({ confirmationDue: confirmationDue(db, payload.date) }),
    RECORD_SIGNED: (db, _c, payload) => ({ confirmationDue: confirmationDue(db, payload.signedOn) }),
    // Counted again when applying, so a holiday year loaded since the agreement is taken into account.
    APPLY_CONFIRMATION: (db, c) => ({ windowDue: confirmationDue(db, c.snapshot.context.agreement?.effectiveOn) }),
  },
};
