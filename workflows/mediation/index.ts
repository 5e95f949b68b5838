/** The people's-mediation procedure (人民调解) as the engine sees it. */
import type { EventDefinition, FormField, PendingTask, ProcedureDefinition } from "../engine/types";
import { CO_MEDIATOR_ROLES, DISPUTE_TYPES, FOLLOW_UP_METHODS, parseDisputeTypes, PERFORMANCE, RISK_FACTORS, RISK_GRADES, SOURCES, type MediationContext } from "./context";

/**
 * What an assigned mediator outside the handling office may do: the mediation work, not moving,
 * reassigning or filing the case (app/procedures/mediation supplies the rule to the engine).
 */
export const MEMBER_EVENTS: readonly string[] = ["ADD_PARTY", "RECORD_CONSENT", "GRADE_RISK", "NOTIFY_POLICE", "START", "RECORD_SESSION", "AGREE_WRITTEN", "AGREE_ORAL", "RECORD_SIGNED", "APPLY_CONFIRMATION", "RECORD_RULING", "FOLLOW_UP", "CLOSE"];

export const DISPUTE_TYPES_SETTING = "mediation.disputeTypes";
import { mediationDeadlines } from "./deadlines";
import { maskIdNumber, maskName, maskPhone } from "../identity";
import { redactText, type PersonalData } from "../privacy";
import * as s from "./events";
import * as en from "./endings";
import { chinaDate } from "../calendar/calendar";
import * as g from "./guards";
import { DEFAULT_FOLLOW_UP_DAYS, mediationMachine, type MediationInput } from "./machine";

type Def = EventDefinition<MediationContext>;
const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));
const HANDLE = "mediation.handle";
const WORKING = ["registered", "mediating"];

const partyForm: FormField[] = [
  { name: "side", label: "当事人地位", kind: "select", required: true, options: [{ value: "applicant", label: "申请人" }, { value: "respondent", label: "被申请人" }] },
  { name: "kind", label: "当事人类型", kind: "select", required: true, options: [{ value: "person", label: "自然人" }, { value: "organisation", label: "法人或其他组织" }] },
  { name: "name", label: "姓名或名称", kind: "text", required: true },
  { name: "gender", label: "性别", kind: "select", options: [{ value: "男", label: "男" }, { value: "女", label: "女" }] },
  { name: "ethnicity", label: "民族", kind: "text" },
  { name: "birthDate", label: "出生日期", kind: "date" },
  { name: "occupation", label: "职业", kind: "text" },
  { name: "phone", label: "联系电话", kind: "text" },
  { name: "address", label: "住址", kind: "text" },
  { name: "idNumber", label: "身份证号码（自然人）", kind: "text" },
  { name: "creditCode", label: "统一社会信用代码（单位）", kind: "text" },
  { name: "legalRepresentative", label: "法定代表人（单位）", kind: "text" },
  { name: "agentName", label: "代理人姓名", kind: "text" },
  { name: "agentAuthority", label: "代理权限（授权委托书）", kind: "text" },
];

const event = (type: string, label: string, from: string[], payload: Def["payload"], form: FormField[], guards: Def["guards"] = [], permission = HANDLE, producesDocument?: string): Def => ({
  type, label, from, payload, form, guards, permission, producesDocument,
});

const events: Record<string, Def> = {
  ADD_PARTY: event("ADD_PARTY", "登记当事人", ["registered"], s.PartySchema as Def["payload"], partyForm),
  RECORD_CONSENT: event("RECORD_CONSENT", "记录调解意愿", ["registered"], s.ConsentSchema, [
    { name: "party", label: "当事人", kind: "party", required: true },
    { name: "consent", label: "调解意愿", kind: "select", required: true, options: [{ value: "given", label: "同意调解" }, { value: "refused", label: "明确拒绝调解" }] },
    { name: "note", label: "说明", kind: "text" },
  ], [g.partyExists]),
  GRADE_RISK: event("GRADE_RISK", "风险研判", WORKING, s.GradeRiskSchema, [
    { name: "factors", label: "风险因素", kind: "multi", options: options(RISK_FACTORS) },
    { name: "grade", label: "风险等级", kind: "select", required: true, options: options(RISK_GRADES) },
    { name: "reason", label: "研判理由（调整等级时必填）", kind: "textarea" },
  ], [g.revisionHasReason]),
  NOTIFY_POLICE: event("NOTIFY_POLICE", "通报公安机关", WORKING, s.NotifyPoliceSchema, [
    { name: "station", label: "通报的公安派出所", kind: "text", required: true },
    { name: "note", label: "通报情况", kind: "textarea", required: true },
    { name: "measures", label: "已采取的预防措施（第二十五条）", kind: "textarea", required: true },
  ], [], "mediation.notify-police"),
  ASSIGN_MEDIATOR: event("ASSIGN_MEDIATOR", "指定人民调解员", WORKING, s.AssignMediatorSchema, [
    { name: "mediator", label: "人民调解员", kind: "user", role: "mediator", required: true },
    { name: "chosenByParties", label: "是否由当事人选择", kind: "select", required: true, options: [{ value: "no", label: "调解委员会指定" }, { value: "yes", label: "当事人选择" }] },
  ], [g.assigneeIsMediator]),
  ADD_CO_MEDIATOR: event("ADD_CO_MEDIATOR", "邀请参与调解（双员双师）", WORKING, s.CoMediatorSchema, [
    { name: "name", label: "姓名", kind: "text", required: true },
    { name: "role", label: "身份", kind: "select", required: true, options: options(CO_MEDIATOR_ROLES) },
    { name: "note", label: "说明", kind: "text" },
    { name: "partiesConsent", label: "当事人同意", kind: "select", required: true, options: [{ value: "yes", label: "已征得各方当事人同意（第二十条）" }] },
  ]),
  ESCALATE: event("ESCALATE", "上移上一级调解", WORKING, s.EscalateSchema, [{ name: "reason", label: "上移理由", kind: "textarea", required: true }], [g.canEscalate, g.policeNotifiedForRisk], "mediation.move"),
  DELEGATE: event("DELEGATE", "下交居委会调解", WORKING, s.DelegateSchema, [
    { name: "target", label: "下交给", kind: "office", required: true },
    { name: "reason", label: "下交理由", kind: "textarea", required: true },
  ], [g.canDelegate, g.policeNotifiedForRisk], "mediation.move"),
  START: event("START", "开始调解", ["registered"], s.StartSchema, [], [g.partiesOnBothSides, g.allPartiesConsent, g.riskGraded, g.policeNotifiedForRisk, g.mediatorAssigned]),
  // 不予调解 (PML 17) or 不予受理 (PMR 22), each producing its 告知书.
  DECLINE: event("DECLINE", "不予受理（不予调解）", ["registered"], en.DeclineSchema, en.ENDING_FORMS.DECLINE, [en.declineGroundHolds, g.policeNotifiedForRisk], HANDLE, "mediation-decline"),
  RECORD_SESSION: event("RECORD_SESSION", "记录调查/调解", ["mediating"], s.SessionSchema, [
    { name: "kind", label: "记录类型", kind: "select", required: true, options: [{ value: "investigation", label: "调查记录" }, { value: "mediation", label: "调解记录" }] },
    { name: "date", label: "日期", kind: "date", required: true },
    { name: "start", label: "开始时间", kind: "time", required: true },
    { name: "end", label: "结束时间", kind: "time", required: true },
    { name: "place", label: "地点", kind: "text", required: true },
    { name: "subject", label: "被调查人及身份（调查记录必填：姓名、性别、身份证号码或住址）", kind: "text" },
    { name: "participants", label: "参加人员", kind: "text", required: true },
    { name: "content", label: "记录内容", kind: "textarea", required: true },
  ], [g.dateNotBeforeAcceptance, g.policeNotifiedForRisk]),
  EXTEND: event("EXTEND", "延长调解期限", ["mediating"], s.ExtendSchema, [
    { name: "days", label: "延长天数", kind: "number", required: true },
    { name: "reason", label: "延长理由", kind: "textarea", required: true },
  ], [g.notExtendedYet, g.policeNotifiedForRisk]),
  AGREE_WRITTEN: event("AGREE_WRITTEN", "达成书面调解协议", ["mediating"], s.WrittenAgreementSchema, [
    { name: "date", label: "达成协议日期", kind: "date", required: true },
    { name: "facts", label: "纠纷主要事实、争议事项及各方责任", kind: "textarea", required: true },
    { name: "terms", label: "协议内容", kind: "textarea", required: true },
    { name: "performance", label: "履行方式、地点、期限", kind: "textarea", required: true },
  ], [g.hasMediationSession, g.policeNotifiedForRisk, g.agreementAfterSessions]),
  AGREE_ORAL: event("AGREE_ORAL", "达成口头协议", ["mediating"], s.OralAgreementSchema, [
    { name: "date", label: "达成协议日期", kind: "date", required: true },
    { name: "facts", label: "纠纷简要事实", kind: "textarea" },
    { name: "terms", label: "协议内容", kind: "textarea", required: true },
    { name: "performance", label: "履行方式、期限", kind: "textarea", required: true },
    { name: "obligations", label: "协议是否有民事权利义务内容（赔偿、付款、履行义务等）", kind: "select", required: true, options: [{ value: "no", label: "没有（如赔礼道歉、和好）" }, { value: "yes", label: "有（应制作书面协议）" }] },
    { name: "writingRequested", label: "当事人是否要求制作书面协议", kind: "select", required: true, options: [{ value: "no", label: "不要求" }, { value: "yes", label: "要求（应制作书面协议）" }] },
  ], [g.hasMediationSession, g.policeNotifiedForRisk, g.agreementAfterSessions, g.oralOnlyWithoutObligations]),
  RECORD_SIGNED: event("RECORD_SIGNED", "确认协议书已签字盖章", ["signing"], s.SignedSchema, [
    { name: "signedOn", label: "各方签字盖章日期", kind: "date", required: true },
    { name: "signedCopy", label: "签字盖章的协议书扫描件（先在附件中上传）", kind: "file", required: true },
  ], [g.signedOnValid]),
  APPLY_CONFIRMATION: event("APPLY_CONFIRMATION", "记录司法确认申请", ["performing"], s.ConfirmationSchema, [
    { name: "date", label: "申请日期", kind: "date", required: true },
    { name: "court", label: "受理法院", kind: "text", required: true },
    { name: "applicants", label: "共同申请的当事人（每行一人，须为全部当事人并经其签名同意）", kind: "lines", required: true },
  ], [g.writtenForConfirmation, g.agreementInForce, g.confirmationNotYetApplied, g.withinConfirmationWindow, g.jointApplication]),
  RECORD_RULING: event("RECORD_RULING", "记录司法确认裁定", ["performing"], s.RulingSchema, [
    { name: "ruling", label: "裁定结果", kind: "select", required: true, options: [{ value: "valid", label: "确认调解协议有效" }, { value: "rejected", label: "驳回申请" }] },
    { name: "date", label: "裁定日期", kind: "date", required: true },
  ], [g.confirmationAwaitingRuling, g.rulingAfterApplication]),
  FOLLOW_UP: event("FOLLOW_UP", "回访", ["performing"], s.FollowUpSchema, [
    { name: "date", label: "回访日期", kind: "date", required: true },
    { name: "method", label: "回访方式", kind: "select", required: true, options: options(FOLLOW_UP_METHODS) },
    { name: "visited", label: "被回访人", kind: "text", required: true },
    { name: "performance", label: "履行情况", kind: "select", required: true, options: options(PERFORMANCE) },
    { name: "note", label: "回访情况", kind: "textarea", required: true },
  ], [g.followUpAfterAgreement]),
  REMEDIATE: event("REMEDIATE", "重新调解", ["performing"], s.RemediateSchema, [{ name: "reason", label: "重新调解理由（未履行或司法确认被驳回）", kind: "textarea", required: true }]),
  CLOSE: event("CLOSE", "结案", ["performing"], s.CloseSchema, [{ name: "note", label: "结案说明（未履行的，写明已告知可向法院起诉）", kind: "textarea" }], [g.hasFollowUp]),
  TERMINATE: event("TERMINATE", "终止调解", ["mediating", "signing"], en.TerminateSchema, en.ENDING_FORMS.TERMINATE, [g.policeNotifiedForRisk], HANDLE, "mediation-termination"),
  REPLY_REFERRAL: event("REPLY_REFERRAL", "回复委派（移送）单位", en.ANSWERABLE, en.ReplyReferralSchema, en.ENDING_FORMS.REPLY_REFERRAL, [en.referralToAnswer, en.replyNotFuture], HANDLE, "mediation-referral-reply"),
  WITHDRAW: event("WITHDRAW", "当事人撤回", WORKING, s.WithdrawSchema, [
    { name: "party", label: "撤回的当事人", kind: "party", required: true },
    { name: "reason", label: "撤回理由", kind: "textarea", required: true },
  ], [g.partyExists, g.policeNotifiedForRisk]),
  ARCHIVE: event("ARCHIVE", "立卷归档", ["closed", "declined", "terminated", "withdrawn"], s.ArchiveSchema, [{ name: "note", label: "归档说明", kind: "textarea" }], [en.referralAnswered], "mediation.archive", "mediation-file"),
};

function pendingTasks(state: string, c: MediationContext): PendingTask[] {
  const toMediators = (label: string): PendingTask[] =>
    c.mediators.length ? c.mediators.map((m) => ({ label, role: null, userId: m.id })) : [{ label, role: "mediator", userId: null }];
  const red: PendingTask[] = c.risk?.grade === "red" && !["closed", "archived", "declined", "terminated", "withdrawn"].includes(state)
    ? [{ label: c.policeNotified ? "红色风险纠纷：督办化解" : "红色风险纠纷：立即通报公安并督办", role: "street_leader", userId: null }]
    : [];
  // After a move, the new level assigns one of its own mediators (the earlier ones keep following).
  const lastMove = c.moves.at(-1);
  const levelTask: PendingTask[] =
    lastMove && !c.mediators.some((m) => (m.assignedAt ?? "") > lastMove.at)
      ? [{ label: lastMove.direction === "up" ? "上移纠纷：指定本级调解员并组织调解" : "下交纠纷：指定调解员并组织调解", role: c.level === "street" ? "judicial_staff" : "mediator", userId: null }]
      : [];
  switch (state) {
    case "registered":
      return [...toMediators("登记当事人、征询意愿、风险研判并开始调解"), ...(c.level !== "committee" && !lastMove ? [{ label: "受理纠纷：指定调解员", role: "judicial_staff", userId: null }] : []), ...levelTask, ...red];
    case "mediating":
      return [...toMediators("组织调解并记录"), ...levelTask, ...red];
    case "signing":
      return toMediators("上传各方签字盖章的调解协议书");
    case "performing":
      return toMediators(c.confirmation?.ruling === "rejected" ? "司法确认被驳回：重新调解或告知起诉" : "回访协议履行情况");
    case "closed":
    case "declined":
    case "terminated":
    case "withdrawn":
      return [{ label: "立卷归档", role: c.level === "committee" ? "mediator" : "judicial_staff", userId: null }];
    default:
      return [];
  }
}

/** The parties (and their representatives and agents) as personal data to find in free text. */
export function mediationPersons(c: Pick<MediationContext, "parties">): PersonalData[] {
  return c.parties.map((p) => ({ person: p.kind === "person", name: p.name, idNumber: p.idNumber, phone: p.phone, address: p.address, relatedNames: [p.legalRepresentative, p.agentName].filter(Boolean) }));
}

export const mediationProcedure: ProcedureDefinition<MediationContext, MediationInput> = {
  id: "mediation",
  name: "人民调解",
  version: 1,
  machine: mediationMachine,
  createPermission: "mediation.create",
  createSchema: s.MediationIntakeSchema as any,
  createForm: [
    { name: "source", label: "纠纷来源", kind: "select", required: true, options: options(SOURCES) },
    { name: "disputeType", label: "纠纷类型", kind: "select", required: true, options: options(DISPUTE_TYPES) }, // replaced by the street's list
    { name: "summary", label: "纠纷简要情况", kind: "textarea", required: true },
    { name: "claims", label: "当事人请求", kind: "textarea", required: true },
    ...en.REFERRAL_INTAKE_FORM,
  ],
  filedAt: "street-or-committee",
  // （2026）彭人调字第12号: the street's 代字 without 司, then 人调字.
  caseNumber: ({ docCode, year, n }) => `（${year}）${docCode.replace(/司$/, "")}人调字第${n}号`,
  createOptions: (settings) => ({ disputeType: parseDisputeTypes(settings[DISPUTE_TYPES_SETTING]).map((t) => ({ value: t.key, label: t.label })) }),
  validateCreate: (parsed, f) => [
    ...(parseDisputeTypes(f.settings[DISPUTE_TYPES_SETTING]).some((t) => t.key === parsed.disputeType) ? [] : [{ path: ["disputeType"], message: "请选择本街道纠纷类型目录中的类型" }]),
    // A referral's deadline already past when the dispute is entered is a typing error, not a deadline.
    ...(parsed.referralDue && parsed.referralDue < chinaDate(f.at) ? [{ path: ["referralDue"], message: "委派（移送）要求的办结期限：不能早于受理之日" }] : []),
  ],
  creationInput: (parsed, f) => ({
    ...parsed,
    disputeTypeLabel: parseDisputeTypes(f.settings[DISPUTE_TYPES_SETTING]).find((t) => t.key === parsed.disputeType)?.label ?? parsed.disputeType,
    officeId: f.officeId,
    streetId: f.streetId,
    level: f.officeKind,
    acceptedBy: f.by,
    acceptedAt: f.at,
    followUpDays: Number(f.settings["mediation.followUpDays"] ?? DEFAULT_FOLLOW_UP_DAYS),
  }),
  handlingOffice: (c) => c.officeId,
  // Risk sorts open disputes first; once ended or closed the colour stays but the case sorts normally.
  badge: (c) =>
    c.risk ? { priority: c.ending || c.closedAt ? 0 : { red: 3, orange: 2, yellow: 1, green: 0 }[c.risk.grade], label: `${RISK_GRADES[c.risk.grade]}风险`, tone: c.risk.grade } : null,
  members: (c) => c.mediators.map((m) => m.id),
  masked: (c) => ({
    ...c,
    parties: c.parties.map((p) => ({
      ...p,
      name: p.kind === "person" ? maskName(p.name) : p.name,
      idNumber: p.idNumber ? maskIdNumber(p.idNumber) : "",
      phone: p.phone ? maskPhone(p.phone) : "",
      address: p.kind === "person" ? "" : p.address,
      birthDate: "",
      agentName: p.agentName ? maskName(p.agentName) : "",
    })),
  }),
  personalData: mediationPersons,
  events,
  // Steps whose dates guards do not already order (engine/timeline.ts).
  timeline: {
    registered: (c) => ["受理", c.acceptedAt],
    rules: {
      APPLY_CONFIRMATION: [{ field: "date", label: "申请日期", after: (c) => [["调解协议生效", c.agreement?.effectiveOn]] }],
      REPLY_REFERRAL: [{ field: "date", label: "回复日期", after: (c) => [["调解结束", c.ending?.at], ["达成调解协议", c.agreement?.date]] }],
    },
  },
  steps: [
    { state: "registered", label: "受理登记" },
    { state: "mediating", label: "调解" },
    { state: "signing", label: "协议签署" },
    { state: "performing", label: "履行回访" },
    { state: "closed", label: "结案" },
    { state: "archived", label: "归档" },
  ],
  stateLabels: {
    registered: "受理登记",
    mediating: "调解中",
    signing: "协议待签署",
    performing: "履行与回访",
    closed: "已结案",
    declined: "不予调解",
    terminated: "终止调解",
    withdrawn: "当事人撤回",
    archived: "已归档",
  },
  finalStates: ["archived"],
  // Titles appear in every list, so names in them are masked (张某某); the case page shows them in full.
  title: (c) => {
    const names = c.parties.map((p) => (p.kind === "person" ? maskName(p.name) : p.name));
    const title = names.length >= 2 ? `${names[0]}与${names.slice(1).join("、")}${c.disputeTypeLabel}` : `${c.disputeTypeLabel}（${redactText(c.summary, mediationPersons(c)).slice(0, 20)}）`;
    return redactText(title, mediationPersons(c));
  },
  searchText: (c) => [c.summary, c.claims, c.disputeTypeLabel, ...c.parties.map((p) => `${p.name} ${p.phone} ${p.idNumber}`), ...c.mediators.map((m) => m.name)].join("\n"),
  deadlines: mediationDeadlines,
  pendingTasks,
};
