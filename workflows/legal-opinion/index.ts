/** The legal-opinion procedure (法律意见书) as the engine sees it. */
import type { EventDefinition, FormField, PendingTask, ProcedureDefinition } from "../engine/types";
import { MATTER_TYPES, type LegalOpinionContext } from "./context";
import { legalOpinionDeadlines } from "./deadlines";
import * as s from "./events";
import * as g from "./guards";
import { rosterGuards } from "../advisers";
import { legalOpinionMachine, type LegalOpinionInput } from "./machine";

type Def = EventDefinition<LegalOpinionContext>;

const draftForm: FormField[] = [
  { name: "facts", label: "基本事实", kind: "textarea", required: true },
  { name: "questions", label: "咨询问题", kind: "textarea", required: true },
  { name: "analysis", label: "法律分析", kind: "textarea", required: true },
  { name: "conclusion", label: "法律意见", kind: "textarea", required: true },
  {
    name: "bases",
    label: "法律依据（每行一条，写明具体条款）",
    kind: "lines",
    required: true,
    hint: "如：《中华人民共和国民法典》第五百零九条",
  },
];

/** On the roster, in the 聘期, and no declared conflict with the requesting unit or the matter (RULES.md §5). */
const ROSTER = rosterGuards<LegalOpinionContext>("assignee", (c) => [c.requestingUnit, c.subject, c.background, c.questions]);

const events: Record<string, Def> = {
  ACCEPT: {
    type: "ACCEPT",
    label: "受理并指派承办人",
    permission: "legal-opinion.accept",
    from: ["requested"],
    guards: [g.assigneeIsAdviser, g.assigneeInOffice, ...ROSTER],
    payload: s.AcceptSchema,
    form: [{ name: "assignee", label: "承办人（法律顾问/公职律师）", kind: "user", role: "legal_adviser", required: true }],
  },
  REASSIGN: {
    type: "REASSIGN",
    label: "改派承办人",
    permission: "legal-opinion.accept",
    from: ["drafting"],
    guards: [g.assigneeIsAdviser, g.assigneeInOffice, g.assigneeChanges, ...ROSTER],
    payload: s.ReassignSchema,
    form: [
      { name: "assignee", label: "新承办人（法律顾问/公职律师）", kind: "user", role: "legal_adviser", required: true },
      { name: "reason", label: "改派理由", kind: "textarea", required: true },
    ],
  },
  REJECT: {
    type: "REJECT",
    label: "不予受理",
    permission: "legal-opinion.accept",
    from: ["requested"],
    guards: [],
    payload: s.RejectSchema,
    form: [{ name: "reason", label: "不予受理理由", kind: "textarea", required: true }],
  },
  WITHDRAW: {
    type: "WITHDRAW",
    label: "撤回申请",
    permission: "legal-opinion.withdraw",
    from: ["requested", "drafting"],
    guards: [g.actorMayWithdraw],
    payload: s.WithdrawSchema,
    form: [{ name: "reason", label: "撤回理由", kind: "textarea", required: true }],
  },
  SUBMIT_DRAFT: {
    type: "SUBMIT_DRAFT",
    label: "提交意见书草稿",
    permission: "legal-opinion.draft",
    from: ["drafting"],
    guards: [g.actorIsAssignee],
    payload: s.DraftSchema,
    form: draftForm,
  },
  RETURN: {
    type: "RETURN",
    label: "审核退回修改",
    permission: "legal-opinion.review",
    from: ["reviewing"],
    guards: [g.reviewerIsNotDrafter],
    payload: s.ReturnSchema,
    form: [{ name: "comments", label: "退回意见", kind: "textarea", required: true }],
  },
  APPROVE: {
    type: "APPROVE",
    label: "审核同意",
    permission: "legal-opinion.review",
    from: ["reviewing"],
    guards: [g.reviewerIsNotDrafter, g.draftCitesArticles],
    payload: s.ApproveSchema,
    form: [{ name: "comments", label: "审核意见（可选）", kind: "textarea" }],
  },
  ISSUE: {
    type: "ISSUE",
    label: "出具法律意见书（编号并生成文书）",
    permission: "legal-opinion.issue",
    from: ["approved"],
    guards: [g.lastReviewApproved, g.draftCitesArticles],
    payload: s.IssueSchema,
    form: [],
    producesDocument: "legal-opinion",
  },
  ARCHIVE: {
    type: "ARCHIVE",
    label: "归档",
    permission: "legal-opinion.archive",
    from: ["issued"],
    guards: [],
    payload: s.ArchiveSchema,
    form: [{ name: "note", label: "归档说明（可选）", kind: "textarea" }],
  },
};

function pendingTasks(state: string, c: LegalOpinionContext): PendingTask[] {
  switch (state) {
    case "requested":
      return [{ label: "受理法律意见申请并指派承办人", role: "judicial_director", userId: null }];
    case "drafting":
      return [{ label: c.reviews.length ? "按审核意见修改法律意见书" : "起草法律意见书", role: null, userId: c.assignee?.id ?? null }];
    case "reviewing":
      return [{ label: "审核法律意见书", role: "judicial_director", userId: null }];
    case "approved":
      return [{ label: "出具法律意见书", role: "judicial_director", userId: null }];
    case "issued":
      return [{ label: "法律意见书归档", role: "judicial_staff", userId: null }];
    default:
      return [];
  }
}

export const legalOpinionProcedure: ProcedureDefinition<LegalOpinionContext, LegalOpinionInput> = {
  id: "legal-opinion",
  name: "法律意见书",
  version: 1,
  machine: legalOpinionMachine,
  createPermission: "legal-opinion.create",
  createSchema: s.LegalOpinionRequestSchema as any,
  filedAt: "street",
  caseNumber: ({ docCode, year, n }) => `（${year}）${docCode}法意字第${n}号`,
  creationInput: (parsed, f) => ({ ...parsed, officeId: f.officeId, requestedBy: f.by, requestedAt: f.at }),
  createForm: [
    {
      name: "matterType",
      label: "事项类型",
      kind: "select",
      required: true,
      options: Object.entries(MATTER_TYPES).map(([value, label]) => ({ value, label })),
    },
    { name: "subject", label: "事项名称", kind: "text", required: true },
    { name: "requestingUnit", label: "申请部门", kind: "text", required: true },
    { name: "background", label: "基本情况", kind: "textarea", required: true },
    { name: "questions", label: "需要回答的法律问题", kind: "textarea", required: true },
  ],
  events,
  steps: [
    { state: "requested", label: "申请" },
    { state: "drafting", label: "起草" },
    { state: "reviewing", label: "所长审核" },
    { state: "approved", label: "待出具" },
    { state: "issued", label: "已出具" },
    { state: "archived", label: "归档" },
  ],
  stateLabels: {
    requested: "待受理",
    drafting: "起草中",
    reviewing: "审核中",
    approved: "审核通过待出具",
    issued: "已出具",
    archived: "已归档",
    rejected: "不予受理",
    withdrawn: "已撤回",
  },
  finalStates: ["archived", "rejected", "withdrawn"],
  title: (c) => c.subject,
  searchText: (c) =>
    [c.subject, c.requestingUnit, c.background, c.questions, c.assignee?.name, c.requestedBy.name, c.draft?.conclusion, c.issued?.number]
      .filter(Boolean)
      .join("\n"),
  deadlines: legalOpinionDeadlines,
  pendingTasks,
};
