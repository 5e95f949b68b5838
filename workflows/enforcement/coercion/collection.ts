/**
 * Collecting a fine the party has not paid, as the street may: the 加处罚款 (APL 72), paused while a
 * 复议 or 诉讼 runs (APL 73 ¶3); 暂缓 or 分期 payment on the party's application (APL 66 ¶2); the 催告
 * and, ten working days after it, the application to the court (行政强制法 54, 69) within three months
 * of the end of the challenge periods (行政强制法 53). A street has no enforcement power of its own
 * (行政强制法 13): it does not enforce a fine itself.
 */
import { z } from "zod";
import { addDays, type HolidayCalendar } from "../../calendar/calendar";
import { countPeriod } from "../../calendar/periods";
import type { FormField, ProcedureEvent } from "../../engine/types";
import { DATE } from "../../mediation/events";
import { options } from "../forms";
import { keys } from "../schema-parts";
import { oneOf, optionalText, requiredText } from "../../validation";
import type { EnforcementContext, PersonRef } from "../context";
import { SERVICE_METHODS } from "../context";
import { challengesOf } from "./context";


export const PAYMENT_DAYS = 15;
export const SURCHARGE_RATE = 0.03;
/** 催告书送达十日后 (行政强制法 54), in working days (69). */
export const URGE_WORKING_DAYS = 10;
export const REVIEW_PERIOD_DAYS = 60;
export const LITIGATION_PERIOD_MONTHS = 6;
/** A lawsuit after a 复议 decision: 15 days from receiving it (行政诉讼法 45). */
export const SUE_AFTER_REVIEW_DAYS = 15;
export const APPLICATION_WINDOW_MONTHS = 3;

export interface Instalment { readonly due: string; readonly amount: number }
export interface PaymentPlan {
  readonly kind: "defer" | "instalments";
  readonly appliedOn: string;
  readonly reason: string;
  readonly instalments: readonly Instalment[];
  readonly by: PersonRef;
  readonly at: string;
}
export interface Urging {
  readonly obligation: "fine" | "demolition";
  readonly date: string;
  readonly method: keyof typeof SERVICE_METHODS;
  /** The day by which the party is told to perform. */
  readonly deadline: string;
  readonly number: string;
  readonly by: PersonRef;
  readonly at: string;
}
export interface CourtApplication { readonly date: string; readonly court: string; readonly note: string; readonly by: PersonRef; readonly at: string }

export const urgingsOf = (c: { urgings?: readonly Urging[] }, obligation: Urging["obligation"]) => (c.urgings ?? []).filter((u) => u.obligation === obligation);

const INSTALMENT = /^(\d{4}-\d{2}-\d{2})\s+(\d+)(?:元)?$/;
/** "YYYY-MM-DD 金额" a line, as the form gives them. */
const ScheduleLines = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(/\r?\n/)).map((l) => l.trim()).filter(Boolean))
  .superRefine((lines, ctx) => {
    if (!lines.length) ctx.addIssue({ code: "custom", message: "缴纳期限：请至少填写一行“日期 金额”" });
    lines.forEach((l, i) => { if (!INSTALMENT.test(l)) ctx.addIssue({ code: "custom", path: [i], message: `缴纳期限第${i + 1}行：格式应为“YYYY-MM-DD 金额”` }); });
  })
  .transform((lines) => lines.map((l) => { const [, due, amount] = l.match(INSTALMENT)!; return { due, amount: Number(amount) }; }));

export const PaymentPlanSchema = z.object({
  kind: oneOf("暂缓或分期", ["defer", "instalments"] as const),
  appliedOn: DATE("当事人申请日期"),
  reason: requiredText("当事人确有经济困难的情况", 2000),
  schedule: ScheduleLines,
}).superRefine((a, ctx) => {
  if (a.kind === "defer" && a.schedule.length !== 1) ctx.addIssue({ code: "custom", path: ["schedule"], message: "缴纳期限：暂缓缴纳的，只填写一行（暂缓至的日期和未缴罚款金额）" });
});
/** deadline: filled by the server, 10 working days after service of the 催告书 (行政强制法 54, 69). */
export const UrgePaymentSchema = z.object({
  date: DATE("催告书送达日期"),
  method: oneOf("送达方式", keys(SERVICE_METHODS)),
  paymentDue: z.string().optional(),
  deadline: z.string().optional(),
  number: z.string().optional(),
});
/** urgeDue, periodsEnd and windowEnd: counted by the server on the holiday calendar. */
export const ApplyCourtSchema = z.object({
  date: DATE("申请日期"),
  court: requiredText("受理申请的人民法院", 100),
  note: optionalText("申请材料及说明", 2000),
  urgeDue: z.string().optional(),
  periodsEnd: z.string().optional(),
  windowEnd: z.string().optional(),
});

export const COLLECTION_FORMS = {
  DEFER_PAYMENT: [
    { name: "kind", label: "暂缓或分期", kind: "select", required: true, options: options({ defer: "暂缓缴纳", instalments: "分期缴纳" }) },
    { name: "appliedOn", label: "当事人申请日期", kind: "date", required: true },
    { name: "reason", label: "当事人确有经济困难的情况", kind: "textarea", required: true },
    { name: "schedule", label: "缴纳期限（每行“YYYY-MM-DD 金额”，合计应等于未缴罚款）", kind: "lines", required: true },
  ],
  URGE_PAYMENT: [
    { name: "date", label: "催告书送达日期", kind: "date", required: true },
    { name: "method", label: "送达方式", kind: "select", required: true, options: options(SERVICE_METHODS) },
  ],
  APPLY_COURT: [
    { name: "date", label: "申请日期", kind: "date", required: true },
    { name: "court", label: "受理申请的人民法院", kind: "text", required: true },
    { name: "note", label: "申请材料及说明", kind: "textarea" },
  ],
} satisfies Record<string, FormField[]>;

const p = <T>(e: ProcedureEvent) => e.payload as T;
const by = (e: ProcedureEvent): PersonRef => ({ id: e.actor.id, name: e.actor.name });

export function planPayment(_c: EnforcementContext, e: ProcedureEvent): Partial<EnforcementContext> {
  const a = p<{ kind: PaymentPlan["kind"]; appliedOn: string; reason: string; schedule: Instalment[] }>(e);
  return { paymentPlan: { kind: a.kind, appliedOn: a.appliedOn, reason: a.reason, instalments: a.schedule, by: by(e), at: e.at } };
}
export function urgePayment(c: EnforcementContext, e: ProcedureEvent): Partial<EnforcementContext> {
  const u = p<{ date: string; method: Urging["method"]; deadline?: string; number?: string }>(e);
  return { urgings: [...(c.urgings ?? []), { obligation: "fine", date: u.date, method: u.method, deadline: u.deadline ?? "", number: u.number ?? "", by: by(e), at: e.at }] };
}
export function applyCourt(_c: EnforcementContext, e: ProcedureEvent): Partial<EnforcementContext> {
  const a = p<{ date: string; court: string; note?: string }>(e);
  return {
    courtApplication: { date: a.date, court: a.court, note: a.note ?? "", by: by(e), at: e.at },
    enforcement: { kind: "申请人民法院强制执行", date: a.date, note: `向${a.court}申请强制执行${a.note ? `：${a.note}` : ""}` },
  };
}

/** The instalments the fine is due in: the plan's, or the whole fine 15 days from service (APL 67). */
export function dueSchedule(c: EnforcementContext, calendar: HolidayCalendar, owed: number): Instalment[] {
  if (c.paymentPlan) return [...c.paymentPlan.instalments];
  if (!c.service) return [];
  return [{ due: countPeriod(calendar, c.service.date, PAYMENT_DAYS, "days").due, amount: owed }];
}

/** The days a 复议 or 诉讼 ran, on which no surcharge accrues (APL 73 ¶3). */
function paused(c: EnforcementContext, day: string): boolean {
  return challengesOf(c).some((x) => day >= x.filedOn && (x.outcome === null || day <= x.outcome.date));
}

/** Days after `due` up to `until`, not counting the days a challenge ran. */
export function lateDays(c: EnforcementContext, due: string, until: string): number {
  let n = 0;
  for (let d = addDays(due, 1); d <= until; d = addDays(d, 1)) if (!paused(c, d)) n += 1;
  return n;
}

/**
 * The 加处罚款 owed on `paidOn` with a payment of `amount` (APL 72 (一)): 3% a day of each instalment
 * for each day it is late, up to the day payments covered it, paused while a challenge runs; never
 * more than the fine. Payments go to the fine first.
 */
/** What was paid before an approved plan: the plan's instalments cover only what was left (APL 66). */
const paidBeforePlan = (c: EnforcementContext, owed: number, schedule: readonly Instalment[]) => Math.max(0, owed - schedule.reduce((n, i) => n + i.amount, 0));

export function surchargeFor(c: EnforcementContext, calendar: HolidayCalendar, owed: number, paidOn: string, amount: number): number {
  const payments = [...c.payments.map((x) => ({ date: x.date, amount: x.amount })), { date: paidOn, amount }];
  const schedule = dueSchedule(c, calendar, owed);
  let threshold = paidBeforePlan(c, owed, schedule);
  let total = 0;
  for (const i of schedule) {
    threshold += i.amount;
    let paid = 0;
    const covered = payments.find((x) => (paid += x.amount) >= threshold)?.date ?? paidOn;
    total += Math.min(i.amount, Math.round(i.amount * SURCHARGE_RATE * lateDays(c, i.due, covered)));
  }
  return Math.min(owed, total);
}

/** The next day the party must pay by: the first instalment not yet covered. */
export function nextDue(c: EnforcementContext, calendar: HolidayCalendar, owed: number): string | null {
  const schedule = dueSchedule(c, calendar, owed);
  let threshold = paidBeforePlan(c, owed, schedule);
  const paid = c.payments.reduce((n, x) => n + x.amount, 0);
  for (const i of schedule) {
    threshold += i.amount;
    if (paid < threshold) return i.due;
  }
  return null;
}

/** The day by which what is still owed was due: the next instalment, or, with only the surcharge left, the last. */
export function owedSince(c: EnforcementContext, calendar: HolidayCalendar, owed: number): string | null {
  return nextDue(c, calendar, owed) ?? dueSchedule(c, calendar, owed).at(-1)?.due ?? null;
}

/**
 * When the party can no longer challenge the decision (行政强制法 53): 60 days for 复议 and six months
 * for a lawsuit from service (行政复议法 20; 行政诉讼法 46); on-the-spot penalties go to 复议 first
 * (行政复议法 23 (一)); 15 days after a 复议 decision (行政诉讼法 45); a lawsuit ends with its judgment.
 */
export function challengePeriodsEnd(c: EnforcementContext, calendar: HolidayCalendar): string | null {
  if (!c.service) return null;
  const ends = [countPeriod(calendar, c.service.date, REVIEW_PERIOD_DAYS, "days").due];
  if (c.track !== "simple") ends.push(countPeriod(calendar, c.service.date, LITIGATION_PERIOD_MONTHS, "months").due);
  for (const x of challengesOf(c)) {
    if (!x.outcome) continue;
    ends.push(x.kind === "review" ? countPeriod(calendar, x.outcome.date, SUE_AFTER_REVIEW_DAYS, "days").due : x.outcome.date);
  }
  return ends.sort().at(-1)!;
}

/** The last day to apply to the court: three months from the end of the challenge periods (行政强制法 53). */
export function applicationWindowEnd(c: EnforcementContext, calendar: HolidayCalendar): string | null {
  const end = challengePeriodsEnd(c, calendar);
  return end ? countPeriod(calendar, end, APPLICATION_WINDOW_MONTHS, "months").due : null;
}

/** 10 working days from service of the last 催告书 for the fine (行政强制法 54, 69). */
export function urgeDue(c: EnforcementContext, calendar: HolidayCalendar): string | null {
  const u = urgingsOf(c, "fine").at(-1);
  return u ? countPeriod(calendar, u.date, URGE_WORKING_DAYS, "workingDays").due : null;
}


/**
 * The first day a demolition may take place after (行政强制法 44): the challenge periods of the
 * 限期拆除 decision and, conservatively, of the 强制执行决定 that is itself open to challenge.
 */
export function demolitionPeriodsEnd(c: EnforcementContext, calendar: HolidayCalendar): string | null {
  const own = challengePeriodsEnd(c, calendar);
  const served = c.demolition?.served?.date;
  if (!own || !served) return own;
  const of = countPeriod(calendar, served, LITIGATION_PERIOD_MONTHS, "months").due;
  return [own, of].sort().at(-1)!;
}
