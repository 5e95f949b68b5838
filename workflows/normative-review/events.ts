/** Payload schemas of the legality-review events; messages name the field in Chinese. */
import { z } from "zod";
import { AdviserRefSchema } from "../advisers";
import { optionalText, oneOf, positiveInt, requiredText, UserRefSchema } from "../validation";
import { CONCLUSIONS, DOCUMENT_TYPES, type Conclusion, type DocumentType } from "./context";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** 《…》第…条: each problem names the provision it conflicts with. */
export const ARTICLE = /《[^《》]{2,60}》\s*第[一二三四五六七八九十百千零〇两\d]+条(?:第[一二三四五六七八九十\d]+款)?(?:第[(（]?[一二三四五六七八九十\d]+[)）]?项)?/;

const realDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(DATE, `${label}：日期格式应为YYYY-MM-DD`)
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), `${label}：不是有效日期`);

const FileRefSchema = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), name: z.string() }, { error: "请选择本案已上传的文件" });

export const ReviewRequestSchema = z.object({
  documentType: oneOf("送审文件类型", Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]]),
  title: requiredText("文件（合同）名称", 100),
  requestingUnit: requiredText("送审单位", 60),
  counterparty: optionalText("合同相对方", 100),
  explanation: requiredText("起草（送审）说明", 5000),
  wantedBy: realDate("要求完成日期"),
});
export type ReviewRequest = z.infer<typeof ReviewRequestSchema>;

export const SubmitDraftSchema = z.object({ draft: FileRefSchema, note: optionalText("送审稿说明", 1000) });

export const AcceptSchema = z.object({
  reviewer: AdviserRefSchema,
  /** Filled by the server from the street's setting, so replay gives the same deadline. */
  reviewDays: positiveInt("审查期限（工作日）", 60),
  reviewBasis: requiredText("审查期限依据", 200),
});

export const ReasonSchema = (label: string) => z.object({ reason: requiredText(label, 1000) });

export const RequestCorrectionSchema = z.object({ items: requiredText("需补正的材料", 2000) });
export const SupplyCorrectionSchema = z.object({ note: requiredText("补正情况", 2000), files: z.array(FileRefSchema).max(20, "补正材料不能超过20个文件").default([]) });

/** "问题——《…》第…条": a problem and the provision it conflicts with, one per line. */
const ProblemSchema = z
  .string()
  .trim()
  .min(1)
  .max(1000, "每个问题不能超过1000字")
  .refine((line) => ARTICLE.test(line), "每个问题须写明与之抵触的法律条款，如“第五条设定罚款——《中华人民共和国行政处罚法》第十六条”")
  .transform((line) => ({ text: line, article: line.match(ARTICLE)![0].replace(/\s+/g, "") }));

export const OpinionSchema = z
  .object({
    conclusion: oneOf("审查结论", Object.keys(CONCLUSIONS) as [Conclusion, ...Conclusion[]]),
    problems: z.array(ProblemSchema, { error: "问题清单应为逐行填写的文字" }).max(50, "问题不能超过50条").default([]),
    reasoning: requiredText("审查意见说明", 8000),
    suggestions: optionalText("修改建议", 6000),
  })
  .superRefine((o, ctx) => {
    if (o.conclusion !== "lawful" && o.problems.length === 0) {
      ctx.addIssue({ code: "custom", path: ["problems"], message: "结论为修改后合法或不合法的，须逐条列明问题及其抵触的条款" });
    }
    if (o.conclusion === "lawful_after_changes" && !o.suggestions) {
      ctx.addIssue({ code: "custom", path: ["suggestions"], message: "结论为修改后合法的，须写明修改建议" });
    }
  });

export const ReturnSchema = z.object({ comments: requiredText("退回意见", 3000) });
export const ApproveSchema = z.object({ comments: optionalText("签发意见", 3000) });

/** Filled by the server when it generates and numbers the document in the same transaction. */
export const IssueSchema = z.object({ number: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export const ArchiveSchema = z.object({ note: optionalText("归档说明", 500) });
