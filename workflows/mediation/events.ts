/** Payload schemas of the mediation events; every message names its field in Chinese. */
import { z } from "zod";
import { belowFloor, type RiskFloors } from "./risk-floors";
import { partyIdentityIssues } from "../identity";
import { CLOCK, oneOf, optionalText, positiveInt, requiredText, UserRefSchema } from "../validation";
import { CO_MEDIATOR_ROLES, FOLLOW_UP_METHODS, PERFORMANCE, RISK_FACTORS, RISK_GRADES, SOURCES } from "./context";

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const DATE = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为YYYY-MM-DD`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), `${label}不存在`);

/** Sources that come as a referral from a court or the police (PML 18). */
export const REFERRAL_SOURCES: readonly string[] = ["court", "police"];
const REFERRAL_FIELDS = [["referringBody", "委派（移送）单位"], ["referralNumber", "委派（移送）文书编号"], ["referralDue", "委派（移送）要求的办结期限"]] as const;

export const MediationIntakeSchema = z
  .object({
    source: oneOf("纠纷来源", keys(SOURCES)),
    // Checked against the filing street's configured list by the procedure's validateCreate.
    disputeType: z.string({ error: "请选择纠纷类型" }).regex(/^[a-z0-9_]{1,40}$/, "请选择有效的纠纷类型"),
    summary: requiredText("纠纷简要情况", 5000),
    claims: requiredText("当事人请求", 3000),
    referringBody: optionalText("委派（移送）单位", 60),
    referralNumber: optionalText("委派（移送）文书编号", 60),
    referralDue: z.union([z.literal(""), DATE("委派（移送）要求的办结期限")]).optional().default(""),
  })
  .superRefine((v, ctx) => {
    // A court's or the police's referral is recorded with its body, number and deadline (PML 18).
    if (!REFERRAL_SOURCES.includes(v.source)) return;
    for (const [path, label] of REFERRAL_FIELDS) {
      if (!v[path]) ctx.addIssue({ code: "custom", path: [path], message: `${label}：人民法院、公安机关委派（移送）调解的纠纷，须登记委派单位、文书编号和办结期限（《中华人民共和国人民调解法》第十八条）` });
    }
  });
export type MediationIntake = z.infer<typeof MediationIntakeSchema>;

export const PartySchema = z
  .object({
    side: oneOf("当事人地位", ["applicant", "respondent"] as const),
    kind: oneOf("当事人类型", ["person", "organisation"] as const),
    name: requiredText("姓名或名称", 60),
    gender: optionalText("性别", 4),
    ethnicity: optionalText("民族", 10),
    birthDate: z.union([z.literal(""), DATE("出生日期")]).optional().default(""),
    occupation: optionalText("职业", 40),
    phone: optionalText("联系电话", 20),
    address: optionalText("住址", 120),
    idNumber: optionalText("身份证号码", 18),
    creditCode: optionalText("统一社会信用代码", 18),
    legalRepresentative: optionalText("法定代表人", 30),
    agentName: optionalText("代理人姓名", 30),
    agentAuthority: optionalText("代理权限", 200),
  })
  .superRefine((p, ctx) => {
    const bad = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    for (const [path, message] of partyIdentityIssues(p.kind, p)) bad(path, message);
    if (p.agentName && !p.agentAuthority) bad("agentAuthority", "代理权限：有代理人的，须载明授权委托书的代理权限");
  });

const partyIndex = z.coerce.number({ error: "请选择当事人" }).int().min(1, "请选择当事人");

export const ConsentSchema = z.object({
  party: partyIndex,
  consent: oneOf("调解意愿", ["given", "refused"] as const),
  note: optionalText("说明", 500),
});

export const GradeRiskSchema = z.object({
  grade: oneOf("风险等级", keys(RISK_GRADES)),
  factors: z.array(oneOf("风险因素", keys(RISK_FACTORS))).default([]),
  reason: optionalText("研判理由", 1000),
  /** The street's floors, filled by the server (the national default when absent). */
  floors: z.record(z.string(), z.string()).optional(),
}).superRefine((r, ctx) => {
  // A grade below a stated factor's floor is refused, naming the factor.
  for (const { factor, floor } of belowFloor(r.grade, r.factors, r.floors as RiskFloors | undefined)) {
    ctx.addIssue({ code: "custom", path: ["grade"], message: `风险等级：所述风险因素“${RISK_FACTORS[factor]}”的风险等级不得低于${RISK_GRADES[floor]}` });
  }
});

export const NotifyPoliceSchema = z.object({
  station: requiredText("通报的公安派出所", 60),
  note: requiredText("通报情况", 1000),
  // PML 25: the preventive measures taken against escalation, with the report.
  measures: requiredText("已采取的预防措施", 1000),
});
export const AssignMediatorSchema = z.object({ mediator: UserRefSchema, chosenByParties: oneOf("是否当事人选定", ["yes", "no"] as const) });
export const CoMediatorSchema = z.object({
  name: requiredText("参与人员姓名", 30),
  role: oneOf("参与人员身份", keys(CO_MEDIATOR_ROLES)),
  note: optionalText("说明", 200),
  partiesConsent: z.literal("yes", { error: "当事人同意：邀请其他人员参与调解，应当先征得当事人的同意（《中华人民共和国人民调解法》第二十条）" }),
});

const OfficeRefSchema = z.object({ id: z.number().int().positive(), name: z.string(), level: z.enum(["committee", "street", "district"]) }, { error: "请选择单位" });
export const EscalateSchema = z.object({ reason: requiredText("上移理由", 1000), target: OfficeRefSchema });
export const DelegateSchema = z.object({ reason: requiredText("下交理由", 1000), target: OfficeRefSchema });

export const StartSchema = z.object({});

/** A 调查记录 or 调解记录 states when it began and ended; an investigation names whom it asked. */
export const SessionSchema = z
  .object({
    kind: oneOf("记录类型", ["investigation", "mediation"] as const),
    date: DATE("日期"),
    start: CLOCK("开始时间"),
    end: CLOCK("结束时间"),
    place: requiredText("地点", 100),
    subject: optionalText("被调查人及身份", 300),
    participants: requiredText("参加人员", 300),
    content: requiredText("记录内容", 10000),
  })
  .superRefine((v, ctx) => {
    if (v.end <= v.start) ctx.addIssue({ code: "custom", path: ["end"], message: "结束时间：应晚于开始时间" });
    if (v.kind === "investigation" && !v.subject) ctx.addIssue({ code: "custom", path: ["subject"], message: "被调查人及身份：调查记录须写明被调查人的姓名、性别及身份证号码或住址" });
  });

export const ExtendSchema = z.object({ days: positiveInt("延长天数", 30), reason: requiredText("延长理由", 500) });

export const WrittenAgreementSchema = z.object({
  date: DATE("达成协议日期"),
  facts: requiredText("纠纷主要事实、争议事项及各方责任", 5000),
  terms: requiredText("协议内容", 5000),
  performance: requiredText("履行方式、地点、期限", 1000),
});
/** Filled by the server: 30 days from the agreement's effect, on the holiday calendar (PML 33). */
const confirmationDue = DATE("司法确认申请期限").optional();

export const OralAgreementSchema = z.object({
  confirmationDue,
  date: DATE("达成协议日期"),
  facts: optionalText("纠纷简要事实", 3000),
  terms: requiredText("协议内容", 3000),
  performance: requiredText("履行方式、期限", 1000),
  obligations: oneOf("协议是否有民事权利义务内容", ["no", "yes"] as const),
  writingRequested: oneOf("当事人是否要求书面协议", ["no", "yes"] as const),
});

/** Filled by the server from the chosen case file, so the hash is the file's. */
export const SignedSchema = z.object({
  confirmationDue,
  signedOn: DATE("各方签字盖章日期"),
  signedCopy: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), name: z.string() }, { error: "请选择已上传的签字盖章协议书扫描件" }),
});

/** windowDue: the window's last day on today's calendar, filled by the server. */
export const ConfirmationSchema = z.object({
  date: DATE("申请日期"),
  court: requiredText("受理法院", 60),
  /** Every party, by name, who agreed to apply jointly (民事诉讼法 205). */
  applicants: z.union([z.string(), z.array(z.string())], { error: "共同申请的当事人：请逐行填写共同申请司法确认的当事人" }).transform((v) => (Array.isArray(v) ? v : v.split(/[\r\n、，,]+/)).map((x) => x.trim()).filter(Boolean)),
  windowDue: DATE("司法确认申请期限").optional(),
});
export const RulingSchema = z.object({ ruling: oneOf("裁定结果", ["valid", "rejected"] as const), date: DATE("裁定日期") });
export const FollowUpSchema = z.object({
  date: DATE("回访日期"),
  method: oneOf("回访方式", keys(FOLLOW_UP_METHODS)),
  visited: requiredText("被回访人", 60),
  performance: oneOf("履行情况", keys(PERFORMANCE)),
  note: requiredText("回访情况", 2000),
});
export const RemediateSchema = z.object({ reason: requiredText("重新调解理由", 1000) });
export const CloseSchema = z.object({ note: optionalText("结案说明", 1000) });
export const WithdrawSchema = z.object({ party: partyIndex, reason: requiredText("撤回理由", 1000) });
export const ArchiveSchema = z.object({ note: optionalText("归档说明", 500) });
