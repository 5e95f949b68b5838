import JSZip from "jszip";
import { TEMPLATES } from "../../app/procedures";
import { filingForm, inspectionRecord, recordManifest } from "../../templates/enforcement/content";
import { decisionLetter, noticeLetter, reviewOpinion, reviewRequest, serviceReceipt } from "../../templates/enforcement/decision";
import { collective, inspection, leader, noticed, reviewer, sanction, step } from "./enforcement-helpers";

const at = (d: string) => `${d}T02:00:00Z`;
const reviewerRef = { id: reviewer.id, name: reviewer.name, roles: ["legal_reviewer"], officeId: 30, qualificationNo: "A20183101060001" };
const ok = Object.fromEntries(["subject", "procedure", "facts", "law", "authority", "documents", "crime"].map((k) => [k, "ok"]));

/** A major case: noticed, reviewed twice (problems, then approved), decided and served. */
function majorCase() {
  let s = step(noticed(60000), "PROCEED", { windowDue: "2026-09-21" }, at("2026-09-22")).snapshot;
  s = step(s, "SUBMIT_LEGAL_REVIEW", { materials: "调查终结报告" }, at("2026-09-22")).snapshot;
  s = step(s, "LEGAL_REVIEW", { ...ok, facts: "problem", factsNote: "缺少房屋安全鉴定", outcome: "problems", opinion: "补充", reviewer: reviewerRef, number: "彭执审〔2026〕1号" }, at("2026-09-23"), reviewer).snapshot;
  const firstRound = s.context;
  s = step(s, "SUBMIT_LEGAL_REVIEW", { materials: "鉴定报告", corrections: "已补充鉴定" }, at("2026-09-24")).snapshot;
  s = step(s, "LEGAL_REVIEW", { ...ok, outcome: "approved", opinion: "同意", reviewer: reviewerRef, number: "彭执审〔2026〕2号" }, at("2026-09-25"), reviewer).snapshot;
  s = step(s, "RECORD_COLLECTIVE", collective("2026-09-28", "罚款6万元"), at("2026-09-28"), leader).snapshot;
  s = step(s, "DECIDE", { ...sanction(60000), date: "2026-09-30", socialImpact: "no", number: "彭执罚决〔2026〕1号" }, at("2026-09-30"), leader).snapshot;
  s = step(s, "SERVE", { date: "2026-09-30", method: "direct", receiver: "王大明" }, at("2026-09-30")).snapshot;
  return { c: s.context as any, firstRound: firstRound as any };
}

const input = (c: any, number: string | null = null) => ({ c, caseNumber: "（2026）彭执立字第1号", number, agency: "彭浦新村街道办事处", at: "2026-09-30T02:00:00Z" });
const text = (x: unknown) => JSON.stringify(x);

describe("enforcement documents", () => {
  const { c, firstRound } = majorCase();

  it("the 立案审批表 names both officers with their certificate numbers and the head's approval", () => {
    const t = text(filingForm(input(c)));
    expect(t).toContain("刘队员（执法证号3106012004");
    expect(t).toContain("马队员（执法证号3106012004");
    expect(t).toContain("同意立案");
  });

  it("the 事先告知书 states the intended fine, the APL 45 rule and, for 60,000 yuan, the hearing right within 5 working days", () => {
    const t = text(noticeLetter(input(c)));
    expect(t).toContain("罚款60,000元");
    expect(t).toContain("不因你的陈述、申辩而给予更重的处罚");
    expect(t).toContain("5个工作日内提出");
  });

  it("the 法制审核意见书 records each 118 §13 item, the outcome and the reviewer's qualification", () => {
    const first = reviewOpinion(input(firstRound))!;
    expect(first.rows!.find(([k]) => k.startsWith("案件事实是否清楚"))![1]).toBe("存在问题：缺少房屋安全鉴定");
    expect(text(first)).toContain("未经法制审核或者审核未通过的，不得作出决定");
    const second = reviewOpinion(input(c))!;
    expect(second.rows!.find(([k]) => k === "审核结论")![1]).toBe("同意");
    expect(text(second)).toContain("A20183101060001");
    expect(text(reviewRequest(input(c)))).toContain("已补充鉴定");
  });

  it("the 行政处罚决定书 carries the payment period, the 3% surcharge and the remedies", () => {
    const d = decisionLetter(input(c, "彭执罚决〔2026〕1号"))!;
    expect(d.title).toBe("行政处罚决定书");
    expect(d.number).toBe("彭执罚决〔2026〕1号");
    const t = text(d);
    for (const s of ["15日内缴纳罚款", "百分之三加处罚款", "六十日内依法申请行政复议", "六个月内依法向人民法院提起行政诉讼"]) expect(t).toContain(s);
    expect(text(serviceReceipt(input(c)))).toContain("签收人：王大明");
  });

  it("the 全过程记录清单 lists every file with its SHA-256, and records show corrections", () => {
    const photo = { sha256: "a".repeat(64), name: "现场.jpg", mime: "image/jpeg" };
    let s = step(noticed(3000), "RECORD_ACT", { ...inspection, files: [photo] }, at("2026-09-15")).snapshot;
    s = step(s, "RECORD_ACT", { ...inspection, content: "更正：约2.5米", corrects: 1, correctionReason: "丈量有误" }, at("2026-09-16")).snapshot;
    const m = text(recordManifest(input(s.context)));
    expect(m).toContain(`SHA-256：${"a".repeat(64)}`);
    expect(m).toContain("更正第1条：丈量有误");
    // The 笔录 shows the corrected version, not the entry it replaced.
    const record = text(inspectionRecord(input(s.context)));
    expect(record).toContain("更正：约2.5米");
    expect(record).not.toContain("第1条，");
  });

  it("every enforcement template renders a .docx in the official style", async () => {
    const base = c.record[0];
    const record = [...c.record, { ...base, seq: 2, kind: "inquiry", content: "问：是否拆墙?答：是。" }, { ...base, seq: 3, kind: "preservation", content: "先行登记保存" }];
    const full = { ...c, record, preservations: [{ entry: 3, on: "2026-09-02", items: "电锤一把", handled: { on: "2026-09-08", outcome: "解除" } }], hearing: { requestedOn: "2026-09-16", scheduled: { date: "2026-09-28", place: "听证室", chair: { id: 9, name: "吴主持" }, noticeNumber: "彭执听〔2026〕1号", noticeServedOn: "2026-09-17" }, held: { date: "2026-09-28", partyAbsent: false, record: "听证记录" } },
      decision: { ...c.decision, order: { structure: "彩钢板房", deadline: "2026-10-20" } },
      demolition: { statements: [], decision: { date: "2026-11-04", method: "substitute", executor: "某拆除公司", reasons: "逾期不拆", schedule: "工作日白天", number: "", by: leader, at: "" }, served: { date: "2026-11-05", method: "direct", receiver: "王" }, announced: { date: "2026-11-06", deadline: "2026-11-16", place: "现场", number: "" }, done: null, complied: null },
      transfer: { date: "2026-09-30", police: "上海市公安局静安分局", procuratorate: "上海市静安区人民检察院", reasons: "当事人拆除承重墙致楼体开裂，涉嫌重大责任事故。", items: "电锤1把\n切割机1台", tests: "房屋安全鉴定报告（沪房鉴〔2026〕123号）", other: "", number: "彭执移〔2026〕1号", by: { id: 43, name: "孙主任" }, at: "2026-09-30T02:00:00Z", delivered: null, reply: null },
      seizures: [{ n: 1, entry: 1, kind: "seal", time: "2026-09-02T10:00", place: "彭浦新村12号301室", items: "电锤1把（博世，九成新）\n切割机1台", reasons: "当事人擅自拆除承重墙，为防止证据损毁", number: "彭执封扣〔2026〕1号", approval: { by: { id: 43, name: "孙主任" }, at: "2026-09-02T09:30" }, emergency: "", rejected: null, statement: "工具是借的。", partyPresent: true, refusedToSign: false, witness: "", extension: null, ended: { outcome: "release", ground: "decided", date: "2026-09-30", reason: "已作出处理决定", by: { id: 43, name: "孙主任" } } }],
      urgings: [{ obligation: "fine", date: "2026-10-19", method: "direct", deadline: "2026-11-02", number: "彭执催〔2026〕1号", by: leader, at: "2026-10-19T02:00:00Z" }],
      challenges: [{ n: 1, kind: "review", organ: "上海市静安区人民政府", caseNumber: "静府复〔2026〕12号", filedOn: "2026-10-09", receivedOn: "2026-10-12", claims: "撤销", registeredAt: "", registeredBy: leader, answer: { date: "2026-10-20", content: "程序合法", evidence: "笔录", by: leader }, outcome: null }] };
    // The 20 documents of the general procedure (the on-the-spot form is the simple track's).
    const templates = Object.values(TEMPLATES).filter((t) => t.procedure === "enforcement" && t.id !== "enforcement-on-spot");
    expect(templates.length).toBe(20);
    for (const t of templates) {
      const bytes = await t.build({ context: full, caseNumber: "（2026）彭执立字第1号", caseTitle: "x", number: t.numbering ? "彭执〔2026〕1号" : null, at: "2026-09-30T02:00:00Z", officeName: "彭浦新村街道", actorName: "刘队员", files: [] });
      const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
      expect(xml, t.id).toContain(t.title.slice(0, 4));
      expect(xml, t.id).toContain('w:eastAsia="仿宋"');
    }
  });
});
