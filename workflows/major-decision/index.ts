/** 重大行政决策 as the engine sees it: one case per published catalogue item. */
import { eventDefiner, type EventDefinition, type FormField, type PendingTask, type ProcedureDefinition } from "../engine/types";
import { CHECK_ITEMS, CONCLUSIONS, DISPOSITIONS, MEETING_KINDS, MEETING_OUTCOMES, RISK_LEVELS, latest, type MajorDecisionContext } from "./context";
import { majorDecisionDeadlines } from "./deadlines";
import * as s from "./events";
import * as g from "./guards";
import { rosterGuards } from "../advisers";
import { majorDecisionMachine, type MajorDecisionInput } from "./machine";

type Def = EventDefinition<MajorDecisionContext>;
const options = (o: Readonly<Record<string, string>>) => Object.entries(o).map(([value, label]) => ({ value, label }));
const event = eventDefiner<MajorDecisionContext>("major-decision");
const reason = (label: string): FormField[] => [{ name: "reason", label, kind: "textarea", required: true }];
const CHECKS: FormField[] = Object.entries(CHECK_ITEMS).map(([name, label]) => ({ name, label: `审查事项：${label}`, kind: "select", required: true, options: [{ value: "ok", label: "符合" }, { value: "problem", label: "存在问题" }] }));

const events: Record<string, Def> = {
  LAUNCH: event("LAUNCH", "决策启动（提交决策草案和起草说明）", "handle", ["launching"], s.LaunchSchema, [
    { name: "unit", label: "决策承办单位", kind: "text", required: true },
    { name: "draft", label: "决策草案（先在“附件”中上传）", kind: "file", required: true },
    { name: "explanation", label: "起草说明（制定依据、必要性、主要内容、调研情况）", kind: "textarea", required: true },
  ]),
  OPEN_CALL: event("OPEN_CALL", "发布征求意见公告", "handle", ["participation"], s.OpenCallSchema, [
    { name: "opensOn", label: "征求意见开始日期", kind: "date", required: true },
    { name: "closesOn", label: "征求意见截止日期（一般不少于30日）", kind: "date", required: true },
    { name: "shortReason", label: "期限少于30日的理由（将随公告公布）", kind: "textarea" },
    { name: "text", label: "征求意见公告内容（决策草案要点、提出意见的方式）", kind: "textarea", required: true },
  ], [g.callDatesInOrder, g.callLongEnough], "major-decision-call"),
  DISPOSE_COMMENT: event("DISPOSE_COMMENT", "处理公众意见", "handle", ["commenting"], s.DisposeSchema, [
    { name: "comment", label: "公众意见", kind: "entry", required: true },
    { name: "disposition", label: "处理结果", kind: "select", required: true, options: options(DISPOSITIONS) },
    { name: "reason", label: "处理理由", kind: "textarea", required: true },
  ], [g.commentNotDisposed]),
  HOLD_HEARING: event("HOLD_HEARING", "记录听证会", "handle", ["commenting"], s.HearingSchema, [
    { name: "materialsOn", label: "向听证参加人提供材料日期", kind: "date", required: true },
    { name: "heldOn", label: "听证会日期", kind: "date", required: true },
    { name: "place", label: "听证地点", kind: "text", required: true },
    { name: "summary", label: "听证情况（听证参加人已在笔录上签字）", kind: "textarea", required: true },
  ], [g.noHearingYet, g.materialsSevenDaysBefore, g.dateNotFuture]),
  SKIP_HEARING: event("SKIP_HEARING", "听证会不适用", "handle", ["commenting"], s.SkipSchema, reason("不召开听证会的理由")),
  CLOSE_CALL: event("CLOSE_CALL", "结束公众参与", "handle", ["commenting"], s.CloseCallSchema, [], [g.callEnded, g.allCommentsDisposed, g.hearingSettled], "major-decision-adoption"),
  RECORD_EXPERT: event("RECORD_EXPERT", "记录专家论证意见", "handle", ["expertise"], s.ExpertSchema, [
    { name: "name", label: "专家姓名", kind: "text", required: true },
    { name: "field", label: "专业领域", kind: "text", required: true },
    { name: "institution", label: "工作单位", kind: "text", required: true },
    { name: "interest", label: "是否与决策事项有直接利害关系", kind: "select", required: true, options: [{ value: "no", label: "否" }, { value: "yes", label: "是（应当回避）" }] },
    { name: "opinion", label: "论证意见", kind: "textarea", required: true },
  ], [g.expertHasNoInterest]),
  SKIP_EXPERTISE: event("SKIP_EXPERTISE", "专家论证不适用", "handle", ["expertise"], s.SkipSchema, reason("不组织专家论证的理由")),
  FINISH_EXPERTISE: event("FINISH_EXPERTISE", "完成专家论证", "handle", ["expertise"], s.FinishSchema, [], [g.expertiseSettled], "major-decision-expert"),
  ASSESS_RISK: event("ASSESS_RISK", "记录风险评估", "handle", ["risk"], s.RiskSchema, [
    { name: "level", label: "风险等级", kind: "select", required: true, options: options(RISK_LEVELS) },
    { name: "report", label: "风险评估报告（先上传，可选）", kind: "file" },
    { name: "points", label: "风险点", kind: "textarea", required: true },
    { name: "measures", label: "防范化解措施和处置预案", kind: "textarea", required: true },
  ]),
  REVISE_DRAFT: event("REVISE_DRAFT", "调整决策草案", "handle", ["risk", "legality", "meeting"], s.ReviseDraftSchema, [
    { name: "draft", label: "修改后的决策草案（先上传）", kind: "file", required: true },
    { name: "note", label: "修改说明", kind: "textarea", required: true },
  ]),
  SKIP_RISK: event("SKIP_RISK", "风险评估不适用", "handle", ["risk"], s.SkipSchema, reason("不组织风险评估的理由"), [g.noRiskAssessedYet]),
  FINISH_RISK: event("FINISH_RISK", "完成风险评估", "handle", ["risk"], s.FinishSchema, [], [g.riskSettled, g.riskControllable], "major-decision-risk"),
  DROP: event("DROP", "终止决策", "decide", ["risk", "legality"], s.DropSchema, reason("终止决策的理由"), [g.notInForce]),
  REQUEST_REVIEW: event("REQUEST_REVIEW", "送请合法性审查（或改送其他审查人）", "review-request", ["legality", "reviewing"], s.RequestReviewSchema, [
    { name: "reviewer", label: "审查人（法律顾问/公职律师）", kind: "user", role: "legal_adviser", required: true },
    { name: "dueOn", label: "审查期限（一般不少于7个工作日）", kind: "date", required: true },
    { name: "shortReason", label: "期限少于7个工作日的理由（由负责人填写）", kind: "textarea" },
  ], [g.hasDraft, g.reviewerIsAdviser, g.reviewWindowLongEnough, ...rosterGuards<MajorDecisionContext>("reviewer", (c) => [c.item.name, c.launch?.unit, c.launch?.explanation])]),
  REVIEW_OPINION: event("REVIEW_OPINION", "提出合法性审查意见（编号并生成意见书）", "review", ["reviewing"], s.ReviewOpinionSchema as any, [
    ...CHECKS,
    { name: "problems", label: "存在的问题（写明与之抵触的条款）", kind: "textarea" },
    { name: "conclusion", label: "审查结论", kind: "select", required: true, options: options(CONCLUSIONS) },
    { name: "opinion", label: "审查意见", kind: "textarea", required: true },
  ], [g.actorIsReviewer], "major-decision-review"),
  RECORD_MEETING: event("RECORD_MEETING", "记录集体讨论决定", "decide", ["meeting"], s.MeetingSchema as any, [
    { name: "kind", label: "会议类型", kind: "select", required: true, options: options(MEETING_KINDS) },
    { name: "date", label: "会议日期", kind: "date", required: true },
    { name: "chair", label: "主持人（行政首长）", kind: "user", role: "street_leader", required: true },
    { name: "members", label: "应到人数", kind: "number", required: true },
    { name: "attendees", label: "到会人员（以顿号分隔）", kind: "text", required: true },
    { name: "opinions", label: "发言记录（每行“姓名：同意（或不同意）：意见”，按发言顺序，主持人最后；不同意见照录）", kind: "lines", required: true },
    { name: "outcome", label: "会议决定", kind: "select", required: true, options: options(MEETING_OUTCOMES) },
    { name: "againstMajorityReason", label: "决定与多数人意见不一致的理由（会上说明）", kind: "textarea" },
  ], [g.reviewedLawful, g.meetingAfterReview, g.quorum, g.chairIsHead, g.chairSpeaksLast, g.reasonIfAgainstMajority, g.dateNotFuture], "major-decision-minutes"),
  PUBLISH_DECISION: event("PUBLISH_DECISION", "决策公布", "handle", ["publication"], s.PublishDecisionSchema, [
    { name: "publishedOn", label: "公布日期", kind: "date", required: true },
    { name: "text", label: "决策内容", kind: "textarea", required: true },
    { name: "adoption", label: "公众意见、专家论证意见的采纳情况说明", kind: "textarea", required: true },
  ], [g.dateNotFuture, g.publishedAfterMeeting], "major-decision-announcement"),
  ASSIGN_EXECUTION: event("ASSIGN_EXECUTION", "明确执行单位", "handle", ["executing"], s.ExecutionSchema, [{ name: "unit", label: "执行单位", kind: "text", required: true }]),
  REPORT_PROGRESS: event("REPORT_PROGRESS", "报告执行情况", "handle", ["executing"], s.ProgressSchema, [{ name: "text", label: "执行情况", kind: "textarea", required: true }]),
  SUSPEND: event("SUSPEND", "中止执行（紧急情况）", "decide", ["executing"], s.SuspendSchema, reason("中止执行的理由"), [g.actorIsHead]),
  RESUME: event("RESUME", "恢复执行", "decide", ["suspended"], s.ProgressSchema, [{ name: "text", label: "恢复执行的理由", kind: "textarea", required: true }], [g.actorIsHead]),
  POST_EVALUATE: event("POST_EVALUATE", "决策后评估", "handle", ["executing"], s.PostEvaluationSchema, [
    { name: "unit", label: "评估单位（不得为本决策的承办单位）", kind: "text", required: true },
    { name: "result", label: "评估结论", kind: "textarea", required: true },
    { name: "publishedOn", label: "评估结果公开日期", kind: "date", required: true },
  ], [g.evaluatorIndependent, g.dateNotFuture], "major-decision-evaluation"),
  CHANGE: event("CHANGE", "调整决策（重新审查、讨论和公布）", "decide", ["executing", "suspended"], s.ChangeSchema, [
    { name: "draft", label: "调整后的决策草案（先上传）", kind: "file", required: true },
    { name: "reason", label: "调整理由", kind: "textarea", required: true },
    { name: "meeting", label: "决定启动调整的会议", kind: "text", required: true },
  ]),
  STOP: event("STOP", "停止执行", "decide", ["executing", "suspended"], s.StopSchema, [
    { name: "reason", label: "停止执行的理由", kind: "textarea", required: true },
    { name: "meeting", label: "作出停止决定的会议", kind: "text", required: true },
  ]),
  ARCHIVE: event("ARCHIVE", "归档（生成决策卷宗）", "handle", ["evaluated", "ended"], s.ArchiveSchema, [{ name: "note", label: "归档说明（可选）", kind: "textarea" }], [], "major-decision-file"),
};

function pendingTasks(state: string, c: MajorDecisionContext): PendingTask[] {
  const staff = (label: string): PendingTask[] => [{ label, role: "judicial_staff", userId: null }];
  switch (state) {
    case "launching":
      return staff("决策启动：提交决策草案和起草说明");
    case "participation":
      return staff("发布征求意见公告");
    case "commenting":
      return staff("处理公众意见，征求意见期满后结束公众参与");
    case "expertise":
      return staff("组织专家论证（或标注不适用）");
    case "risk":
      return staff("组织风险评估（或标注不适用）");
    case "legality":
      return latest(c.reviews)?.conclusion === "unlawful" ? staff("按审查意见修改草案后重新送审") : [{ label: "送请合法性审查", role: "judicial_director", userId: null }];
    case "reviewing":
      return [{ label: "合法性审查：提出审查意见", role: null, userId: latest(c.reviewRequests)?.reviewer.id ?? null }];
    case "meeting":
      return [{ label: "提请集体讨论决定", role: "street_leader", userId: null }];
    case "publication":
      return staff("决策公布（说明意见采纳情况）");
    case "suspended":
      return [{ label: "决定恢复或停止执行", role: "street_leader", userId: null }];
    case "evaluated":
    case "ended":
      return staff("决策卷宗归档");
    default:
      return [];
  }
}

export const majorDecisionProcedure: ProcedureDefinition<MajorDecisionContext, MajorDecisionInput> = {
  id: "major-decision",
  name: "重大行政决策",
  version: 1,
  machine: majorDecisionMachine,
  createPermission: "major-decision.handle",
  createSchema: s.StartSchema as any,
  createForm: [{ name: "catalogueItem", label: "决策事项（已公布的决策事项目录中的事项）", kind: "select", required: true, options: [] }],
  filedAt: "street",
  caseNumber: ({ docCode, year, n }) => `（${year}）${docCode}决策字第${n}号`,
  // The server fills in the item as its catalogue lists it (createFill); the form only names it.
  creationInput: (parsed: { item: MajorDecisionInput["item"] }, f) => ({ officeId: f.officeId, item: parsed.item, startedBy: f.by, startedAt: f.at }),
  events,
  // Each dated step follows the start of the procedure and the step it builds on (engine/timeline.ts).
  timeline: {
    registered: (c) => ["启动决策程序", c.startedAt],
    rules: {
      OPEN_CALL: [{ field: "opensOn", label: "征求意见开始日期" }],
      HOLD_HEARING: [{ field: "materialsOn", label: "提供听证材料日期", after: (c) => [["发布征求意见公告", c.call?.opensOn]] }],
      POST_EVALUATE: [{ field: "publishedOn", label: "评估结果公开日期", after: (c) => [["决策公布", c.publication?.publishedOn]] }],
    },
  },
  steps: [
    { state: "launching", label: "决策启动" },
    { state: "commenting", label: "公众参与" },
    { state: "expertise", label: "专家论证" },
    { state: "risk", label: "风险评估" },
    { state: "reviewing", label: "合法性审查" },
    { state: "meeting", label: "集体讨论决定" },
    { state: "publication", label: "决策公布" },
    { state: "executing", label: "决策执行" },
    { state: "evaluated", label: "决策后评估" },
    { state: "archived", label: "归档" },
  ],
  stateLabels: {
    launching: "待启动",
    participation: "待征求意见",
    commenting: "公众参与中",
    expertise: "专家论证",
    risk: "风险评估",
    legality: "待送合法性审查",
    reviewing: "合法性审查中",
    meeting: "待集体讨论决定",
    publication: "待公布",
    executing: "执行中",
    suspended: "已中止执行",
    evaluated: "已完成决策后评估",
    ended: "已终止",
    archived: "已归档",
  },
  finalStates: ["archived"],
  title: (c) => c.item.name,
  searchText: (c) => [c.item.name, c.item.unit, c.launch?.explanation, c.publication?.text, ...c.experts.map((x) => x.name)].filter(Boolean).join("\n"),
  deadlines: majorDecisionDeadlines,
  pendingTasks,
};
