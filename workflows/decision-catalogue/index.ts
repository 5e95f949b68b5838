/** 重大行政决策事项目录 as the engine sees it: one case per street per year. */
import { eventDefiner, type EventDefinition, type FormField, type PendingTask, type ProcedureDefinition } from "../engine/types";
import { OUTCOMES, PLANNED_STEPS, activeItems, type DecisionCatalogueContext } from "./context";
import * as s from "./events";
import * as g from "./guards";
import { decisionCatalogueMachine, type DecisionCatalogueInput } from "./machine";

type Def = EventDefinition<DecisionCatalogueContext>;
const options = (o: Readonly<Record<string, string>>) => Object.entries(o).map(([value, label]) => ({ value, label }));
const event = eventDefiner<DecisionCatalogueContext>("decision-catalogue");

const ITEM_FORM: FormField[] = [
  { name: "name", label: "决策事项名称", kind: "text", required: true },
  { name: "unit", label: "承办单位", kind: "text", required: true },
  { name: "basis", label: "决策依据（法律、法规、规章或上级文件）", kind: "textarea", required: true },
  { name: "reason", label: "决策理由（必要性）", kind: "textarea", required: true },
  { name: "plannedBy", label: "计划完成时间（YYYY-MM）", kind: "text", required: true, hint: "如：2026-09" },
  { name: "steps", label: "拟采取的程序（公众参与、合法性审查、集体讨论为必经程序）", kind: "multi", options: options(PLANNED_STEPS) },
];
const ITEM_CHOICE: FormField = { name: "item", label: "决策事项", kind: "entry", required: true };
const MEETING: FormField[] = [
  { name: "meeting", label: "会议名称（如：街道党工委2026年第3次会议）", kind: "text", required: true },
  { name: "date", label: "会议日期", kind: "date", required: true },
];

const events: Record<string, Def> = {
  ADD_ITEM: event("ADD_ITEM", "增列决策事项", "compile", ["drafting"], s.ItemSchema, ITEM_FORM, [g.plannedInYear, g.notListedYet]),
  REMOVE_DRAFT_ITEM: event("REMOVE_DRAFT_ITEM", "删除草稿中的事项", "compile", ["drafting"], s.RemoveDraftItemSchema, [ITEM_CHOICE], [g.itemOnList]),
  SUBMIT: event("SUBMIT", "报送司法所审核", "compile", ["drafting"], s.SubmitSchema, [{ name: "note", label: "报送说明（可选）", kind: "textarea" }], [g.hasItems]),
  REVIEW_PASS: event("REVIEW_PASS", "审核通过", "review", ["reviewing"], s.ReviewSchema.pick({ opinion: true }), [{ name: "opinion", label: "审核意见（事项是否属于重大行政决策、依据是否充分）", kind: "textarea", required: true }]),
  REVIEW_RETURN: event("REVIEW_RETURN", "退回修改", "review", ["reviewing"], s.ReviewSchema.pick({ opinion: true }), [{ name: "opinion", label: "退回意见", kind: "textarea", required: true }]),
  AGREE: event("AGREE", "记录党（工）委同意", "approve", ["approving"], s.ApprovalSchema, MEETING, [g.dateNotFuture]),
  FILE: event("FILE", "报区备案", "publish", ["filing"], s.FilingSchema, [
    { name: "filedOn", label: "报送备案日期", kind: "date", required: true },
    { name: "filedWith", label: "备案机关（如：区司法局）", kind: "text", required: true },
  ], [g.dateNotFuture, g.notBeforeAgreement]),
  ACKNOWLEDGE: event("ACKNOWLEDGE", "确认备案", "acknowledge", ["filed"], s.AcknowledgeSchema, [{ name: "opinion", label: "备案意见", kind: "textarea", required: true }]),
  PUBLISH: event("PUBLISH", "向社会公布", "publish", ["acknowledged"], s.PublishSchema, [{ name: "publishedOn", label: "公布日期", kind: "date", required: true }], [g.dateNotFuture, g.notBeforeAgreement], "decision-catalogue-list"),
  PROPOSE_ADJUSTMENT: event("PROPOSE_ADJUSTMENT", "提出目录调整", "compile", ["executing"], s.AdjustmentSchema as any, [
    { name: "kind", label: "调整类型", kind: "select", required: true, options: [{ value: "add", label: "增列事项" }, { value: "remove", label: "调出事项" }] },
    { ...ITEM_CHOICE, label: "调出事项（调出时选择）", required: false },
    { name: "reason", label: "调整理由", kind: "textarea", required: true },
    { name: "name", label: "决策事项名称（增列时填写）", kind: "text" },
    { name: "unit", label: "承办单位（增列时填写）", kind: "text" },
    { name: "basis", label: "决策依据（增列时填写）", kind: "textarea" },
    { name: "purpose", label: "决策理由（增列时填写）", kind: "textarea" },
    { name: "plannedBy", label: "计划完成时间（YYYY-MM，增列时填写）", kind: "text" },
    { name: "steps", label: "拟采取的程序（增列时选择）", kind: "multi", options: options(PLANNED_STEPS) },
  ], [g.itemOnList, g.plannedInYear, g.notListedYet]),
  ADJUST_REVIEW_PASS: event("ADJUST_REVIEW_PASS", "调整审核通过", "review", ["adjustReviewing"], s.ReviewSchema.pick({ opinion: true }), [{ name: "opinion", label: "审核意见", kind: "textarea", required: true }]),
  ADJUST_REVIEW_RETURN: event("ADJUST_REVIEW_RETURN", "调整不予通过", "review", ["adjustReviewing"], s.ReviewSchema.pick({ opinion: true }), [{ name: "opinion", label: "不予通过的理由", kind: "textarea", required: true }]),
  ADJUST_AGREE: event("ADJUST_AGREE", "记录党（工）委同意调整", "approve", ["adjustApproving"], s.ApprovalSchema, MEETING, [g.dateNotFuture]),
  ADJUST_PUBLISH: event("ADJUST_PUBLISH", "公布目录调整", "publish", ["adjustPublishing"], s.PublishSchema, [{ name: "publishedOn", label: "公布日期", kind: "date", required: true }], [g.dateNotFuture, g.notBeforeAgreement], "decision-catalogue-adjustment"),
  EVALUATE_ITEM: event("EVALUATE_ITEM", "评估决策事项", "compile", ["executing"], s.EvaluateItemSchema, [
    ITEM_CHOICE,
    { name: "outcome", label: "评估结果", kind: "select", required: true, options: options(OUTCOMES) },
    { name: "reason", label: "评估说明", kind: "textarea", required: true },
  ], [g.evaluatedItemOnList]),
  FINISH_EVALUATION: event("FINISH_EVALUATION", "完成年度评估", "compile", ["executing"], s.FinishEvaluationSchema, [{ name: "summary", label: "年度评估总结", kind: "textarea", required: true }], [g.allItemsEvaluated]),
  ARCHIVE: event("ARCHIVE", "归档", "publish", ["evaluated"], s.ArchiveSchema, [{ name: "note", label: "归档说明（可选）", kind: "textarea" }]),
};

function pendingTasks(state: string, c: DecisionCatalogueContext): PendingTask[] {
  const role = (label: string, r: string): PendingTask[] => [{ label, role: r, userId: null }];
  switch (state) {
    case "drafting":
      return c.reviews.at(-1)?.outcome === "return" ? role("按审核意见修改决策事项目录", "judicial_staff") : role("编制决策事项目录", "judicial_staff");
    case "reviewing":
      return role("审核决策事项目录", "judicial_director");
    case "approving":
      return role("提请党（工）委会议同意决策事项目录", "street_leader");
    case "filing":
      return role("将决策事项目录报区备案", "judicial_staff");
    case "filed":
      return role("确认街道决策事项目录备案", "district_supervisor");
    case "acknowledged":
      return role("向社会公布决策事项目录", "judicial_staff");
    case "adjustReviewing":
      return role("审核目录调整", "judicial_director");
    case "adjustApproving":
      return role("提请党（工）委会议同意目录调整", "street_leader");
    case "adjustPublishing":
      return role("公布目录调整", "judicial_staff");
    case "executing":
      return activeItems(c).some((i) => !i.evaluation) ? [] : role("完成年度评估", "judicial_staff");
    case "evaluated":
      return role("决策事项目录归档", "judicial_staff");
    default:
      return [];
  }
}

export const decisionCatalogueProcedure: ProcedureDefinition<DecisionCatalogueContext, DecisionCatalogueInput> = {
  id: "decision-catalogue",
  name: "重大行政决策事项目录",
  version: 1,
  machine: decisionCatalogueMachine,
  createPermission: "decision-catalogue.compile",
  createSchema: s.CreateCatalogueSchema as any,
  createForm: [{ name: "year", label: "目录年度", kind: "number", required: true, hint: "如：2026" }],
  filedAt: "street",
  caseNumber: ({ docCode, year, n }) => `（${year}）${docCode}决目字第${n}号`,
  creationInput: (parsed: s.CreateCatalogue, f) => ({ year: parsed.year, officeId: f.officeId, compiledBy: f.by, compiledAt: f.at }),
  events,
  // A meeting's approval follows the list's compiling, or the adjustment it approves (engine/timeline.ts).
  timeline: {
    registered: (c) => ["编制目录", c.compiledAt],
    rules: {
      AGREE: [{ field: "date", label: "会议日期", after: (c) => [["审核通过", c.reviews.at(-1)?.at]] }],
      ADJUST_AGREE: [{ field: "date", label: "会议日期", after: (c) => [["提出目录调整", c.adjustments.at(-1)?.proposedAt], ["审核通过", c.adjustments.at(-1)?.reviews.at(-1)?.at]] }],
    },
  },
  steps: [
    { state: "drafting", label: "编制" },
    { state: "reviewing", label: "审核" },
    { state: "approving", label: "党（工）委同意" },
    { state: "filing", label: "备案" },
    { state: "acknowledged", label: "公布" },
    { state: "executing", label: "执行中" },
    { state: "evaluated", label: "年度评估" },
    { state: "archived", label: "归档" },
  ],
  stateLabels: {
    drafting: "编制中",
    reviewing: "司法所审核中",
    approving: "待党（工）委同意",
    filing: "待报区备案",
    filed: "已报备案，待区确认",
    acknowledged: "已备案，待公布",
    executing: "执行中",
    adjustReviewing: "目录调整审核中",
    adjustApproving: "目录调整待党（工）委同意",
    adjustPublishing: "目录调整待公布",
    evaluated: "已完成年度评估",
    archived: "已归档",
  },
  finalStates: ["archived"],
  title: (c) => `${c.year}年度重大行政决策事项目录`,
  searchText: (c) => [`${c.year}年度重大行政决策事项目录`, ...c.items.flatMap((i) => [i.name, i.unit])].join("\n"),
  deadlines: () => [],
  pendingTasks,
};
