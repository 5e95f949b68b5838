/** 规范性文件/合同合法性审查 as the engine sees it. */
import { chinaDate } from "../calendar/calendar";
import type { EventDefinition, PendingTask, ProcedureDefinition } from "../engine/types";
import { CONCLUSIONS, DOCUMENT_TYPES, type NormativeReviewContext } from "./context";
import { normativeReviewDeadlines } from "./deadlines";
import * as s from "./events";
import * as g from "./guards";
import { rosterGuards } from "../advisers";
import { normativeReviewMachine, type NormativeReviewInput } from "./machine";

type Def = EventDefinition<NormativeReviewContext>;
const options = (o: Readonly<Record<string, string>>) => Object.entries(o).map(([value, label]) => ({ value, label }));

const events: Record<string, Def> = {
  SUBMIT_DRAFT: {
    type: "SUBMIT_DRAFT",
    label: "提交送审稿",
    permission: "normative-review.create",
    from: ["submitted", "correcting"],
    guards: [],
    payload: s.SubmitDraftSchema,
    form: [
      { name: "draft", label: "送审稿（先在“附件”中上传）", kind: "file", required: true },
      { name: "note", label: "送审稿说明（可选）", kind: "textarea" },
    ],
  },
  ACCEPT: {
    type: "ACCEPT",
    label: "受理并指派审查人",
    permission: "normative-review.accept",
    from: ["submitted"],
    guards: [g.draftSubmitted, g.reviewerIsAdviser, g.reviewerInOffice, ...rosterGuards<NormativeReviewContext>("reviewer", (c) => [c.requestingUnit, c.counterparty, c.title])],
    payload: s.AcceptSchema,
    form: [{ name: "reviewer", label: "审查人（法律顾问/公职律师）", kind: "user", role: "legal_adviser", required: true }],
  },
  REJECT: {
    type: "REJECT",
    label: "不予受理",
    permission: "normative-review.accept",
    from: ["submitted"],
    guards: [],
    payload: s.ReasonSchema("不予受理理由"),
    form: [{ name: "reason", label: "不予受理理由", kind: "textarea", required: true }],
  },
  WITHDRAW: {
    type: "WITHDRAW",
    label: "撤回送审",
    permission: "normative-review.create",
    from: ["submitted", "reviewing", "correcting"],
    guards: [g.actorMayWithdraw],
    payload: s.ReasonSchema("撤回理由"),
    form: [{ name: "reason", label: "撤回理由", kind: "textarea", required: true }],
  },
  REQUEST_CORRECTION: {
    type: "REQUEST_CORRECTION",
    label: "通知补正材料（审查期限暂停）",
    permission: "normative-review.review",
    from: ["reviewing"],
    guards: [g.actorMayAskCorrection],
    payload: s.RequestCorrectionSchema,
    form: [{ name: "items", label: "需补正的材料", kind: "textarea", required: true, hint: "如：制定依据文本、征求意见情况说明、合同相对方资质证明" }],
  },
  SUPPLY_CORRECTION: {
    type: "SUPPLY_CORRECTION",
    label: "补正材料已送达（审查期限继续计算）",
    permission: "normative-review.create",
    from: ["correcting"],
    guards: [],
    payload: s.SupplyCorrectionSchema,
    form: [
      { name: "note", label: "补正情况", kind: "textarea", required: true },
      { name: "files", label: "补正材料（先上传）", kind: "files" },
    ],
  },
  SUBMIT_OPINION: {
    type: "SUBMIT_OPINION",
    label: "提交审查意见",
    permission: "normative-review.review",
    from: ["reviewing"],
    guards: [g.actorIsReviewer],
    payload: s.OpinionSchema,
    form: [
      { name: "conclusion", label: "审查结论", kind: "select", required: true, options: options(CONCLUSIONS) },
      {
        name: "problems",
        label: "存在的问题（每行一条，写明与之抵触的条款）",
        kind: "lines",
        hint: "如：第五条设定罚款——《中华人民共和国行政处罚法》第十六条",
      },
      { name: "reasoning", label: "审查意见说明", kind: "textarea", required: true },
      { name: "suggestions", label: "修改建议（结论为修改后合法的必填）", kind: "textarea" },
    ],
  },
  RETURN: {
    type: "RETURN",
    label: "退回修改审查意见",
    permission: "normative-review.accept",
    from: ["signOff"],
    guards: [g.signerIsNotReviewer],
    payload: s.ReturnSchema,
    form: [{ name: "comments", label: "退回意见", kind: "textarea", required: true }],
  },
  APPROVE: {
    type: "APPROVE",
    label: "所长签发",
    permission: "normative-review.accept",
    from: ["signOff"],
    guards: [g.signerIsNotReviewer, g.opinionGiven],
    payload: s.ApproveSchema,
    form: [{ name: "comments", label: "签发意见（可选）", kind: "textarea" }],
  },
  ISSUE: {
    type: "ISSUE",
    label: "出具合法性审查意见书（编号并生成文书）",
    permission: "normative-review.issue",
    from: ["approved"],
    guards: [g.lastSignOffApproved, g.opinionGiven],
    payload: s.IssueSchema,
    form: [],
    producesDocument: "normative-review-opinion",
  },
  ARCHIVE: {
    type: "ARCHIVE",
    label: "归档",
    permission: "normative-review.archive",
    from: ["issued"],
    guards: [],
    payload: s.ArchiveSchema,
    form: [{ name: "note", label: "归档说明（可选）", kind: "textarea" }],
  },
};

function pendingTasks(state: string, c: NormativeReviewContext): PendingTask[] {
  switch (state) {
    case "submitted":
      return c.draft
        ? [{ label: "受理合法性审查并指派审查人", role: "judicial_director", userId: null }]
        : [{ label: "上传并提交送审稿", role: null, userId: c.requestedBy.id }];
    case "reviewing":
      return [{ label: c.signOffs.at(-1)?.decision === "returned" ? "按签发意见修改审查意见" : "审查送审稿并提出审查意见", role: null, userId: c.reviewer?.id ?? null }];
    case "correcting":
      return [{ label: "补正材料（审查期限暂停）", role: null, userId: c.requestedBy.id }];
    case "signOff":
      return [{ label: "签发合法性审查意见", role: "judicial_director", userId: null }];
    case "approved":
      return [{ label: "出具合法性审查意见书", role: "judicial_staff", userId: null }];
    case "issued":
      return [{ label: "合法性审查归档", role: "judicial_staff", userId: null }];
    default:
      return [];
  }
}

export const normativeReviewProcedure: ProcedureDefinition<NormativeReviewContext, NormativeReviewInput> = {
  id: "normative-review",
  name: "合法性审查",
  version: 1,
  machine: normativeReviewMachine,
  createPermission: "normative-review.create",
  createSchema: s.ReviewRequestSchema as any,
  filedAt: "street",
  caseNumber: ({ docCode, year, n }) => `（${year}）${docCode}法审字第${n}号`,
  validateCreate: (parsed, f) => [
    ...(parsed.wantedBy < chinaDate(f.at) ? [{ path: ["wantedBy"], message: "要求完成日期：不能早于送审登记之日" }] : []),
    ...(parsed.documentType === "contract" && !parsed.counterparty ? [{ path: ["counterparty"], message: "合同相对方：送审合同须写明合同相对方" }] : []),
  ],
  creationInput: (parsed, f) => ({ ...parsed, officeId: f.officeId, requestedBy: f.by, requestedAt: f.at }),
  createForm: [
    { name: "documentType", label: "送审文件类型", kind: "select", required: true, options: options(DOCUMENT_TYPES) },
    { name: "title", label: "文件（合同）名称", kind: "text", required: true },
    { name: "requestingUnit", label: "送审单位", kind: "text", required: true },
    { name: "counterparty", label: "合同相对方（合同必填）", kind: "text" },
    { name: "explanation", label: "起草（送审）说明", kind: "textarea", required: true, hint: "制定（签订）目的、依据、主要内容和已履行的程序" },
    { name: "wantedBy", label: "要求完成日期", kind: "date", required: true },
  ],
  events,
  steps: [
    { state: "submitted", label: "送审" },
    { state: "reviewing", label: "审查" },
    { state: "signOff", label: "所长签发" },
    { state: "approved", label: "待出具" },
    { state: "issued", label: "已出具" },
    { state: "archived", label: "归档" },
  ],
  stateLabels: {
    submitted: "待受理",
    reviewing: "审查中",
    correcting: "补正中（期限暂停）",
    signOff: "待所长签发",
    approved: "已签发待出具",
    issued: "已出具",
    archived: "已归档",
    rejected: "不予受理",
    withdrawn: "已撤回",
  },
  finalStates: ["archived", "rejected", "withdrawn"],
  title: (c) => `${c.title}（${DOCUMENT_TYPES[c.documentType]}）`,
  searchText: (c) =>
    [c.title, DOCUMENT_TYPES[c.documentType], c.requestingUnit, c.counterparty, c.explanation, c.reviewer?.name, c.opinion?.reasoning, ...(c.opinion?.problems.map((p) => p.text) ?? []), c.issued?.number]
      .filter(Boolean)
      .join("\n"),
  deadlines: normativeReviewDeadlines,
  pendingTasks,
};
