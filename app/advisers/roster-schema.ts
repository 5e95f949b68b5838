/** The roster and assessment forms (法律顾问名册, 年度考核): every message names its field. */
import { z } from "zod";
import { ADVISER_KINDS, ASSESSMENT_RESULTS } from "../../workflows/advisers";
import { DATE } from "../../workflows/mediation/events";

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const id = (label: string) => z.coerce.number({ error: `请选择${label}` }).int(`请选择${label}`).positive(`请选择${label}`);

export const RosterFormSchema = z
  .object({
    userId: id("法律顾问（公职律师）"),
    kind: z.enum(keys(ADVISER_KINDS), { error: "类别：请选择公职律师或外聘法律顾问" }),
    firm: z.string().trim().min(2, "所在律师事务所（工作单位）：请填写").max(60, "所在律师事务所（工作单位）：不能超过60字"),
    // 律师执业证号 and 公职律师证号 are 17 digits (司法部律师执业证书编号规则).
    licenceNo: z.string().trim().regex(/^\d{17}$/, "执业证号：应为17位数字"),
    termFrom: DATE("聘期开始日期"),
    termTo: DATE("聘期结束日期"),
    committeeId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number({ error: "服务的居委会：请从列表中选择" }).int("服务的居委会：请从列表中选择").positive("服务的居委会：请从列表中选择").nullable()),
    conflicts: z.string().max(2000, "声明的利益冲突：不能超过2000字").optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.termTo < v.termFrom) ctx.addIssue({ code: "custom", path: ["termTo"], message: "聘期结束日期：不能早于聘期开始日期" });
  });
export type RosterForm = z.infer<typeof RosterFormSchema>;

export const AssessmentFormSchema = z.object({
  userId: id("被考核的法律顾问"),
  year: z.coerce.number({ error: "考核年度：请填写年份" }).int("考核年度：请填写年份").min(2000, "考核年度：年份不对").max(2100, "考核年度：年份不对"),
  result: z.enum(keys(ASSESSMENT_RESULTS), { error: "考核结果：请选择" }),
  note: z.string().trim().min(2, "考核意见：请填写").max(2000, "考核意见：不能超过2000字"),
});
export type AssessmentForm = z.infer<typeof AssessmentFormSchema>;

/** One declared name per line or separated by 、 or ；. */
export const conflictNames = (text: string) => [...new Set(text.split(/[\r\n、；;]+/).map((x) => x.trim()).filter((x) => x.length > 1))];
