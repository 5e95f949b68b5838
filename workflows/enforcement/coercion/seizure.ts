/**
 * 查封、扣押 as an administrative coercive measure (行政强制法 18–28): approved by the head beforehand,
 * or in an emergency within 24 hours after (19); a 决定书 with its 清单 (24); the party told and heard on
 * the spot, or a witness present (18); 30 days, once extended by up to 30 with approval (25); ended
 * by 没收, 销毁 or 解除 (27, 28). It is recorded in the full-process record with its video (118 §8).
 */
import { z } from "zod";
import type { FormField, ProcedureEvent } from "../../engine/types";
import { DATE } from "../../mediation/events";
import { oneOf, optionalText, positiveInt, requiredText } from "../../validation";
import type { EnforcementContext, Officer, PersonRef, RecordEntry, Remedies } from "../context";
import { options } from "../forms";
import { blankless, DATETIME, FileRefSchema, keys, OfficersSchema, personRef } from "../schema-parts";
import { RELEASE_GROUNDS, SEIZURE_KINDS, SEIZURE_OUTCOMES, seizuresOf } from "./context";

export { RELEASE_GROUNDS, SEIZURE_KINDS, SEIZURE_OUTCOMES, seizuresOf };


export const SEIZURE_DAYS = 30;
export const EMERGENCY_APPROVAL_HOURS = 24;

export interface Seizure {
  readonly n: number;
  /** The full-process record entry of the 现场笔录. */
  readonly entry: number;
  readonly kind: keyof typeof SEIZURE_KINDS;
  readonly time: string;
  readonly place: string;
  readonly items: string;
  readonly reasons: string;
  readonly number: string;
  /** Where the party may challenge it, as the street has set (行政强制法 24 (四)). */
  readonly remedies?: Remedies;
  readonly approval: { readonly by: PersonRef; readonly at: string } | null;
  /** Why it could not wait for approval (行政强制法 19); blank when approved beforehand. */
  readonly emergency: string;
  readonly rejected: { readonly by: PersonRef; readonly at: string; readonly reason: string } | null;
  readonly statement: string;
  readonly partyPresent: boolean;
  readonly refusedToSign: boolean;
  readonly witness: string;
  readonly extension: { readonly days: number; readonly reason: string; readonly notifiedOn: string; readonly by: PersonRef; readonly at: string } | null;
  readonly ended: { readonly outcome: keyof typeof SEIZURE_OUTCOMES; readonly ground: keyof typeof RELEASE_GROUNDS | null; readonly date: string; readonly reason: string; readonly by: PersonRef } | null;
}

export const seizureOf = (c: { seizures?: readonly Seizure[] }, n: unknown) => seizuresOf(c).find((x) => x.n === Number(n)) ?? null;


export const SeizeSchema = z.object({
  kind: oneOf("查封或扣押", keys(SEIZURE_KINDS)),
  time: DATETIME("开始时间"),
  endTime: DATETIME("结束时间"),
  place: requiredText("地点", 120),
  officers: OfficersSchema,
  items: requiredText("查封、扣押的场所、设施或者财物清单", 3000),
  reasons: requiredText("查封、扣押的理由、依据", 2000),
  approval: oneOf("批准", ["prior", "emergency"] as const),
  approver: personRef("批准的负责人").optional(),
  approvedAt: blankless(DATETIME("批准时间")),
  emergencyReason: optionalText("情况紧急需要当场实施的理由", 1000),
  informed: z.literal("yes", { error: "告知：应当当场告知当事人采取查封、扣押的理由、依据以及当事人依法享有的权利、救济途径（《中华人民共和国行政强制法》第十八条第五项）" }),
  partyPresent: oneOf("当事人是否到场", ["yes", "no"] as const),
  statement: optionalText("当事人的陈述和申辩", 3000),
  signed: oneOf("当事人签名情况", ["signed", "refused"] as const).default("signed"),
  witness: optionalText("见证人", 120),
  content: requiredText("现场笔录", 20000),
  files: z.array(FileRefSchema).default([]),
  remedies: z.object({ payment: z.string(), reviewOrgan: z.string(), court: z.string() }).optional(),
  number: z.string().optional(),
}).superRefine((s, ctx) => {
  if (s.endTime <= s.time) ctx.addIssue({ code: "custom", path: ["endTime"], message: "结束时间：应晚于开始时间" });
});
export const ApproveSeizureSchema = z.object({
  n: z.coerce.number({ error: "请选择查封、扣押" }).int().positive("请选择查封、扣押"),
  decision: oneOf("负责人决定", ["approve", "reject"] as const),
  reason: requiredText("意见", 1000),
});
export const ExtendSeizureSchema = z.object({
  n: z.coerce.number({ error: "请选择查封、扣押" }).int().positive("请选择查封、扣押"),
  days: positiveInt("延长天数", SEIZURE_DAYS),
  reason: requiredText("情况复杂需要延长的理由", 1000),
  notifiedOn: DATE("书面告知当事人日期"),
  due: z.string().optional(),
});
export const EndSeizureSchema = z.object({
  n: z.coerce.number({ error: "请选择查封、扣押" }).int().positive("请选择查封、扣押"),
  outcome: oneOf("处理决定", keys(SEIZURE_OUTCOMES)),
  ground: blankless(oneOf("解除的情形", keys(RELEASE_GROUNDS))),
  date: DATE("处理决定日期"),
  reason: requiredText("处理理由、依据", 2000),
}).refine((e) => e.outcome !== "release" || !!e.ground, { path: ["ground"], message: "解除的情形：解除查封、扣押的，请选择《中华人民共和国行政强制法》第二十八条规定的情形" });

const SEIZURE_PICK: FormField = { name: "n", label: "查封、扣押", kind: "entry", required: true };
export const SEIZURE_FORMS = {
  SEIZE: [
    { name: "kind", label: "查封或扣押", kind: "select", required: true, options: options(SEIZURE_KINDS) },
    { name: "time", label: "开始时间", kind: "datetime", required: true },
    { name: "endTime", label: "结束时间", kind: "datetime", required: true },
    { name: "place", label: "地点", kind: "text", required: true },
    { name: "officers", label: "执法人员（至少两名，持有效执法证）", kind: "users", role: "enforcement_officer", required: true },
    { name: "items", label: "查封、扣押的场所、设施或者财物清单（名称、数量、规格、状况）", kind: "textarea", required: true },
    { name: "reasons", label: "查封、扣押的理由、依据", kind: "textarea", required: true },
    { name: "approval", label: "批准", kind: "select", required: true, options: [{ value: "prior", label: "实施前已报经负责人批准" }, { value: "emergency", label: "情况紧急当场实施，24小时内补办批准" }] },
    { name: "approver", label: "批准的负责人（事前批准时选择）", kind: "user", role: "street_leader" },
    { name: "approvedAt", label: "批准时间（事前批准时填写）", kind: "datetime" },
    { name: "emergencyReason", label: "情况紧急需要当场实施的理由（紧急时填写）", kind: "textarea" },
    { name: "informed", label: "告知", kind: "select", required: true, options: [{ value: "yes", label: "已当场告知理由、依据、当事人的权利和救济途径" }] },
    { name: "partyPresent", label: "当事人是否到场", kind: "select", required: true, options: [{ value: "yes", label: "到场" }, { value: "no", label: "不到场（邀请见证人到场）" }] },
    { name: "statement", label: "当事人的陈述和申辩（到场时听取并记录）", kind: "textarea" },
    { name: "signed", label: "当事人签名情况", kind: "select", options: [{ value: "signed", label: "当事人在现场笔录上签名" }, { value: "refused", label: "当事人拒绝签名（在笔录中注明）" }] },
    { name: "witness", label: "见证人（当事人不到场时必填：姓名、身份证件号码）", kind: "text" },
    { name: "content", label: "现场笔录", kind: "textarea", required: true },
    { name: "files", label: "全程录像（必须）及照片（先在附件中上传）", kind: "files", required: true },
  ],
  APPROVE_SEIZURE: [
    SEIZURE_PICK,
    { name: "decision", label: "负责人决定", kind: "select", required: true, options: [{ value: "approve", label: "补办批准" }, { value: "reject", label: "不予批准（立即解除）" }] },
    { name: "reason", label: "意见", kind: "textarea", required: true },
  ],
  EXTEND_SEIZURE: [
    SEIZURE_PICK,
    { name: "days", label: "延长天数（不超过30日）", kind: "number", required: true },
    { name: "reason", label: "情况复杂需要延长的理由", kind: "textarea", required: true },
    { name: "notifiedOn", label: "书面告知当事人日期", kind: "date", required: true },
  ],
  END_SEIZURE: [
    SEIZURE_PICK,
    { name: "outcome", label: "处理决定", kind: "select", required: true, options: options(SEIZURE_OUTCOMES) },
    { name: "ground", label: "解除的情形（解除时选择）", kind: "select", options: options(RELEASE_GROUNDS) },
    { name: "date", label: "处理决定日期", kind: "date", required: true },
    { name: "reason", label: "处理理由、依据", kind: "textarea", required: true },
  ],
} satisfies Record<string, FormField[]>;

const p = <T>(e: ProcedureEvent) => e.payload as T;
const by = (e: ProcedureEvent): PersonRef => ({ id: e.actor.id, name: e.actor.name });
const update = (c: EnforcementContext, n: unknown, f: (x: Seizure) => Seizure) => ({ seizures: seizuresOf(c).map((x) => (x.n === Number(n) ? f(x) : x)) });

export function seize(c: EnforcementContext, e: ProcedureEvent): Partial<EnforcementContext> {
  const s = p<{ kind: Seizure["kind"]; time: string; endTime: string; place: string; officers: Officer[]; items: string; reasons: string; approval: "prior" | "emergency"; approver?: PersonRef; approvedAt?: string; emergencyReason?: string; partyPresent: "yes" | "no"; statement?: string; signed?: string; witness?: string; content: string; files: RecordEntry["files"]; number?: string; remedies?: Remedies }>(e);
  const seq = c.record.length + 1;
  const entry: RecordEntry = {
    seq, kind: "seizure", time: s.time, endTime: s.endTime, place: s.place, inCaseRoom: false,
    officers: s.officers.map((o) => ({ id: o.id, name: o.name, certNo: o.certNo ?? null, certValidUntil: o.certValidUntil ?? null })),
    content: s.content, files: s.files, corrects: null, correctionReason: "", recordedBy: by(e), recordedAt: e.at,
    ...(s.witness ? { witness: s.witness } : {}),
  };
  const seizure: Seizure = {
    n: seizuresOf(c).length + 1, entry: seq, kind: s.kind, time: s.time, place: s.place, items: s.items, reasons: s.reasons, number: s.number ?? "",
    ...(s.remedies ? { remedies: s.remedies } : {}),
    approval: s.approval === "prior" && s.approver ? { by: { id: s.approver.id, name: s.approver.name }, at: s.approvedAt ?? s.time } : null,
    emergency: s.approval === "emergency" ? s.emergencyReason ?? "" : "",
    rejected: null, statement: s.statement ?? "", partyPresent: s.partyPresent === "yes", refusedToSign: s.signed === "refused", witness: s.witness ?? "",
    extension: null, ended: null,
  };
  return { record: [...c.record, entry], seizures: [...seizuresOf(c), seizure] };
}
export function approveSeizure(c: EnforcementContext, e: ProcedureEvent) {
  const a = p<{ n: number; decision: "approve" | "reject"; reason: string }>(e);
  return update(c, a.n, (x) => (a.decision === "approve" ? { ...x, approval: { by: by(e), at: e.at } } : { ...x, rejected: { by: by(e), at: e.at, reason: a.reason } }));
}
export function extendSeizure(c: EnforcementContext, e: ProcedureEvent) {
  const a = p<{ n: number; days: number; reason: string; notifiedOn: string }>(e);
  return update(c, a.n, (x) => ({ ...x, extension: { days: Number(a.days), reason: a.reason, notifiedOn: a.notifiedOn, by: by(e), at: e.at } }));
}
export function endSeizure(c: EnforcementContext, e: ProcedureEvent) {
  const a = p<{ n: number; outcome: keyof typeof SEIZURE_OUTCOMES; ground?: keyof typeof RELEASE_GROUNDS; date: string; reason: string }>(e);
  return update(c, a.n, (x) => ({ ...x, ended: { outcome: a.outcome, ground: a.ground ?? null, date: a.date, reason: a.reason, by: by(e) } }));
}
