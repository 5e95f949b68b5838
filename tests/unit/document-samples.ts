/**
 * A realistic case for every document template the registry holds, built by running each
 * procedure's machine (no database): what the validity and round-trip tests render.
 */
import { TEMPLATES } from "../../app/procedures";
import type { DocumentInput } from "../../templates/types";
import * as e from "./enforcement-helpers";
import * as lo from "./legal-opinion-helpers";
import * as m from "./mediation-helpers";
import * as nr from "./normative-review-helpers";
import * as dc from "./decision-catalogue-helpers";
import * as md from "./major-decision-helpers";
import * as ti from "./three-important-helpers";

const at = (d: string) => `${d}T02:00:00Z`;
const reviewerRef = { id: e.reviewer.id, name: e.reviewer.name, roles: ["legal_reviewer"], officeId: 30, qualificationNo: "A20183101060001" };
/** What the demo street has set for its decisions to state (APL 59 (五), 67). */
const REMEDIES = { payment: "到中国工商银行上海彭浦支行（账号1001234567890123456）或者通过上海市非税收入电子缴款系统", reviewOrgan: "上海市静安区人民政府", court: "有管辖权的人民法院" };
const REVIEW_OK = Object.fromEntries(["subject", "procedure", "facts", "law", "authority", "documents", "crime"].map((k) => [k, "ok"]));

/** A major enforcement case reviewed twice, decided and served, with a preservation and a hearing on record. */
function enforcementCase() {
  let s = e.step(e.noticed(60000), "PROCEED", { windowDue: "2026-09-21" }, at("2026-09-22")).snapshot;
  s = e.step(s, "SUBMIT_LEGAL_REVIEW", { materials: "调查终结报告" }, at("2026-09-22")).snapshot;
  s = e.step(s, "LEGAL_REVIEW", { ...REVIEW_OK, facts: "problem", factsNote: "缺少房屋安全鉴定", outcome: "problems", opinion: "补充鉴定", reviewer: reviewerRef, number: "彭执审〔2026〕1号" }, at("2026-09-23"), e.reviewer).snapshot;
  s = e.step(s, "SUBMIT_LEGAL_REVIEW", { materials: "鉴定报告", corrections: "已补充鉴定" }, at("2026-09-24")).snapshot;
  s = e.step(s, "LEGAL_REVIEW", { ...REVIEW_OK, outcome: "approved", opinion: "同意", reviewer: reviewerRef, number: "彭执审〔2026〕2号" }, at("2026-09-25"), e.reviewer).snapshot;
  s = e.step(s, "RECORD_COLLECTIVE", e.collective("2026-09-28", "罚款6万元"), at("2026-09-28"), e.leader).snapshot;
  s = e.step(s, "DECIDE", { ...e.sanction(60000), date: "2026-09-30", socialImpact: "no", number: "彭执罚决〔2026〕1号", remedies: REMEDIES }, at("2026-09-30"), e.leader).snapshot;
  s = e.step(s, "SERVE", { date: "2026-09-30", method: "direct", receiver: "王大明" }, at("2026-09-30")).snapshot;
  const c = s.context as any;
  const base = c.record[0];
  return {
    ...c,
    record: [...c.record, { ...base, seq: c.record.length + 1, kind: "inquiry", time: "2026-09-03T14:00", endTime: "2026-09-03T14:45", witness: "李卫东，居民委员会工作人员", content: "问:是否拆墙?答:是。" }, { ...base, seq: c.record.length + 2, kind: "preservation", content: "先行登记保存电锤一把" }],
    preservations: [{ entry: c.record.length + 2, on: "2026-09-02", items: "电锤一把", handled: { on: "2026-09-08", outcome: "解除" } }],
    decision: { ...c.decision, order: { structure: "楼顶彩钢板房约20平方米", deadline: "2026-10-20" } },
    demolition: {
      statements: [{ date: "2026-10-26", content: "房子自用，请求缓拆。", result: "rejected", reason: "不属于正当理由", by: { id: 41, name: "刘队员" } }],
      decision: { date: "2026-11-04", method: "demolish", executor: "", reasons: "当事人经催告逾期仍不拆除，无正当理由。", schedule: "公告期满且复议、诉讼期限届满后的工作日白天", number: "彭执强决〔2026〕1号", remedies: REMEDIES, by: { id: 43, name: "孙主任" }, at: at("2026-11-04") },
      served: { date: "2026-11-05", method: "direct", receiver: "王大明" },
      announced: { date: "2026-11-06", deadline: "2026-11-16", place: "彭浦新村12号楼道口", number: "彭执拆告〔2026〕1号" },
      done: null,
      complied: null,
    },
    transfer: { date: "2026-09-30", police: "上海市公安局静安分局", procuratorate: "上海市静安区人民检察院", reasons: "当事人拆除承重墙致楼体开裂，涉嫌重大责任事故。", items: "电锤1把\n切割机1台", tests: "房屋安全鉴定报告（沪房鉴〔2026〕123号）", other: "", number: "彭执移〔2026〕1号", by: { id: 43, name: "孙主任" }, at: "2026-09-30T02:00:00Z", delivered: null, reply: null },
    seizures: [{ n: 1, entry: 1, kind: "seal", time: "2026-09-02T10:00", place: "彭浦新村12号301室", items: "电锤1把（博世，九成新）\n切割机1台", reasons: "当事人擅自拆除承重墙，为防止证据损毁", number: "彭执封扣〔2026〕1号", remedies: REMEDIES, approval: { by: { id: 43, name: "孙主任" }, at: "2026-09-02T09:30" }, emergency: "", rejected: null, statement: "工具是借的。", partyPresent: true, refusedToSign: false, witness: "", extension: null, ended: { outcome: "release", ground: "decided", date: "2026-09-30", reason: "已作出处理决定", by: { id: 43, name: "孙主任" } } }],
    urgings: [{ obligation: "fine", date: "2026-10-19", method: "direct", deadline: "2026-11-02", number: "彭执催〔2026〕1号", by: { id: 41, name: "刘队员" }, at: at("2026-10-19") }],
    // A review by the district government, answered with the evidence (行政复议法 48).
    challenges: [{ n: 1, kind: "review", organ: "上海市静安区人民政府", caseNumber: "静府复〔2026〕12号", filedOn: "2026-10-09", receivedOn: "2026-10-12", claims: "罚款过重，请求撤销。", registeredAt: at("2026-10-12"), registeredBy: { id: 41, name: "刘队员" }, answer: { date: "2026-10-20", content: "当事人擅自拆除承重墙，经房屋安全鉴定危及结构安全。\n本机关依法立案、调查、告知，经法制审核和集体讨论作出决定，程序合法。", evidence: "现场检查笔录\n询问笔录\n房屋安全鉴定报告\n法制审核意见书", by: { id: 41, name: "刘队员" } }, outcome: null }],
    hearing: { requestedOn: "2026-09-16", scheduled: { date: "2026-09-28", time: "09:30", place: "街道听证室", chair: { id: 9, name: "吴主持" }, panel: "郑听证员", clerk: { id: 10, name: "钱书记员" }, noticeNumber: "彭执听〔2026〕1号", noticeServedOn: "2026-09-17" }, held: { date: "2026-09-28", start: "09:30", end: "11:10", attendance: "当事人王大明及其委托代理人陈律师到场", partyAbsent: false, record: "当事人陈述:不知是承重墙。" } },
  };
}

function onSpotCase() {
  const d = e.step(e.newCase("simple"), "DECIDE_ON_SPOT", { officers: e.two, penalty: "fine", fine: 200, date: "2026-09-01", time: "10:20", reasons: "混合投放生活垃圾", certificateShown: "yes", informed: "yes", signed: "signed", number: "彭执当罚〔2026〕1号", remedies: REMEDIES }, at("2026-09-01")).snapshot;
  return d.context;
}

function mediationCases() {
  let s = m.started();
  s = m.step(s, "RECORD_SESSION", { kind: "investigation", date: "2026-09-07", start: "09:00", end: "10:00", place: "现场", subject: "李四，男，住彭浦新村12号201室", participants: "调解员、双方当事人", content: "查看漏水情况" }, "2026-09-07T03:00:00Z").snapshot;
  s = m.step(s, "RECORD_SESSION", { kind: "mediation", date: "2026-09-08", start: "09:00", end: "10:00", place: "调解室", participants: "双方", content: "释法明理" }, "2026-09-08T02:00:00Z").snapshot;
  const beforeAgreement = s;
  s = m.step(s, "AGREE_WRITTEN", { date: "2026-09-08", facts: "漏水致损,责任在被申请人", terms: "赵小红赔偿王大明3000元", performance: "2026年9月18日前银行转账" }, "2026-09-08T03:00:00Z").snapshot;
  s = m.step(s, "RECORD_SIGNED", { signedOn: "2026-09-08", signedCopy: { sha256: "b".repeat(64), name: "协议.pdf" }, confirmationDue: "2026-10-08" }, "2026-09-08T05:00:00Z").snapshot;
  const written = m.step(s, "FOLLOW_UP", { date: "2026-09-19", method: "phone", visited: "李四", performance: "full", note: "已转账" }, "2026-09-19T02:00:00Z").context;
  const oral = m.step(beforeAgreement, "AGREE_ORAL", { date: "2026-09-08", terms: "被申请人当面向申请人赔礼道歉，双方和好", performance: "当场履行", obligations: "no", writingRequested: "no", confirmationDue: "2026-10-08" }, "2026-09-08T03:00:00Z").context;
  const terminated = m.step(m.started(), "TERMINATE", { ground: "failed", reason: "双方分歧过大" }, "2026-09-09T02:00:00Z").context;
  let r = m.step(m.newReferred(), "ADD_PARTY", m.applicant, "2026-09-07T02:00:00Z").snapshot;
  r = m.step(r, "ADD_PARTY", m.respondent, "2026-09-07T02:00:00Z").snapshot;
  r = m.step(r, "DECLINE", { ground: "handled", reason: "同一纠纷已由静安区人民法院立案受理" }, "2026-09-07T03:00:00Z").snapshot;
  const declined = m.step(r, "REPLY_REFERRAL", { date: "2026-09-08", content: "经核实，双方已就同一纠纷向静安区人民法院起诉，本委员会不予受理，已告知当事人。" }, "2026-09-08T02:00:00Z").context;
  return { written, oral, terminated, declined };
}

function legalOpinionCase() {
  let s = lo.must(lo.newCase(), "ACCEPT", lo.director, lo.acceptPayload(), "2026-09-30T02:00:00Z").snapshot;
  s = lo.must(s, "SUBMIT_DRAFT", lo.adviser, lo.draft, "2026-10-09T02:00:00Z").snapshot;
  return lo.must(s, "APPROVE", lo.director, {}, "2026-10-12T02:00:00Z").context;
}

function normativeReviewCase() {
  const s = nr.must(nr.accepted(), "SUBMIT_OPINION", nr.adviser, nr.opinion, "2026-10-09T02:00:00Z").snapshot;
  return nr.must(s, "APPROVE", nr.director, {}, "2026-10-12T02:00:00Z").context;
}

const FILES = [
  { name: "王大明身份证.jpg", kind: "身份证明(JPEG图片)", sha256: "c".repeat(64) },
  { name: "现场照片.jpg", kind: "证据材料(JPEG图片)", sha256: "d".repeat(64) },
  { name: "转账凭证.pdf", kind: "履行凭证(PDF)", sha256: "e".repeat(64) },
];

/** The case each template is rendered from. */
function contextFor(templateId: string) {
  const med = mediationCases();
  if (templateId === "enforcement-on-spot") return onSpotCase();
  if (templateId.startsWith("enforcement-")) return enforcementCase();
  if (templateId === "mediation-oral") return med.oral;
  if (templateId === "mediation-termination") return med.terminated;
  if (templateId === "mediation-decline" || templateId === "mediation-referral-reply") return med.declined;
  if (templateId.startsWith("mediation-")) return med.written;
  if (templateId.startsWith("legal-opinion")) return legalOpinionCase();
  if (templateId.startsWith("normative-review")) return normativeReviewCase();
  if (templateId.startsWith("decision-catalogue")) return dc.adjusted().context;
  if (templateId.startsWith("three-important")) return ti.decided().context;
  if (templateId.startsWith("major-decision")) return { ...(md.evaluated().context as object), archivedAt: "2026-11-30T02:00:00Z" };
  return null;
}

export interface DocumentSample {
  readonly id: string;
  readonly title: string;
  readonly input: DocumentInput;
}

/** Every registered template with a case it can be rendered from; a template without one is listed with `input: null`. */
export function documentSamples(): { id: string; title: string; input: DocumentInput | null }[] {
  return Object.values(TEMPLATES).map((t) => {
    const context = contextFor(t.id);
    return {
      id: t.id,
      title: t.title,
      input: context && {
        context,
        caseNumber: "（2026）彭案字第1号",
        caseTitle: "王大明与赵小红邻里纠纷",
        number: t.numbering ? `彭样〔2026〕1号` : null,
        at: "2026-10-12T03:00:00Z",
        officeName: "彭浦新村街道",
        actorName: "李干事",
        files: FILES,
      },
    };
  });
}
