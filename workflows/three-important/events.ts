/** Payload schemas of a 三重一大 item; every message names its field in Chinese. */
import { z } from "zod";
import { DATE } from "../mediation/events";
import { NameList, OpinionLines } from "../meeting";
import { oneOf, optionalText, requiredText, UserRefSchema } from "../validation";
import { KINDS } from "./context";

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const DeclareSchema = z.object({
  kind: oneOf("事项类别", keys(KINDS)),
  title: requiredText("议题名称", 100),
  unit: requiredText("申报单位", 100),
  description: requiredText("议题内容", 5000),
  amount: z.coerce.number({ error: "涉及金额应为数字" }).min(0, "涉及金额不能为负数").max(1e11, "涉及金额过大").default(0),
  /** A major administrative decision case this item stands on (its case id), if any. */
  decision: z.union([z.literal(""), z.coerce.number().int().positive()]).optional(),
});
export type Declare = z.infer<typeof DeclareSchema>;

export const ResearchSchema = z.object({ findings: requiredText("调查研究情况", 5000) });
export const ComparisonSchema = z.object({
  quotes: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(/\r?\n/)).map((s) => s.trim()).filter(Boolean))
    .refine((q) => q.length >= 3, "行业比价：至少列明三家单位的报价（每行一家）"),
});
export const AuditSchema = z.object({ auditor: requiredText("审价单位", 100), result: requiredText("审价结论", 3000) });
export const LegalCheckSchema = z.object({ outcome: oneOf("法制审核结论", ["pass", "fail"] as const), opinion: requiredText("法制审核意见", 3000) });
export const MeetingSchema = z.object({
  date: DATE("会议日期"),
  chair: UserRefSchema,
  members: z.coerce.number({ error: "应到人数应为数字" }).int("应到人数应为整数").min(1, "应到人数至少为1").max(50, "应到人数不能超过50"),
  attendees: NameList("请填写到会人员"),
  opinions: OpinionLines,
  outcome: oneOf("会议决定", ["passed", "rejected"] as const),
});
export const SignSchema = z.object({
  signed: NameList("请填写已在会议纪要上签字的人员"),
});
export const ExecutionSchema = z.object({ text: requiredText("执行情况", 3000) });
export const LookbackSchema = z.object({ result: requiredText("事后回溯情况", 3000) });
export const ArchiveSchema = z.object({ note: optionalText("归档说明", 500) });
