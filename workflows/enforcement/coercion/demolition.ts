/**
 * 强制拆除 or 代履行 of a 限期拆除 order the party did not carry out (行政强制法 35–38, 43, 44, 50–51):
 * 催告 → 陈述申辩 heard → 强制执行决定 → 送达 → 公告 with a last deadline → the demolition, refused
 * until the 复议 and 诉讼 periods of the order have run without a challenge, at night or on a rest
 * day unless urgent, and without a full video. The party may carry it out themselves at any point.
 */
import { z } from "zod";
import type { FormField, ProcedureEvent } from "../../engine/types";
import { DATE } from "../../mediation/events";
import { oneOf, optionalText, requiredText } from "../../validation";
import { REPRESENTATION_RESULTS, SERVICE_METHODS, type EnforcementContext, type Officer, type PersonRef, type RecordEntry, type Remedies } from "../context";
import { DATETIME, FileRefSchema, keys, OfficersSchema } from "../schema-parts";
import { ServeSchema } from "../events";
import { FORMS, options } from "../forms";
import type { Urging } from "./collection";
import { demolitionOf, ENFORCEMENT_METHODS } from "./context";

export { demolitionOf, ENFORCEMENT_METHODS };


/** 夜间: 22:00 to 06:00, as 《噪声污染防治法》第八十八条 defines it (行政强制法 43 has no definition of its own). */
export const NIGHT_FROM = "22:00";
export const NIGHT_UNTIL = "06:00";
/** 代履行三日前，催告当事人履行 (行政强制法 51 (二)). */
export const SUBSTITUTE_NOTICE_DAYS = 3;

/** What a 限期拆除 order on the decision names: the structure and the day to remove it by. */
export interface DemolitionOrder { readonly structure: string; readonly deadline: string }

export interface Demolition {
  readonly statements: readonly { readonly date: string; readonly content: string; readonly result: keyof typeof REPRESENTATION_RESULTS; readonly reason: string; readonly by: PersonRef }[];
  readonly decision: { readonly date: string; readonly method: keyof typeof ENFORCEMENT_METHODS; readonly executor: string; readonly reasons: string; /** Absent on decisions recorded before it was asked. */ readonly schedule?: string; readonly number: string; readonly remedies?: Remedies; readonly by: PersonRef; readonly at: string } | null;
  readonly served: { readonly date: string; readonly method: keyof typeof SERVICE_METHODS; readonly receiver: string } | null;
  readonly announced: { readonly date: string; readonly deadline: string; readonly place: string; readonly number: string } | null;
  readonly done: { readonly entry: number; readonly time: string; readonly urgent: string; readonly by: PersonRef } | null;
  readonly complied: { readonly date: string; readonly note: string; readonly by: PersonRef } | null;
}

export const orderOf = (c: EnforcementContext): DemolitionOrder | null => c.decision?.order ?? null;
/** The order still stands and nobody has removed the structure. */
export const orderOutstanding = (c: EnforcementContext) => !!orderOf(c) && !demolitionOf(c).done && !demolitionOf(c).complied;


export const UrgeDemolitionSchema = z.object({
  date: DATE("催告书送达日期"),
  method: oneOf("送达方式", keys(SERVICE_METHODS)),
  deadline: DATE("催告的履行期限"),
  number: z.string().optional(),
}).refine((u) => u.deadline > u.date, { path: ["deadline"], message: "催告的履行期限：应晚于催告书送达日期" });
export const UrgeStatementSchema = z.object({
  date: DATE("陈述申辩日期"),
  content: requiredText("当事人陈述、申辩内容", 5000),
  result: oneOf("复核结果", keys(REPRESENTATION_RESULTS)),
  reason: requiredText("复核理由", 3000),
});
export const EnforcementDecisionSchema = z.object({
  date: DATE("强制执行决定日期"),
  method: oneOf("强制执行方式", keys(ENFORCEMENT_METHODS)),
  executor: optionalText("代履行人（第三人）", 100),
  reasons: requiredText("强制执行的理由和依据", 3000),
  schedule: requiredText("强制执行的时间", 200),
  remedies: z.object({ payment: z.string(), reviewOrgan: z.string(), court: z.string() }).optional(),
  number: z.string().optional(),
}).refine((d) => d.method !== "substitute" || !!d.executor, { path: ["executor"], message: "代履行人：委托没有利害关系的第三人代履行的，须写明代履行人（《中华人民共和国行政强制法》第五十条）" });
/** 送达 of the 强制执行决定书 takes what the service of a decision takes (行政强制法 38). */
export const ServeEnforcementSchema = ServeSchema;
export const AnnounceSchema = z.object({
  date: DATE("公告日期"),
  deadline: DATE("公告的自行拆除期限"),
  place: requiredText("公告张贴地点", 200),
  number: z.string().optional(),
}).refine((a) => a.deadline > a.date, { path: ["deadline"], message: "公告的自行拆除期限：应晚于公告日期" });
/** periodsEnd and restDay: filled by the server from the holiday calendar. */
export const DemolishSchema = z.object({
  time: DATETIME("开始时间"),
  endTime: DATETIME("结束时间"),
  place: requiredText("地点", 120),
  officers: OfficersSchema,
  content: requiredText("现场笔录", 20000),
  witness: optionalText("见证人（当事人不在场时）", 120),
  files: z.array(FileRefSchema).default([]),
  urgent: oneOf("是否情况紧急", ["no", "yes"] as const).default("no"),
  urgentReason: optionalText("情况紧急的理由", 1000),
  periodsEnd: z.string().optional(),
  restDays: z.array(z.string()).optional(),
}).superRefine((d, ctx) => {
  if (d.endTime <= d.time) ctx.addIssue({ code: "custom", path: ["endTime"], message: "结束时间：应晚于开始时间" });
  if (d.urgent === "yes" && !d.urgentReason) ctx.addIssue({ code: "custom", path: ["urgentReason"], message: "情况紧急的理由：在夜间或者法定节假日实施的，须写明紧急情况（《中华人民共和国行政强制法》第四十三条）" });
});
export const ComplianceSchema = z.object({ date: DATE("当事人自行拆除日期"), note: requiredText("核查情况", 1000) });

const OFFICERS: FormField = { name: "officers", label: "执法人员（至少两名，持有效执法证）", kind: "users", role: "enforcement_officer", required: true };
export const DEMOLITION_FORMS = {
  URGE_DEMOLITION: [
    { name: "date", label: "催告书送达日期", kind: "date", required: true },
    { name: "method", label: "送达方式", kind: "select", required: true, options: options(SERVICE_METHODS) },
    { name: "deadline", label: "催告的履行期限（自行拆除的最后一日）", kind: "date", required: true },
  ],
  RECORD_URGE_STATEMENT: [
    { name: "date", label: "陈述申辩日期", kind: "date", required: true },
    { name: "content", label: "当事人陈述、申辩内容", kind: "textarea", required: true },
    { name: "result", label: "复核结果（事实、理由或证据成立的应当采纳）", kind: "select", required: true, options: options(REPRESENTATION_RESULTS) },
    { name: "reason", label: "复核理由", kind: "textarea", required: true },
  ],
  DECIDE_ENFORCEMENT: [
    { name: "date", label: "强制执行决定日期", kind: "date", required: true },
    { name: "method", label: "强制执行方式", kind: "select", required: true, options: options(ENFORCEMENT_METHODS) },
    { name: "executor", label: "代履行人（代履行时填写）", kind: "text" },
    { name: "reasons", label: "强制执行的理由和依据", kind: "textarea", required: true },
    { name: "schedule", label: "强制执行的时间（如：公告期限届满且复议、诉讼期限届满后的工作日白天）", kind: "text", required: true },
  ],
  SERVE_ENFORCEMENT: FORMS.SERVE,
  ANNOUNCE_DEMOLITION: [
    { name: "date", label: "公告日期", kind: "date", required: true },
    { name: "deadline", label: "公告的自行拆除期限", kind: "date", required: true },
    { name: "place", label: "公告张贴地点", kind: "text", required: true },
  ],
  DEMOLISH: [
    { name: "time", label: "开始时间", kind: "datetime", required: true },
    { name: "endTime", label: "结束时间", kind: "datetime", required: true },
    { name: "place", label: "地点", kind: "text", required: true },
    OFFICERS,
    { name: "content", label: "现场笔录（拆除情况、当事人在场情况、物品清点）", kind: "textarea", required: true },
    { name: "witness", label: "见证人（当事人不在场时填写姓名、身份证件号码）", kind: "text" },
    { name: "files", label: "全程录像（必须）及照片（先在附件中上传）", kind: "files", required: true },
    { name: "urgent", label: "是否情况紧急", kind: "select", options: [{ value: "no", label: "否" }, { value: "yes", label: "是（夜间或法定节假日实施须写明理由）" }] },
    { name: "urgentReason", label: "情况紧急的理由", kind: "textarea" },
  ],
  RECORD_COMPLIANCE: [
    { name: "date", label: "当事人自行拆除日期", kind: "date", required: true },
    { name: "note", label: "核查情况", kind: "textarea", required: true },
  ],
} satisfies Record<string, FormField[]>;

const p = <T>(e: ProcedureEvent) => e.payload as T;
const by = (e: ProcedureEvent): PersonRef => ({ id: e.actor.id, name: e.actor.name });
const withDemolition = (c: EnforcementContext, patch: Partial<Demolition>) => ({ demolition: { ...demolitionOf(c), ...patch } });

export function urgeDemolition(c: EnforcementContext, e: ProcedureEvent): Partial<EnforcementContext> {
  const u = p<{ date: string; method: Urging["method"]; deadline: string; number?: string }>(e);
  return { urgings: [...(c.urgings ?? []), { obligation: "demolition", date: u.date, method: u.method, deadline: u.deadline, number: u.number ?? "", by: by(e), at: e.at }] };
}
export function urgeStatement(c: EnforcementContext, e: ProcedureEvent) {
  const s = p<{ date: string; content: string; result: keyof typeof REPRESENTATION_RESULTS; reason: string }>(e);
  return withDemolition(c, { statements: [...demolitionOf(c).statements, { ...s, by: by(e) }] });
}
export function decideEnforcement(c: EnforcementContext, e: ProcedureEvent) {
  const d = p<{ date: string; method: keyof typeof ENFORCEMENT_METHODS; executor?: string; reasons: string; schedule: string; number?: string; remedies?: Remedies }>(e);
  return withDemolition(c, { decision: { date: d.date, method: d.method, executor: d.executor ?? "", reasons: d.reasons, schedule: d.schedule, number: d.number ?? "", ...(d.remedies ? { remedies: d.remedies } : {}), by: by(e), at: e.at } });
}
export function serveEnforcement(c: EnforcementContext, e: ProcedureEvent) {
  const s = p<{ date: string; method: keyof typeof SERVICE_METHODS; receiver: string }>(e);
  return withDemolition(c, { served: { date: s.date, method: s.method, receiver: s.receiver } });
}
export function announce(c: EnforcementContext, e: ProcedureEvent) {
  const a = p<{ date: string; deadline: string; place: string; number?: string }>(e);
  return withDemolition(c, { announced: { date: a.date, deadline: a.deadline, place: a.place, number: a.number ?? "" } });
}
/** The demolition joins the full-process record as an act with its video (118 §8). */
export function demolish(c: EnforcementContext, e: ProcedureEvent): Partial<EnforcementContext> {
  const d = p<{ time: string; endTime: string; place: string; officers: Officer[]; content: string; witness?: string; files: RecordEntry["files"]; urgent: "yes" | "no"; urgentReason?: string }>(e);
  const seq = c.record.length + 1;
  const entry: RecordEntry = {
    seq, kind: "demolition", time: d.time, endTime: d.endTime, place: d.place, inCaseRoom: false,
    officers: d.officers.map((o) => ({ id: o.id, name: o.name, certNo: o.certNo ?? null, certValidUntil: o.certValidUntil ?? null })),
    content: d.content, files: d.files, corrects: null, correctionReason: "", recordedBy: by(e), recordedAt: e.at,
    ...(d.witness ? { witness: d.witness } : {}),
  };
  return { record: [...c.record, entry], ...withDemolition(c, { done: { entry: seq, time: d.time, urgent: d.urgent === "yes" ? d.urgentReason ?? "" : "", by: by(e) } }) };
}
export function comply(c: EnforcementContext, e: ProcedureEvent) {
  const a = p<{ date: string; note: string }>(e);
  return withDemolition(c, { complied: { date: a.date, note: a.note, by: by(e) } });
}
