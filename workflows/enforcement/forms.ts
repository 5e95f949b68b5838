/** The forms of the enforcement events, as the UI and the API describe them. */
import type { FormField } from "../engine/types";
import { ACT_KINDS, DECISION_KINDS, LIMITATIONS, PENALTY_KINDS, REPRESENTATION_RESULTS, REVIEW_ITEMS, REVOCATION_KINDS, SERVICE_METHODS, SOURCES, TRACKS } from "./context";

export const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));
const LIMITATIONS_LABELS = Object.fromEntries(Object.entries(LIMITATIONS).map(([k, v]) => [k, v.label]));
const yesNo = (no: string, yes: string) => [{ value: "no", label: no }, { value: "yes", label: yes }];

export const REGISTER_FORM: FormField[] = [
  { name: "track", label: "办案程序", kind: "select", required: true, options: options(TRACKS), hint: "违法事实确凿、有法定依据，对公民处200元以下、对单位处3000元以下罚款或警告的，可当场处罚（《行政处罚法》第五十一条）" },
  { name: "source", label: "案件来源", kind: "select", required: true, options: options(SOURCES) },
  { name: "sourceNote", label: "来源说明（投诉人、工单号、移送部门）", kind: "text" },
  { name: "matter", label: "执法事项", kind: "select", required: true, options: [] }, // the office's catalogue
  { name: "partyKind", label: "当事人类型", kind: "select", required: true, options: [{ value: "person", label: "自然人" }, { value: "organisation", label: "法人或其他组织" }] },
  { name: "partyName", label: "当事人姓名或名称", kind: "text", required: true },
  { name: "idNumber", label: "身份证号码（自然人）", kind: "text" },
  { name: "creditCode", label: "统一社会信用代码（单位）", kind: "text" },
  { name: "legalRepresentative", label: "法定代表人（单位）", kind: "text" },
  { name: "phone", label: "联系电话", kind: "text" },
  { name: "address", label: "住址或经营地址", kind: "text" },
  { name: "place", label: "违法行为发生地点", kind: "text", required: true },
  { name: "occurredOn", label: "违法行为发生日期（有连续或者继续状态的，填写行为终了之日）", kind: "date", required: true },
  { name: "discoveredOn", label: "发现日期（不填为登记之日）", kind: "date" },
  { name: "limitation", label: "追责时效", kind: "select", options: options(LIMITATIONS_LABELS), hint: "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，期限延长至五年（《行政处罚法》第三十六条）" },
  { name: "facts", label: "案情简要", kind: "textarea", required: true },
];

/** Acts typed into the record; 查封扣押 and 强制拆除 have their own steps (SEIZE, DEMOLISH). */
export const PLAIN_ACTS = Object.entries(ACT_KINDS).filter(([value]) => value !== "seizure" && value !== "demolition").map(([value, k]) => ({ value, label: k.label }));

export const OFFICERS: FormField = { name: "officers", label: "执法人员（至少两名，持有效执法证）", kind: "users", role: "enforcement_officer", required: true };

export const ACT_FORM: FormField[] = [
  { name: "kind", label: "执法活动类型", kind: "select", required: true, options: PLAIN_ACTS },
  { name: "time", label: "开始时间", kind: "datetime", required: true },
  { name: "endTime", label: "结束时间（检查、询问、取证、保存必填）", kind: "datetime" },
  { name: "place", label: "地点", kind: "text", required: true },
  { name: "subject", label: "被询问人或被检查人（非当事人本人时填写姓名、身份证件号码及与本案的关系）", kind: "text" },
  { name: "witness", label: "见证人（当事人不在场或拒绝签名时填写姓名、身份证件号码）", kind: "text" },
  { name: "inCaseRoom", label: "是否在执法办案场所", kind: "select", options: yesNo("否", "是（须全程录像）") },
  OFFICERS,
  { name: "content", label: "记录内容（检查情况、询问问答、取证说明等）", kind: "textarea", required: true },
  { name: "items", label: "登记保存物品清单（先行登记保存时填写）", kind: "textarea" },
  { name: "approver", label: "批准先行登记保存的负责人（先行登记保存时选择）", kind: "user", role: "street_leader" },
  { name: "files", label: "照片、录音、录像等附件（先在附件中上传）", kind: "files" },
  { name: "corrects", label: "更正的记录（仅更正时选择；原记录保留）", kind: "entry" },
  { name: "correctionReason", label: "更正理由", kind: "text" },
];

const SANCTION_FORM: FormField[] = [
  { name: "kind", label: "处理意见", kind: "select", required: true, options: options(DECISION_KINDS) },
  { name: "penalties", label: "处罚种类", kind: "multi", options: options(PENALTY_KINDS) },
  { name: "fine", label: "罚款金额（元）", kind: "number" },
  { name: "confiscation", label: "没收金额（元）", kind: "number" },
  { name: "reasons", label: "理由及依据（适用条款、裁量情节）", kind: "textarea", required: true },
];

export const REPORT_FORM: FormField[] = [
  { name: "facts", label: "调查认定的事实", kind: "textarea", required: true },
  { name: "evidence", label: "证据", kind: "textarea", required: true },
  ...SANCTION_FORM,
];

export const DECIDE_FORM: FormField[] = [
  // 移送司法机关 has its own step (TRANSFER).
  { ...SANCTION_FORM[0], options: SANCTION_FORM[0].options!.filter((o) => o.value !== "transfer") },
  ...SANCTION_FORM.slice(1),
  { name: "date", label: "决定日期", kind: "date", required: true },
  { name: "socialImpact", label: "是否具有一定社会影响（本单位仅公示此类处罚决定时必填）", kind: "select", options: yesNo("否", "是") },
  { name: "orderStructure", label: "责令限期拆除的建筑物、构筑物、设施（名称、位置、面积；不适用的不填）", kind: "text" },
  { name: "orderDeadline", label: "限期拆除的期限", kind: "date" },
];

export const REVIEW_FORM: FormField[] = [
  ...Object.entries(REVIEW_ITEMS).flatMap(([key, label]): FormField[] => [
    { name: key, label, kind: "select", required: true, options: [{ value: "ok", label: "通过" }, { value: "problem", label: "存在问题" }] },
    { name: `${key}Note`, label: "问题说明", kind: "text" },
  ]),
  { name: "outcome", label: "审核结论", kind: "select", required: true, options: [{ value: "approved", label: "同意" }, { value: "problems", label: "存在问题" }] },
  { name: "opinion", label: "审核意见", kind: "textarea", required: true },
];

export const FORMS = {
  FILE: [OFFICERS, { name: "opinion", label: "立案审批意见", kind: "textarea", required: true }],
  NOT_FILE: [{ name: "reason", label: "不予立案理由", kind: "textarea", required: true }],
  HANDLE_PRESERVATION: [
    { name: "entry", label: "先行登记保存记录", kind: "entry", required: true },
    { name: "on", label: "处理决定日期", kind: "date", required: true },
    { name: "outcome", label: "处理决定（解除登记保存、没收、移送等）", kind: "textarea", required: true },
  ],
  RECUSAL: [
    { name: "officer", label: "申请回避的执法人员", kind: "user", role: "enforcement_officer", required: true },
    { name: "reason", label: "当事人申请回避的理由", kind: "textarea", required: true },
    { name: "decision", label: "负责人决定", kind: "select", required: true, options: [{ value: "granted", label: "决定回避" }, { value: "refused", label: "不予回避" }] },
    { name: "replacement", label: "接替办案的执法人员（决定回避后承办人员不足两名时必选）", kind: "user", role: "enforcement_officer" },
  ],
  EXTEND: [
    { name: "days", label: "延长天数", kind: "number", required: true },
    { name: "reason", label: "延长理由（经负责人批准）", kind: "textarea", required: true },
  ],
  CANCEL: [{ name: "reason", label: "撤销立案理由", kind: "textarea", required: true }],
  CASE_REVIEW: [
    { name: "opinion", label: "案件审查意见", kind: "textarea", required: true },
    { name: "flags", label: "重大执法决定情形（法制审核目录）", kind: "multi", options: [
      { value: "publicInterest", label: "涉及重大公共利益" },
      { value: "socialRisk", label: "可能造成重大社会影响或引发社会风险" },
      { value: "complex", label: "案件情况疑难复杂、涉及多个法律关系" },
      { value: "otherLaw", label: "法律、法规规定应当进行法制审核" },
    ] },
  ],
  RETURN: [{ name: "reason", label: "退回补充调查理由", kind: "textarea", required: true }],
  SEND_NOTICE: [
    { name: "date", label: "告知书送达日期", kind: "date", required: true },
    { name: "method", label: "送达方式", kind: "select", required: true, options: options(SERVICE_METHODS) },
  ],
  RECORD_REPRESENTATION: [
    { name: "date", label: "陈述申辩日期", kind: "date", required: true },
    { name: "content", label: "当事人陈述申辩内容", kind: "textarea", required: true },
    { name: "result", label: "复核结果", kind: "select", required: true, options: options(REPRESENTATION_RESULTS) },
    { name: "reason", label: "复核理由", kind: "textarea", required: true },
    { name: "revisedFine", label: "复核后罚款金额（元，不变则留空；不得高于告知金额）", kind: "number" },
  ],
  WAIVE: [
    { name: "date", label: "书面放弃日期", kind: "date", required: true },
    { name: "note", label: "当事人书面放弃陈述、申辩和听证权利的情况", kind: "textarea", required: true },
  ],
  REQUEST_HEARING: [{ name: "date", label: "当事人要求听证的日期", kind: "date", required: true }],
  PROCEED: [{ name: "note", label: "说明", kind: "text" }],
  SCHEDULE_HEARING: [
    { name: "chair", label: "听证主持人（非本案调查人员）", kind: "user", required: true },
    { name: "noticeServedOn", label: "听证通知送达日期", kind: "date", required: true },
    { name: "date", label: "听证日期（通知送达后至少七个工作日）", kind: "date", required: true },
    { name: "time", label: "听证开始时间", kind: "time", required: true },
    { name: "place", label: "听证地点", kind: "text", required: true },
    { name: "panel", label: "听证员（主持人以外参加听证的人员，可不填）", kind: "text" },
    { name: "clerk", label: "书记员", kind: "user", required: true },
  ],
  HEARING_HELD: [
    { name: "date", label: "听证举行日期", kind: "date", required: true },
    { name: "start", label: "听证开始时间", kind: "time", required: true },
    { name: "end", label: "听证结束时间", kind: "time", required: true },
    { name: "attendance", label: "当事人及委托代理人出席情况", kind: "text" },
    { name: "partyAbsent", label: "当事人是否到场", kind: "select", required: true, options: [{ value: "no", label: "到场" }, { value: "yes", label: "无正当理由拒不到场（视为放弃听证）" }] },
    { name: "record", label: "听证笔录", kind: "textarea", required: true },
  ],
  SUBMIT_LEGAL_REVIEW: [
    { name: "materials", label: "送审材料（调查终结报告、证据、拟处理意见等）", kind: "textarea", required: true },
    { name: "corrections", label: "对上一轮审核意见的整改情况（重新送审时必填）", kind: "textarea" },
  ],
  RECORD_COLLECTIVE: [
    { name: "date", label: "集体讨论日期", kind: "date", required: true },
    { name: "start", label: "开始时间", kind: "time", required: true },
    { name: "end", label: "结束时间", kind: "time", required: true },
    { name: "place", label: "讨论地点", kind: "text", required: true },
    { name: "chair", label: "主持人（街道负责人）", kind: "user", role: "street_leader", required: true },
    { name: "attendees", label: "参加讨论的负责人（至少两名，含主持人）", kind: "users", role: "street_leader", required: true },
    { name: "opinions", label: "参加人员意见（每行“姓名：同意（或不同意）：意见”，逐人记录，不同意见照录）", kind: "lines", required: true },
    { name: "conclusion", label: "讨论决定", kind: "textarea", required: true },
  ],
  SERVE: [
    { name: "date", label: "送达日期", kind: "date", required: true },
    { name: "method", label: "送达方式", kind: "select", required: true, options: options(SERVICE_METHODS) },
    { name: "receiver", label: "受送达人（签收人）", kind: "text", required: true },
  ],
  RECORD_PAYMENT: [
    { name: "date", label: "缴款日期", kind: "date", required: true },
    { name: "amount", label: "缴纳金额（元，逾期的含加处罚款）", kind: "number", required: true },
  ],
  CLOSE: [{ name: "note", label: "结案意见", kind: "textarea" }],
  FILE_WITH_OFFICE: [{ name: "note", label: "备案意见", kind: "text" }],
  ARCHIVE: [{ name: "note", label: "归档说明", kind: "text" }],
  DECIDE_ON_SPOT: [
    OFFICERS,
    { name: "penalty", label: "处罚种类", kind: "select", required: true, options: [{ value: "warning", label: "警告" }, { value: "fine", label: "罚款" }] },
    { name: "fine", label: "罚款金额（元；公民200元以下，单位3000元以下）", kind: "number" },
    { name: "date", label: "处罚日期", kind: "date", required: true },
    { name: "time", label: "处罚时间", kind: "time", required: true },
    { name: "reasons", label: "违法事实、处罚依据", kind: "textarea", required: true },
    { name: "certificateShown", label: "出示执法证件", kind: "select", required: true, options: [{ value: "yes", label: "已向当事人出示执法证件（第五十二条）" }] },
    { name: "informed", label: "告知", kind: "select", required: true, options: [{ value: "yes", label: "已告知拟处罚的内容及事实、理由、依据和陈述、申辩的权利（第四十四条）" }] },
    { name: "statement", label: "当事人陈述、申辩（未提出的不填）", kind: "textarea" },
    { name: "statementReview", label: "对陈述、申辩的复核意见（当事人提出陈述、申辩的必填，第四十五条）", kind: "textarea" },
    { name: "signed", label: "当事人签收情况", kind: "select", required: true, options: [{ value: "signed", label: "当事人签收" }, { value: "refused", label: "当事人拒绝签收（在决定书上注明）" }] },
  ],
  PUBLISH: [
    { name: "text", label: "公示文本（系统已自动隐去当事人个人信息，可修改后公示）", kind: "textarea", required: true },
    { name: "confirmed", label: "核对", kind: "select", required: true, options: [{ value: "yes", label: "已核对：不含当事人以外其他人的姓名、住址等个人信息" }] },
  ],
  RECORD_REVOCATION: [
    { name: "kind", label: "情形", kind: "select", required: true, options: options(REVOCATION_KINDS) },
    { name: "date", label: "日期", kind: "date", required: true },
    { name: "reason", label: "理由（复议决定、判决等）", kind: "textarea", required: true },
    { name: "fine", label: "变更后的罚款金额（元，仅被变更时填写；不再罚款的填0）", kind: "number" },
  ],
  WITHDRAW_PUBLICATION: [
    { name: "cause", label: "撤回原因", kind: "select", required: true, options: [{ value: "revoked", label: "决定被撤销、变更或确认违法" }, { value: "privacy", label: "公示内容含有不应公开的个人信息（更正后重新公示）" }] },
    { name: "reason", label: "撤回公示的理由（将向社会公开）", kind: "textarea", required: true },
  ],
} satisfies Record<string, FormField[]>;
