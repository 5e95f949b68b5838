/** Payload schemas of the legal-opinion events. */
import { z } from "zod";
import { AdviserRefSchema } from "../advisers";
import { MATTER_TYPES } from "./context";
import { optionalText, oneOf, positiveInt, requiredText, UserRefSchema } from "../validation";

/** 《…》第…条: a basis must name the law and the article (RULES.md §5: opinions cite specific articles). */
export const ARTICLE_CITATION = /^《[^《》]{2,60}》\s*第[一二三四五六七八九十百千零〇两\d]+条/;

export const LegalOpinionRequestSchema = z.object({
  matterType: oneOf("事项类型", Object.keys(MATTER_TYPES) as [keyof typeof MATTER_TYPES, ...(keyof typeof MATTER_TYPES)[]]),
  subject: requiredText("事项名称", 100),
  requestingUnit: requiredText("申请部门", 60),
  background: requiredText("基本情况", 5000),
  questions: requiredText("需要回答的法律问题", 3000),
});
export type LegalOpinionRequest = z.infer<typeof LegalOpinionRequestSchema>;

export const AcceptSchema = z.object({
  assignee: AdviserRefSchema,
  /** Filled by the server from the office's setting, so replay gives the same deadline. */
  draftDays: positiveInt("办理时限（工作日）", 60),
  draftDeadlineBasis: requiredText("办理时限依据", 200),
});

export const ReassignSchema = z.object({ assignee: AdviserRefSchema, reason: requiredText("改派理由", 500) });

export const RejectSchema = z.object({ reason: requiredText("不予受理理由", 1000) });
export const WithdrawSchema = z.object({ reason: requiredText("撤回理由", 1000) });

export const DraftSchema = z.object({
  facts: requiredText("基本事实", 8000),
  questions: requiredText("咨询问题", 3000),
  analysis: requiredText("法律分析", 12000),
  conclusion: requiredText("法律意见", 6000),
  bases: z
    .array(
      z
        .string()
        .trim()
        .regex(ARTICLE_CITATION, "法律依据须写明法律名称和具体条款，如《中华人民共和国民法典》第五百零九条"),
      { error: "请填写法律依据" },
    )
    .min(1, "至少引用一条法律依据（写明具体条款）")
    .max(30, "法律依据不能超过30条"),
});

export const ReturnSchema = z.object({ comments: requiredText("退回意见", 3000) });
export const ApproveSchema = z.object({ comments: optionalText("审核意见", 3000) });

/** Filled by the server when it generates and numbers the document in the same transaction. */
export const IssueSchema = z.object({
  number: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export const ArchiveSchema = z.object({ note: optionalText("归档说明", 500) });
