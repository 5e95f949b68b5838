/** Payload schemas of the enforcement events; every message names its field in Chinese. */
import { z } from "zod";
import { partyIdentityIssues } from "../identity";
import { CLOCK, oneOf, optionalText, positiveInt, requiredText } from "../validation";
import { DATE } from "../mediation/events";
import { OpinionLines } from "../meeting";
import { blankless, DATETIME, FileRefSchema, issued, keys, OfficersSchema, personRef, yuan } from "./schema-parts";
import { ACT_KINDS, DECISION_KINDS, LIMITATIONS, PENALTY_KINDS, REPRESENTATION_RESULTS, REVIEW_ITEMS, REVOCATION_KINDS, SERVICE_METHODS, SOURCES, TRACKS } from "./context";

export { DATETIME, personRef } from "./schema-parts";

export const RegisterSchema = z
  .object({
    track: oneOf("办案程序", keys(TRACKS)),
    source: oneOf("案件来源", keys(SOURCES)),
    sourceNote: optionalText("来源说明（投诉人、工单号、移送部门）", 300),
    // Checked against the office's configured catalogue by the procedure's validateCreate.
    matter: z.string({ error: "请选择执法事项" }).regex(/^[a-z0-9_]{1,40}$/, "请选择执法事项目录中的事项"),
    partyKind: oneOf("当事人类型", ["person", "organisation"] as const),
    partyName: requiredText("当事人姓名或名称", 60),
    idNumber: optionalText("身份证号码", 18),
    creditCode: optionalText("统一社会信用代码", 18),
    legalRepresentative: optionalText("法定代表人", 30),
    phone: optionalText("联系电话", 20),
    address: optionalText("住址或经营地址", 120),
    facts: requiredText("案情简要", 5000),
    place: requiredText("违法行为发生地点", 120),
    occurredOn: DATE("违法行为发生日期"),
    discoveredOn: z.preprocess((v) => (v === "" || v === null ? undefined : v), DATE("发现日期").optional()),
    limitation: z.preprocess((v) => (v === "" || v === null ? undefined : v), oneOf("追责时效", keys(LIMITATIONS)).default("two")),
  })
  .superRefine((p, ctx) => {
    for (const [path, message] of partyIdentityIssues(p.partyKind, p)) ctx.addIssue({ code: "custom", path: [path], message });
  });
export type Registration = z.infer<typeof RegisterSchema>;

export const FileCaseSchema = z.object({ officers: OfficersSchema, opinion: requiredText("立案审批意见", 1000), ...issued });
export const NotFileSchema = z.object({ reason: requiredText("不予立案理由", 1000) });



export const RecordActSchema = z.object({
  kind: oneOf("执法活动类型", keys(ACT_KINDS)),
  time: DATETIME("开始时间"),
  /** When the act ended: a 笔录 states its start and end (APL 55). Required for the acts two officers carry out. */
  endTime: blankless(DATETIME("结束时间")),
  /** The person questioned or inspected when it is not the party (a witness, an employee); blank means the party. */
  subject: optionalText("被询问人或被检查人", 200),
  /** 见证人: present when the party is absent or refuses to sign (行政强制法 18 (七) for seizures). */
  witness: optionalText("见证人", 120),
  place: requiredText("地点", 120),
  inCaseRoom: z.preprocess((v) => v === true || v === "yes" || v === "on", z.boolean()).default(false),
  officers: OfficersSchema,
  content: requiredText("记录内容", 20000),
  files: z.array(FileRefSchema).default([]),
  corrects: z.preprocess((v) => (v === "" || v == null ? null : Number(v)), z.number().int().positive().nullable()).default(null),
  correctionReason: optionalText("更正理由", 500),
  /** For 先行登记保存: the items preserved and the head who approved it (APL 56). */
  items: optionalText("登记保存物品清单", 3000),
  approver: personRef("批准的负责人").optional(),
}).superRefine((a, ctx) => {
  if (ACT_KINDS[a.kind].twoOfficers && !a.endTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: `结束时间：${ACT_KINDS[a.kind].label}的笔录须写明起止时间` });
  if (a.endTime && a.endTime <= a.time) ctx.addIssue({ code: "custom", path: ["endTime"], message: "结束时间：应晚于开始时间" });
});

export const HandlePreservationSchema = z.object({
  entry: z.coerce.number({ error: "请选择先行登记保存记录" }).int().positive("请选择先行登记保存记录"),
  on: DATE("处理决定日期"),
  outcome: requiredText("处理决定", 1000),
});

export const RecusalSchema = z.object({
  officer: personRef("申请回避的执法人员"),
  reason: requiredText("回避理由", 1000),
  decision: oneOf("负责人决定", ["granted", "refused"] as const),
  /** Named when a granted recusal would leave fewer than two officers in charge (APL 42). */
  replacement: personRef("接替办案的执法人员").optional(),
});

export const ExtendSchema = z.object({ days: positiveInt("延长天数", 30), reason: requiredText("延长理由", 500) });
export const CancelSchema = z.object({ reason: requiredText("撤销立案理由", 1000) });

const sanctionShape = {
  kind: oneOf("处理意见", keys(DECISION_KINDS)),
  penalties: z.array(oneOf("处罚种类", keys(PENALTY_KINDS))).default([]),
  fine: yuan("罚款金额").default(0),
  confiscation: yuan("没收金额").default(0),
  reasons: requiredText("理由及依据", 5000),
};
type SanctionShape = { kind: string; penalties: string[]; fine: number; confiscation: number };

function checkSanction(s: SanctionShape, ctx: z.RefinementCtx) {
  const bad = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (s.kind === "penalty" && !s.penalties.length) bad("penalties", "处罚种类：给予行政处罚的，至少选择一种");
  if (s.kind !== "penalty" && (s.penalties.length || s.fine || s.confiscation)) bad("penalties", "处罚种类：不予处罚或移送的，不能填写处罚");
  if (s.penalties.includes("fine") !== s.fine > 0) bad("fine", "罚款金额：选择罚款的须填写金额，未选择罚款的应为0");
  if (s.penalties.includes("confiscation") !== s.confiscation > 0) bad("confiscation", "没收金额：选择没收的须填写金额，未选择没收的应为0");
}

export const SanctionSchema = z.object(sanctionShape).superRefine(checkSanction);

export const ReportSchema = z
  .object({ facts: requiredText("调查认定的事实", 10000), evidence: requiredText("证据", 5000), ...sanctionShape })
  .superRefine(checkSanction);

export const CaseReviewSchema = z.object({
  opinion: requiredText("案件审查意见", 2000),
  flags: z.array(oneOf("重大情形", ["publicInterest", "socialRisk", "complex", "otherLaw"] as const)).default([]),
});
export const ReturnSchema = z.object({ reason: requiredText("退回补充调查理由", 1000) });

export const NoticeSchema = z.object({ date: DATE("告知书送达日期"), method: oneOf("送达方式", keys(SERVICE_METHODS)), ...issued });

export const RepresentationSchema = z.object({
  date: DATE("陈述申辩日期"),
  content: requiredText("陈述申辩内容", 10000),
  result: oneOf("复核结果", keys(REPRESENTATION_RESULTS)),
  reason: requiredText("复核理由", 3000),
  // A partly or wholly accepted statement may lighten the intended penalty, never make it heavier (APL 45).
  revisedFine: z.union([z.literal(""), yuan("复核后罚款金额").refine((n) => n > 0, "复核后罚款金额：应大于0；拟不予罚款的，在作出决定时选择不予处罚")]).optional().default(""),
});
export const WaiverSchema = z.object({ date: DATE("书面放弃日期"), note: requiredText("放弃陈述、申辩和听证权利的书面材料", 1000) });

/** windowDue: the last day to ask, counted by the server on the holiday calendar (APL 64). */
export const HearingRequestSchema = z.object({ date: DATE("申请听证日期"), windowDue: DATE("听证申请期限").optional() });

/** earliest: the first lawful hearing day, counted by the server (APL 64: notice ≥7 working days before). */
export const ScheduleHearingSchema = z.object({
  date: DATE("听证日期"),
  time: CLOCK("听证开始时间"),
  place: requiredText("听证地点", 120),
  chair: personRef("听证主持人"),
  /** 听证员 besides the chair, and the 书记员 who keeps the record. */
  panel: optionalText("听证员", 120),
  clerk: personRef("书记员"),
  noticeServedOn: DATE("听证通知送达日期"),
  earliest: DATE("最早听证日期").optional(),
  ...issued,
});
export const HearingHeldSchema = z.object({
  date: DATE("听证举行日期"),
  start: CLOCK("听证开始时间"),
  end: CLOCK("听证结束时间"),
  /** Who spoke for the party: 委托代理人 (APL 64 (五)) and anyone else present. */
  attendance: optionalText("当事人及委托代理人出席情况", 300),
  partyAbsent: oneOf("当事人是否到场", ["no", "yes"] as const),
  record: requiredText("听证笔录", 20000),
}).refine((h) => h.end > h.start, { path: ["end"], message: "听证结束时间：应晚于开始时间" });
/** windowDue: the end of the 5-working-day window after the notice, counted by the server. */
export const ProceedSchema = z.object({ note: optionalText("说明", 500), windowDue: DATE("陈述申辩期限").optional() });

export const SubmitReviewSchema = z.object({
  materials: requiredText("送审材料", 3000),
  corrections: optionalText("对上一轮审核意见的整改情况", 3000),
  ...issued,
});

/** Each 118 §13 item is "ok" or "problem"; a problem carries its note. The reviewer is the actor, resolved by the server. */
export const LegalReviewSchema = z
  .object({
    ...Object.fromEntries(Object.keys(REVIEW_ITEMS).map((k) => [k, oneOf(`审核事项“${REVIEW_ITEMS[k as keyof typeof REVIEW_ITEMS]}”`, ["ok", "problem"] as const)])),
    ...Object.fromEntries(Object.keys(REVIEW_ITEMS).map((k) => [`${k}Note`, optionalText("问题说明", 1000)])),
    outcome: oneOf("审核结论", ["approved", "problems"] as const),
    opinion: requiredText("审核意见", 5000),
    reviewer: personRef("审核人员").optional(),
    ...issued,
  })
  .superRefine((parsed, ctx) => {
    const p = parsed as unknown as Record<string, string>;
    for (const k of Object.keys(REVIEW_ITEMS)) {
      if (p[k] === "problem" && !p[`${k}Note`]) ctx.addIssue({ code: "custom", path: [`${k}Note`], message: `“${REVIEW_ITEMS[k as keyof typeof REVIEW_ITEMS]}”存在问题的，须写明问题` });
    }
    const problems = Object.keys(REVIEW_ITEMS).filter((k) => p[k] === "problem");
    if (p.outcome === "approved" && problems.length) ctx.addIssue({ code: "custom", path: ["outcome"], message: "审核结论：有审核事项存在问题的，结论应为“存在问题”" });
    if (p.outcome === "problems" && !problems.length) ctx.addIssue({ code: "custom", path: ["outcome"], message: "审核结论：结论为“存在问题”的，须至少标明一项问题" });
  });

/**
 * 集体讨论 by the agency's heads (APL 57): the chair and the attendees are leaders' accounts, and each
 * attendee's opinion is one line, dissent verbatim.
 */
export const CollectiveSchema = z.object({
  date: DATE("集体讨论日期"),
  start: CLOCK("开始时间"),
  end: CLOCK("结束时间"),
  place: requiredText("讨论地点", 120),
  chair: personRef("主持人"),
  attendees: z.array(personRef("参加讨论的负责人"), { error: "请选择参加讨论的负责人" }).min(2, "参加人员：集体讨论至少应有两名负责人参加"),
  opinions: OpinionLines,
  conclusion: requiredText("讨论决定", 3000),
}).refine((k) => k.end > k.start, { path: ["end"], message: "结束时间：应晚于开始时间" });

/**
 * Where the party pays and challenges the decision, as the street has set them (filled in by the
 * server from its settings, so the decision records what it told the party).
 */
const RemediesSchema = z
  .object({ payment: z.string().max(300), reviewOrgan: z.string().max(100), court: z.string().max(100) })
  .optional();

export const DecideSchema = z
  .object({
    ...sanctionShape,
    date: DATE("决定日期"),
    socialImpact: oneOf("是否具有一定社会影响", ["no", "yes"] as const).default("no"),
    remedies: RemediesSchema,
    // 责令限期拆除 with the decision: what to remove and by when (行政强制法 44).
    orderStructure: optionalText("责令限期拆除的建筑物、构筑物、设施", 500),
    orderDeadline: blankless(DATE("限期拆除的期限")),
    ...issued,
  })
  .superRefine((d, ctx) => {
    checkSanction(d, ctx);
    if (!!d.orderStructure !== !!d.orderDeadline) ctx.addIssue({ code: "custom", path: [d.orderStructure ? "orderDeadline" : "orderStructure"], message: "责令限期拆除：须同时写明拆除的建筑物、构筑物、设施和限期" });
    if (d.orderDeadline && d.orderDeadline <= d.date) ctx.addIssue({ code: "custom", path: ["orderDeadline"], message: "限期拆除的期限：应晚于决定日期" });
    if (d.kind === "transfer") ctx.addIssue({ code: "custom", path: ["kind"], message: "处理意见：移送司法机关请通过“批准移送司法机关”办理，并附移送材料（《行政执法机关移送涉嫌犯罪案件的规定》第五条、第六条）" });
    if (d.orderStructure && d.kind === "transfer") ctx.addIssue({ code: "custom", path: ["orderStructure"], message: "责令限期拆除：移送司法机关的案件不作出限期拆除决定" });
  });

export const ServeSchema = z.object({
  date: DATE("送达日期"),
  method: oneOf("送达方式", keys(SERVICE_METHODS)),
  receiver: requiredText("受送达人（签收人）", 60),
});

/** surcharge and due: counted by the server from the service date (APL 67, 72). */
export const PaymentSchema = z.object({
  date: DATE("缴款日期"),
  amount: yuan("缴纳金额"),
  surcharge: yuan("加处罚款").optional(),
});
export const CloseSchema = z.object({ note: optionalText("结案意见", 1000), ...issued });
export const FileWithOfficeSchema = z.object({ note: optionalText("备案意见", 500) });
export const ArchiveSchema = z.object({ note: optionalText("归档说明", 500) });

export const OnSpotSchema = z.object({
  officers: OfficersSchema,
  penalty: oneOf("处罚种类", ["warning", "fine"] as const),
  fine: yuan("罚款金额").default(0),
  date: DATE("处罚日期"),
  // APL 52: the form states the time of the penalty, not only its day.
  time: CLOCK("处罚时间"),
  reasons: requiredText("违法事实、处罚依据", 3000),
  // What the party was shown and told on the spot, and what they said (APL 44, 45, 52).
  certificateShown: z.literal("yes", { error: "出示执法证件：当场作出处罚决定，执法人员应当向当事人出示执法证件（《中华人民共和国行政处罚法》第五十二条）" }),
  informed: z.literal("yes", { error: "告知：作出处罚决定前，应当告知当事人拟处罚的内容及事实、理由、依据和陈述、申辩的权利（《中华人民共和国行政处罚法》第四十四条）" }),
  statement: optionalText("当事人陈述、申辩", 2000),
  statementReview: optionalText("对陈述、申辩的复核意见", 1000),
  signed: oneOf("当事人签收情况", ["signed", "refused"] as const),
  remedies: RemediesSchema,
  ...issued,
}).superRefine((o, ctx) => {
  // The officers hear the party and check what they say; a statement is never left unanswered (APL 45).
  if (o.statement && !o.statementReview) ctx.addIssue({ code: "custom", path: ["statementReview"], message: "对陈述、申辩的复核意见：当事人提出陈述、申辩的，应当进行复核并写明意见（《中华人民共和国行政处罚法》第四十五条）" });
});

export const PublishSchema = z.object({
  text: requiredText("公示文本", 10000),
  // The system masks the party; names of others (neighbours, witnesses) only a person can see.
  confirmed: z.literal("yes", { error: "请确认已核对公示文本：不含当事人以外其他人的姓名、住址等个人信息" }),
});
export const RevocationSchema = z
  .object({
    kind: oneOf("变更情形", keys(REVOCATION_KINDS)),
    date: DATE("撤销、变更或确认违法的日期"),
    reason: requiredText("理由", 1000),
    fine: z.preprocess((v) => (v === "" || v === null ? undefined : v), yuan("变更后的罚款金额").optional()),
  })
  .superRefine((p, ctx) => {
    if (p.kind === "changed" && p.fine === undefined) ctx.addIssue({ code: "custom", path: ["fine"], message: "变更后的罚款金额：决定被变更的，请填写变更后的罚款金额（不再罚款的填0）" });
    if (p.kind !== "changed" && p.fine !== undefined) ctx.addIssue({ code: "custom", path: ["fine"], message: "变更后的罚款金额：仅在决定被变更时填写" });
  });
export const WithdrawSchema = z.object({
  cause: oneOf("撤回原因", ["revoked", "privacy"] as const),
  reason: requiredText("撤回公示的理由（公开）", 1000),
});
