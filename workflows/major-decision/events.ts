/** Payload schemas of a major decision's events; every message names its field in Chinese. */
import { z } from "zod";
import { AdviserRefSchema } from "../advisers";
import { DATE } from "../mediation/events";
import { NameList, OpinionLines } from "../meeting";
import { oneOf, optionalText, requiredText, UserRefSchema } from "../validation";
import { CHECK_ITEMS, CONCLUSIONS, DISPOSITIONS, MEETING_KINDS, MEETING_OUTCOMES, OPTIONAL_STEPS, RISK_LEVELS } from "./context";

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const FileRefSchema = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), name: z.string() }, { error: "请选择本案已上传的文件" });

/** Started from a catalogue item "caseId:no"; the server fills in the item as the catalogue lists it. */
export const StartSchema = z.object({
  catalogueItem: z.string({ error: "请选择决策事项目录中的事项" }).regex(/^\d+:\d+$/, "请选择决策事项目录中的事项"),
});
export const LaunchSchema = z.object({
  unit: requiredText("承办单位", 100),
  draft: FileRefSchema,
  explanation: requiredText("起草说明", 5000),
});
export const SkipSchema = z.object({ reason: requiredText("不适用的理由", 1000) });
export const OpenCallSchema = z.object({
  opensOn: DATE("征求意见开始日期"),
  closesOn: DATE("征求意见截止日期"),
  shortReason: optionalText("期限少于30日的理由", 500),
  text: requiredText("征求意见公告内容", 5000),
  /** Filled by the server: the 30th day on today's calendar, moved off a rest day. */
  minimumEnd: z.string().optional(),
});
export const DisposeSchema = z.object({
  comment: z.coerce.number({ error: "请选择公众意见" }).int().positive("请选择公众意见"),
  disposition: oneOf("处理结果", keys(DISPOSITIONS)),
  reason: requiredText("处理理由", 1000),
  /** Filled by the server from the comments received. */
  received: z.object({ id: z.number(), text: z.string(), receivedAt: z.string() }).optional(),
});
export const CloseCallSchema = z.object({ receivedIds: z.array(z.number()).optional() });
export const HearingSchema = z.object({
  materialsOn: DATE("提供听证材料日期"),
  heldOn: DATE("听证会日期"),
  place: requiredText("听证地点", 100),
  summary: requiredText("听证情况（听证参加人已在笔录上签字）", 5000),
});
export const ExpertSchema = z.object({
  name: requiredText("专家姓名", 50),
  field: requiredText("专业领域", 100),
  institution: requiredText("工作单位", 100),
  interest: oneOf("是否与决策事项有直接利害关系", ["no", "yes"] as const),
  opinion: requiredText("论证意见", 5000),
});
export const FinishSchema = z.object({ note: optionalText("说明", 1000) });
export const RiskSchema = z.object({
  level: oneOf("风险等级", keys(RISK_LEVELS)),
  report: FileRefSchema.optional(),
  points: requiredText("风险点", 3000),
  measures: requiredText("防范化解措施和处置预案", 3000),
});
export const ReviseDraftSchema = z.object({ draft: FileRefSchema, note: requiredText("修改说明", 3000) });
export const DropSchema = z.object({ reason: requiredText("终止决策的理由", 1000) });
export const RequestReviewSchema = z.object({
  reviewer: AdviserRefSchema,
  dueOn: DATE("审查期限"),
  shortReason: optionalText("审查期限少于7个工作日的理由", 500),
  /** Filled by the server: the 7th working day after today on the holiday calendar. */
  minimumDue: z.string().optional(),
});
export const ReviewOpinionSchema = z.object({
  ...Object.fromEntries(Object.entries(CHECK_ITEMS).map(([k, label]) => [k, oneOf(label, ["ok", "problem"] as const)])),
  problems: optionalText("存在的问题", 3000),
  conclusion: oneOf("审查结论", keys(CONCLUSIONS)),
  opinion: requiredText("审查意见", 5000),
});

export const MeetingSchema = z.object({
  kind: oneOf("会议类型", keys(MEETING_KINDS)),
  date: DATE("会议日期"),
  chair: UserRefSchema,
  members: z.coerce.number({ error: "应到人数应为数字" }).int("应到人数应为整数").min(1, "应到人数至少为1").max(50, "应到人数不能超过50"),
  attendees: NameList("请填写到会人员"),
  opinions: OpinionLines,
  outcome: oneOf("会议决定", keys(MEETING_OUTCOMES)),
  againstMajorityReason: optionalText("不采纳多数意见的理由", 2000),
});
export const PublishDecisionSchema = z.object({
  publishedOn: DATE("公布日期"),
  text: requiredText("决策内容", 10000),
  adoption: requiredText("公众意见、专家论证意见的采纳情况说明", 5000),
});
export const ExecutionSchema = z.object({ unit: requiredText("执行单位", 100) });
export const ProgressSchema = z.object({ text: requiredText("执行情况", 3000) });
export const SuspendSchema = z.object({ reason: requiredText("中止执行的理由（紧急情况）", 1000) });
export const PostEvaluationSchema = z.object({
  unit: requiredText("评估单位", 100),
  result: requiredText("评估结论", 5000),
  publishedOn: DATE("评估结果公开日期"),
});
export const ChangeSchema = z.object({
  draft: FileRefSchema,
  reason: requiredText("调整理由", 1000),
  meeting: requiredText("决定调整的会议", 100),
});
export const StopSchema = z.object({ reason: requiredText("停止执行的理由", 1000), meeting: requiredText("作出停止决定的会议", 100) });
export const ArchiveSchema = z.object({ note: optionalText("归档说明", 500) });
