/** 三重一大 as the engine sees it: one case per item the street's leadership decides collectively. */
import { eventDefiner, type EventDefinition, type FormField, type PendingTask, type ProcedureDefinition } from "../engine/types";
import { KINDS, needsPricing, type ThreeImportantContext } from "./context";
import * as s from "./events";
import * as g from "./guards";
import { threeImportantMachine, type ThreeImportantInput } from "./machine";

type Def = EventDefinition<ThreeImportantContext>;
const event = eventDefiner<ThreeImportantContext>("three-important");

const events: Record<string, Def> = {
  RECORD_RESEARCH: event("RECORD_RESEARCH", "记录调查研究", "declare", ["declared"], s.ResearchSchema, [{ name: "findings", label: "调查研究情况", kind: "textarea", required: true }]),
  RECORD_COMPARISON: event("RECORD_COMPARISON", "记录行业比价", "declare", ["declared"], s.ComparisonSchema, [{ name: "quotes", label: "比价情况（每行一家：单位、报价）", kind: "lines", required: true }]),
  RECORD_AUDIT: event("RECORD_AUDIT", "记录专业审价", "declare", ["declared"], s.AuditSchema, [
    { name: "auditor", label: "审价单位", kind: "text", required: true },
    { name: "result", label: "审价结论", kind: "textarea", required: true },
  ]),
  LEGAL_CHECK: event("LEGAL_CHECK", "法制审核", "legal-check", ["declared"], s.LegalCheckSchema, [
    { name: "outcome", label: "法制审核结论", kind: "select", required: true, options: [{ value: "pass", label: "通过" }, { value: "fail", label: "未通过（补充后再审）" }] },
    { name: "opinion", label: "法制审核意见", kind: "textarea", required: true },
  ], [g.researched, g.pricedIfRequired]),
  RECORD_MEETING: event("RECORD_MEETING", "记录集体讨论", "decide", ["meeting"], s.MeetingSchema as any, [
    { name: "date", label: "会议日期", kind: "date", required: true },
    { name: "chair", label: "主持人（主要负责人）", kind: "user", role: "street_leader", required: true },
    { name: "members", label: "应到人数", kind: "number", required: true },
    { name: "attendees", label: "到会人员（以顿号分隔）", kind: "text", required: true },
    { name: "opinions", label: "表态记录（每行“姓名：同意（或不同意）：意见”，主要负责人最后）", kind: "lines", required: true },
    { name: "outcome", label: "会议决定", kind: "select", required: true, options: [{ value: "passed", label: "通过" }, { value: "rejected", label: "不予通过" }] },
  ], [g.legalCheckPassed, g.quorum, g.chairIsHead, g.chairSpeaksLast, g.dateNotFuture], "three-important-minutes"),
  SIGN_MINUTES: event("SIGN_MINUTES", "落笔签字", "decide", ["signing"], s.SignSchema as any, [{ name: "signed", label: "已在会议纪要上签字的人员（以顿号分隔）", kind: "text", required: true }], [g.everyAttendeeSigned]),
  RECORD_EXECUTION: event("RECORD_EXECUTION", "记录执行情况", "declare", ["executing"], s.ExecutionSchema, [{ name: "text", label: "执行情况", kind: "textarea", required: true }]),
  LOOK_BACK: event("LOOK_BACK", "事后回溯", "declare", ["executing"], s.LookbackSchema, [{ name: "result", label: "事后回溯情况（执行效果、存在问题）", kind: "textarea", required: true }]),
  ARCHIVE: event("ARCHIVE", "归档", "declare", ["lookedBack", "rejected"], s.ArchiveSchema, [{ name: "note", label: "归档说明（可选）", kind: "textarea" }]),
};

function pendingTasks(state: string, c: ThreeImportantContext): PendingTask[] {
  const staff = (label: string): PendingTask[] => [{ label, role: "judicial_staff", userId: null }];
  switch (state) {
    case "declared":
      if (!c.research) return staff("开展调查研究");
      if (needsPricing(c) && (!c.comparison || !c.audit)) return staff("完成行业比价和专业审价");
      // The 司法所 checks it; a 法律顾问/公职律师 may give the check too, so it is in both queues.
      return ["judicial_director", "legal_adviser"].map((role) => ({ label: c.legal?.outcome === "fail" ? "补充材料后重新法制审核" : "“三重一大”议题法制审核", role, userId: null }));
    case "meeting":
      return [{ label: "提请集体讨论“三重一大”议题", role: "street_leader", userId: null }];
    case "signing":
      return [{ label: "组织到会人员在会议纪要上落笔签字", role: "street_leader", userId: null }];
    case "lookedBack":
    case "rejected":
      return staff("“三重一大”事项归档");
    default:
      return [];
  }
}

export const threeImportantProcedure: ProcedureDefinition<ThreeImportantContext, ThreeImportantInput> = {
  id: "three-important",
  name: "“三重一大”事项",
  version: 1,
  machine: threeImportantMachine,
  createPermission: "three-important.declare",
  createSchema: s.DeclareSchema as any,
  createForm: [
    { name: "kind", label: "事项类别", kind: "select", required: true, options: Object.entries(KINDS).map(([value, label]) => ({ value, label })) },
    { name: "title", label: "议题名称", kind: "text", required: true },
    { name: "unit", label: "申报单位", kind: "text", required: true },
    { name: "description", label: "议题内容", kind: "textarea", required: true },
    { name: "amount", label: "涉及金额（元，无则填0）", kind: "number" },
    { name: "decision", label: "关联的重大行政决策（属于重大行政决策的，关联后不再重复调查研究、法制审核和集体讨论）", kind: "select", options: [] },
  ],
  filedAt: "street",
  caseNumber: ({ docCode, year, n }) => `（${year}）${docCode}三重一大字第${n}号`,
  validateCreate: (parsed: s.Declare) => (parsed.decision && parsed.kind !== "decision" ? [{ path: ["decision"], message: "关联的重大行政决策：只有“重大决策”类事项可以关联重大行政决策" }] : []),
  creationInput: (parsed: s.Declare & { linked?: ThreeImportantInput["linked"]; threshold?: number }, f) => ({
    officeId: f.officeId,
    kind: parsed.kind,
    title: parsed.title,
    unit: parsed.unit,
    description: parsed.description,
    amount: Number(parsed.amount ?? 0),
    threshold: Number(parsed.threshold ?? f.settings["three-important.threshold"] ?? 0),
    linked: parsed.linked ?? null,
    declaredBy: f.by,
    declaredAt: f.at,
  }),
  events,
  // The meeting follows the declaration and the legality check it relies on (engine/timeline.ts).
  timeline: {
    registered: (c) => ["申报", c.declaredAt],
    rules: { RECORD_MEETING: [{ field: "date", label: "会议日期", after: (c) => [["法制审核", c.legal?.at]] }] },
  },
  steps: [
    { state: "declared", label: "议题申报与调研" },
    { state: "meeting", label: "集体讨论" },
    { state: "signing", label: "落笔签字" },
    { state: "executing", label: "执行" },
    { state: "lookedBack", label: "事后回溯" },
    { state: "archived", label: "归档" },
  ],
  stateLabels: { declared: "议题申报、调研和审核中", meeting: "待集体讨论", signing: "待落笔签字", executing: "执行中", lookedBack: "已回溯", rejected: "不予通过", archived: "已归档" },
  finalStates: ["archived"],
  title: (c) => `${KINDS[c.kind]}：${c.title}`,
  searchText: (c) => [c.title, c.unit, c.description, KINDS[c.kind]].join("\n"),
  deadlines: () => [],
  pendingTasks,
};
