/**
 * 移送司法机关 (国务院令第310号, 2020): the head approves the transfer of a case suspected of a crime
 * within 3 days of the team's report (art. 5), the case goes to the 公安机关 within 24 hours with the
 * 移送书, the investigation report, the list of items and the test reports (art. 6), under the
 * procuratorate's supervision (art. 14), and the police's written reply is recorded (arts. 8, 9). It
 * decides nothing on the party: it is not published and carries no remedies.
 */
import { z } from "zod";
import type { FormField, ProcedureEvent } from "../../engine/types";
import { DATE } from "../../mediation/events";
import { oneOf, optionalText, requiredText } from "../../validation";
import type { EnforcementContext, PersonRef } from "../context";
import { POLICE_REPLIES } from "./context";

export { POLICE_REPLIES };

export const APPROVAL_DAYS = 3;

export interface Transfer {
  readonly date: string;
  readonly police: string;
  readonly procuratorate: string;
  readonly reasons: string;
  readonly items: string;
  readonly tests: string;
  readonly other: string;
  readonly number: string;
  readonly by: PersonRef;
  readonly at: string;
  /** Handed to the police with its receipt (回执), within 24 hours of approval (art. 5). */
  readonly delivered: { readonly date: string; readonly receipt: string; readonly by: PersonRef } | null;
  readonly reply: { readonly kind: keyof typeof POLICE_REPLIES; readonly date: string; readonly note: string; readonly by: PersonRef } | null;
}

export const TransferSchema = z.object({
  date: DATE("批准移送日期"),
  police: requiredText("接受移送的公安机关", 100),
  procuratorate: optionalText("同级人民检察院（接受监督）", 100),
  reasons: requiredText("涉嫌犯罪的事实和理由", 5000),
  items: optionalText("涉案物品清单", 3000),
  tests: optionalText("有关检验报告或者鉴定结论", 2000),
  other: optionalText("其他有关涉嫌犯罪的材料", 2000),
  number: z.string().optional(),
});
export const TransferDeliveredSchema = z.object({ date: DATE("移送日期"), receipt: requiredText("公安机关回执（签收人、回执情况）", 500) });
export const PoliceReplySchema = z.object({ kind: oneOf("公安机关审查结果", ["filed", "declined"] as const), date: DATE("书面通知日期"), note: requiredText("通知内容（不予立案的理由）", 2000) });

export const TRANSFER_FORMS = {
  TRANSFER: [
    { name: "date", label: "批准移送日期", kind: "date", required: true },
    { name: "police", label: "接受移送的公安机关", kind: "text", required: true },
    { name: "procuratorate", label: "同级人民检察院（抄送，接受监督）", kind: "text" },
    { name: "reasons", label: "涉嫌犯罪的事实和理由", kind: "textarea", required: true },
    { name: "items", label: "涉案物品清单（每行一项；无的不填）", kind: "textarea" },
    { name: "tests", label: "有关检验报告或者鉴定结论", kind: "textarea" },
    { name: "other", label: "其他有关涉嫌犯罪的材料", kind: "textarea" },
  ],
  RECORD_TRANSFER_DELIVERED: [
    { name: "date", label: "移送日期", kind: "date", required: true },
    { name: "receipt", label: "公安机关回执（签收人、回执情况）", kind: "text", required: true },
  ],
  RECORD_POLICE_REPLY: [
    { name: "kind", label: "公安机关审查结果", kind: "select", required: true, options: Object.entries(POLICE_REPLIES).map(([value, label]) => ({ value, label })) },
    { name: "date", label: "书面通知日期", kind: "date", required: true },
    { name: "note", label: "通知内容（不予立案的理由）", kind: "textarea", required: true },
  ],
} satisfies Record<string, FormField[]>;

const p = <T>(e: ProcedureEvent) => e.payload as T;
const by = (e: ProcedureEvent): PersonRef => ({ id: e.actor.id, name: e.actor.name });

/** The transfer, and the decision record the figures and deadlines read (kind 移送司法机关). */
export function transfer(_c: EnforcementContext, e: ProcedureEvent): Partial<EnforcementContext> {
  const t = p<Omit<Transfer, "by" | "at" | "delivered" | "reply" | "number"> & { number?: string }>(e);
  return {
    transfer: { date: t.date, police: t.police, procuratorate: t.procuratorate ?? "", reasons: t.reasons, items: t.items ?? "", tests: t.tests ?? "", other: t.other ?? "", number: t.number ?? "", by: by(e), at: e.at, delivered: null, reply: null },
    decision: { kind: "transfer", penalties: [], fine: 0, confiscation: 0, reasons: t.reasons, number: t.number ?? "", date: t.date, decidedBy: by(e), socialImpact: false, at: e.at },
  };
}
export function transferDelivered(c: EnforcementContext, e: ProcedureEvent): Partial<EnforcementContext> {
  const d = p<{ date: string; receipt: string }>(e);
  return { transfer: { ...c.transfer!, delivered: { date: d.date, receipt: d.receipt, by: by(e) } } };
}
export function policeReply(c: EnforcementContext, e: ProcedureEvent): Partial<EnforcementContext> {
  const r = p<{ kind: keyof typeof POLICE_REPLIES; date: string; note: string }>(e);
  return { transfer: { ...c.transfer!, reply: { kind: r.kind, date: r.date, note: r.note, by: by(e) } } };
}
