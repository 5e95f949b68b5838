/** Payload schemas of the catalogue's events; every message names its field in Chinese. */
import { z } from "zod";
import { DATE } from "../mediation/events";
import { oneOf, optionalText, requiredText } from "../validation";
import { OUTCOMES, PLANNED_STEPS, type Outcome, type PlannedStep } from "./context";

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const CreateCatalogueSchema = z.object({
  year: z.coerce.number({ error: "年度应为数字" }).int("年度应为整数").min(2000, "年度：请填写四位年份").max(2100, "年度：请填写四位年份"),
});
export type CreateCatalogue = z.infer<typeof CreateCatalogueSchema>;

/** One listed decision: what, who carries it, on what basis and why, when, and which optional steps are planned. */
export const ItemSchema = z.object({
  name: requiredText("决策事项名称", 100),
  unit: requiredText("承办单位", 100),
  basis: requiredText("决策依据", 1000),
  reason: requiredText("决策理由", 1000),
  plannedBy: z.string({ error: "请填写计划完成时间" }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, "计划完成时间：格式应为YYYY-MM"),
  steps: z.array(oneOf("拟采取的程序", keys(PLANNED_STEPS))).default([]) as z.ZodType<PlannedStep[]>,
});

export const RemoveDraftItemSchema = z.object({ item: z.coerce.number({ error: "请选择事项" }).int().positive("请选择事项") });
export const SubmitSchema = z.object({ note: optionalText("报送说明", 1000) });
export const ReviewSchema = z.object({
  outcome: oneOf("审核结论", ["pass", "return"] as const),
  opinion: requiredText("审核意见", 3000),
});
export const ApprovalSchema = z.object({
  meeting: requiredText("会议名称", 100),
  date: DATE("会议日期"),
});
export const FilingSchema = z.object({ filedOn: DATE("报送备案日期"), filedWith: requiredText("备案机关", 100) });
export const AcknowledgeSchema = z.object({ opinion: requiredText("备案意见", 1000) });
export const PublishSchema = z.object({ publishedOn: DATE("公布日期") });

/** 调整: add an item, or take one off, always with the reason. */
export const AdjustmentSchema = z
  .object({
    kind: oneOf("调整类型", ["add", "remove"] as const),
    item: z.coerce.number().int().positive().optional(),
    name: optionalText("决策事项名称", 100),
    unit: optionalText("承办单位", 100),
    basis: optionalText("决策依据", 1000),
    reason: requiredText("调整理由", 1000),
    purpose: optionalText("决策理由", 1000),
    plannedBy: optionalText("计划完成时间", 7),
    steps: z.array(oneOf("拟采取的程序", keys(PLANNED_STEPS))).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "remove" && !v.item) ctx.addIssue({ code: "custom", path: ["item"], message: "调出事项：请选择要调出目录的事项" });
    if (v.kind === "add") {
      for (const [k, label] of [["name", "决策事项名称"], ["unit", "承办单位"], ["basis", "决策依据"], ["purpose", "决策理由"]] as const) {
        if (!v[k]) ctx.addIssue({ code: "custom", path: [k], message: `${label}：增列事项须填写` });
      }
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(v.plannedBy)) ctx.addIssue({ code: "custom", path: ["plannedBy"], message: "计划完成时间：格式应为YYYY-MM" });
    }
  });
export const EvaluateItemSchema = z.object({
  item: z.coerce.number({ error: "请选择事项" }).int().positive("请选择事项"),
  outcome: oneOf("评估结果", keys(OUTCOMES)) as z.ZodType<Outcome>,
  reason: requiredText("评估说明", 1000),
});
export const FinishEvaluationSchema = z.object({ summary: requiredText("年度评估总结", 3000) });
export const ArchiveSchema = z.object({ note: optionalText("归档说明", 500) });
