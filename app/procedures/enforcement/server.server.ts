/**
 * Enforcement's server side: its documents; the periods the server counts on today's calendar
 * (the hearing request window, APL 64; the notice's 7 working days; the late-payment surcharge,
 * APL 72) and the reviewer as the server knows them (118 §13); the audit check of the
 * full-process record; the demo cases.
 */
import type { Db } from "../../../db/connection";
import { ENFORCEMENT_DOCUMENTS } from "../../../templates/enforcement";
import { addDays, isWeekend } from "../../../workflows/calendar/calendar";
import { isWorkingDay } from "../../../workflows/calendar/working-days";
import { countPeriod } from "../../../workflows/calendar/periods";
import { applicationWindowEnd, challengePeriodsEnd, demolitionPeriodsEnd, owedSince, surchargeFor, URGE_WORKING_DAYS, urgeDue } from "../../../workflows/enforcement/coercion/collection";
import { seizureDue } from "../../../workflows/enforcement/coercion/deadlines";
import { seizureOf } from "../../../workflows/enforcement/coercion/seizure";
import { HEARING_NOTICE_WORKING_DAYS, HEARING_REQUEST_WORKING_DAYS } from "../../../workflows/enforcement/deadlines";
import { fineOwed } from "../../../workflows/enforcement/guards";
import { loadCalendar } from "../../calendar.server";
import { personRef } from "../../cases/prepare.server";
import { getSetting } from "../../settings.server";
import type { ProcedureServer } from "../types";
import { seedEnforcementDemo } from "./demo.server";
import { enforcementFiguresIn } from "./report.server";
import { verifyEnforcementRecords } from "./verify-record.server";
import { enforcementRegister, enforcementReportSheets } from "./sheets.server";
import { enforcementCharts } from "../../charts/procedure-charts";

/** A period on today's calendar from a date the user gave; nothing for an impossible date (the schema names it). */
function periodDue(db: Db, start: unknown, amount: number, unit: "days" | "workingDays"): string | undefined {
  if (typeof start !== "string") return undefined;
  try {
    return countPeriod(loadCalendar(db), start, amount, unit).due;
  } catch {
    return undefined;
  }
}

const isDate = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** Where the street's decisions tell the party to pay and to challenge them, from its settings. */
function remediesOf(db: Db, officeId: number) {
  return {
    payment: getSetting(db, officeId, "enforcement.payment"),
    reviewOrgan: getSetting(db, officeId, "enforcement.reviewOrgan"),
    court: getSetting(db, officeId, "enforcement.court"),
  };
}

export const enforcementServer: ProcedureServer = {
  documents: ENFORCEMENT_DOCUMENTS,
  charts: (f, link) => enforcementCharts(f, link),
  figures: (db, q) => enforcementFiguresIn(db, q),
  reportSheets: enforcementReportSheets,
  register: enforcementRegister,
  fills: {
    DECIDE: (db, c) => ({ remedies: remediesOf(db, c.officeId) }),
    DECIDE_ON_SPOT: (db, c) => ({ remedies: remediesOf(db, c.officeId) }),
    REQUEST_HEARING: (db, c) => ({ windowDue: periodDue(db, c.snapshot.context.notice?.servedOn, HEARING_REQUEST_WORKING_DAYS, "workingDays") }),
    PROCEED: (db, c) => ({ windowDue: periodDue(db, c.snapshot.context.notice?.servedOn, HEARING_REQUEST_WORKING_DAYS, "workingDays") }),
    SCHEDULE_HEARING: (db, _c, payload) => ({ earliest: periodDue(db, payload.noticeServedOn, HEARING_NOTICE_WORKING_DAYS, "workingDays") }),
    LEGAL_REVIEW: (_db, _c, _payload, _at, user) => ({ reviewer: personRef(user) }),
    // The surcharge on the day paid: per instalment, paused while a 复议 or 诉讼 ran (APL 66, 72, 73).
    RECORD_PAYMENT: (db, c, payload) => {
      const ctx = c.snapshot.context;
      const date = isDate(payload.date) ? payload.date : null;
      return { surcharge: date && ctx.decision && ctx.service ? surchargeFor(ctx, loadCalendar(db), fineOwed(ctx), date, Number(payload.amount) || 0) : 0 };
    },
    URGE_PAYMENT: (db, c, payload) => {
      const ctx = c.snapshot.context;
      // Still owed after its day, the fine or only the surcharge on it (APL 72; 行政强制法 54).
      return { paymentDue: owedSince(ctx, loadCalendar(db), fineOwed(ctx)) ?? undefined, deadline: periodDue(db, payload.date, URGE_WORKING_DAYS, "workingDays") };
    },
    DECIDE_ENFORCEMENT: (db, c) => ({ remedies: remediesOf(db, c.officeId) }),
    SEIZE: (db, c) => ({ remedies: remediesOf(db, c.officeId) }),
    EXTEND_SEIZURE: (db, c, payload) => {
      const s = seizureOf(c.snapshot.context, payload.n);
      return { due: s ? seizureDue(s, loadCalendar(db)).due : undefined };
    },
    // When the order's challenge periods end, and which days of the demolition are rest days (行政强制法 43, 44).
    DEMOLISH: (db, c, payload) => {
      const cal = loadCalendar(db);
      const [from, to] = [String(payload.time ?? "").slice(0, 10), String(payload.endTime ?? "").slice(0, 10)];
      const restDays: string[] = [];
      if (isDate(from) && isDate(to) && to >= from && to <= addDays(from, 31)) for (let d = from; d <= to; d = addDays(d, 1)) if (!isWorkingDay(cal, d) || isWeekend(d)) restDays.push(d);
      return { periodsEnd: demolitionPeriodsEnd(c.snapshot.context, cal) ?? undefined, restDays };
    },
    APPLY_COURT: (db, c) => {
      const ctx = c.snapshot.context;
      const cal = loadCalendar(db);
      return { urgeDue: urgeDue(ctx, cal) ?? undefined, periodsEnd: challengePeriodsEnd(ctx, cal) ?? undefined, windowEnd: applicationWindowEnd(ctx, cal) ?? undefined };
    },
  },
  // Called through functions: these modules run the engine, which reaches this file through the registry.
  verify: (db, stored) => verifyEnforcementRecords(db, stored),
  seedDemo: (db, now) => seedEnforcementDemo(db, now),
};
