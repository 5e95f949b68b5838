/**
 * Demo decisions on the demo street's catalogue, run through the real engine with past instants:
 * item 1 walked to publication with a dissent at the meeting, item 2 in public comment with two
 * comments, item 3 waiting on the adviser's 工作台 for its legality review.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { cases, users } from "../../../db/schema";
import { minimumCallEnd, minimumReviewDue } from "../../../workflows/major-decision/deadlines";
import { loadUser, type SessionUser } from "../../auth/users.server";
import { loadCalendar } from "../../calendar.server";
import { createCase } from "../../cases/create-case.server";
import { runEvent } from "../../cases/engine.server";
import { findVisibleCase } from "../../cases/queries.server";
import { attachFile } from "../../files/attach.server";
import { submitComment } from "./comments.server";

const pdf = (title: string) => new TextEncoder().encode(`%PDF-1.4\n% ${title}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

export async function seedMajorDecisionDemo(db: Db, now = new Date()): Promise<number[]> {
  const user = (username: string): SessionUser => loadUser(db, db.select().from(users).where(eq(users.username, username)).get()!.id)!;
  const [staff, director, leader, adviser] = ["ganshi", "suozhang", "lingdao", "guwen"].map(user);
  const at = (daysAgo: number, hour = 10) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysAgo, hour - 8)).toISOString();
  const day = (daysAgo: number) => at(daysAgo).slice(0, 10);
  const calendar = loadCalendar(db);
  const catalogue = db.select({ id: cases.id }).from(cases).where(and(eq(cases.procedure, "decision-catalogue"), eq(cases.officeId, staff.organisationId))).get();
  if (!catalogue) return [];
  const send = async (who: SessionUser, id: number, type: string, payload: Record<string, unknown>, when: string) => {
    const row = findVisibleCase(db, who, id)!;
    const r = await runEvent(db, { user: who, caseId: id, type, payload, expectedVersion: row.version, at: when });
    if (r.status !== 200) throw new Error(`demo ${type}: ${JSON.stringify(r)}`);
  };
  const start = async (no: number, when: number, unit: string, explanation: string) => {
    const r = createCase(db, staff, "major-decision", { catalogueItem: `${catalogue.id}:${no}` }, at(when));
    if (r.status !== 201) throw new Error(`demo decision: ${JSON.stringify(r)}`);
    const f = attachFile(db, staff, r.caseId, "决策草案.pdf", pdf(`决策草案${no}`), "决策草案");
    if (!f.ok) throw new Error("demo upload");
    await send(staff, r.caseId, "LAUNCH", { unit, draft: f.fileId, explanation }, at(when, 11));
    return r.caseId;
  };

  // 1. 加装电梯补贴办法: comment, expert argument, risk, review, a meeting with a dissent, published.
  const lift = await start(1, 82, "街道社区管理办公室", "依据《上海市既有多层住宅加装电梯管理办法》，拟对加装电梯的小区按户给予补贴，明确申请条件、补贴标准和审核程序。");
  const closesOn = minimumCallEnd(calendar, day(81)).due;
  // Days ago of the day after the call closed: every later step counts back from it.
  const k = Math.round((Date.parse(day(0)) - Date.parse(closesOn)) / 86400_000) - 1;
  await send(staff, lift, "OPEN_CALL", { opensOn: day(81), closesOn, text: "《彭浦新村街道老旧小区加装电梯补贴办法（草案）》拟对符合条件的多层住宅加装电梯给予补贴，现公开征求意见。" }, at(81));
  // A resident writes where they live and their number: the portal masks both when the decision is published.
  const c1 = submitComment(db, lift, "我住彭浦新村12号101室，电话13912345678。建议对一楼住户给予适当补偿，减少加装电梯的阻力。", "203.0.113.10", new Date(at(70)));
  await send(staff, lift, "SKIP_HEARING", { reason: "征求意见期间未出现较大分歧，不召开听证会" }, at(65));
  if (c1.ok) await send(staff, lift, "DISPOSE_COMMENT", { comment: c1.id, disposition: "partly", reason: "补偿由业主协商，办法中增加协商指引条款" }, at(k));
  await send(staff, lift, "CLOSE_CALL", {}, at(k, 11));
  await send(staff, lift, "RECORD_EXPERT", { name: "胡教授", field: "建筑结构", institution: "同济大学", interest: "no", opinion: "补贴标准合理，建议明确结构安全评估要求。" }, at(k - 1));
  await send(staff, lift, "FINISH_EXPERTISE", { note: "" }, at(k - 1, 11));
  await send(staff, lift, "ASSESS_RISK", { level: "medium", points: "低层住户反对引发矛盾；施工安全。", measures: "事前协商、人民调解介入；施工单位资质审核。" }, at(k - 2));
  await send(staff, lift, "FINISH_RISK", { note: "" }, at(k - 2, 11));
  await send(director, lift, "REQUEST_REVIEW", { reviewer: adviser.id, dueOn: minimumReviewDue(calendar, day(k - 3)).due }, at(k - 3));
  await send(adviser, lift, "REVIEW_OPINION", { authority: "ok", procedure: "ok", content: "ok", consistency: "ok", problems: "", conclusion: "lawful", opinion: "草案符合《上海市既有多层住宅加装电梯管理办法》，程序完备，可提交集体讨论。" }, at(k - 8));
  await send(leader, lift, "RECORD_MEETING", {
    kind: "party", date: day(k - 10), chair: leader.id, members: 7, attendees: "孙主任、钱书记、李副主任、周副主任、吴委员、郑委员",
    opinions: ["钱书记：同意：补贴有利于改善居住条件。", "李副主任：同意：建议加强资金监管。", "周副主任：不同意：财政负担较重，建议分两年实施。", "吴委员：同意：无补充。", "郑委员：同意：无补充。", "孙主任：同意：按草案通过，资金分年度安排。"].join("\n"),
    outcome: "passed", againstMajorityReason: "",
  }, at(k - 10, 16));
  await send(staff, lift, "PUBLISH_DECISION", { publishedOn: day(k - 12), text: "《彭浦新村街道老旧小区加装电梯补贴办法》经街道党工委会议审议通过，现予公布，自公布之日起施行。", adoption: "公众意见1条，部分采纳：增加低层住户协商指引条款。专家论证意见1条，采纳：明确结构安全评估要求。" }, at(k - 12));
  await send(staff, lift, "ASSIGN_EXECUTION", { unit: "街道社区管理办公室" }, at(k - 13));

  // 2. 老旧小区综合治理项目: in public comment, with two comments received.
  const renewal = await start(2, 12, "街道城市建设管理办公室", "依据《上海市城市更新条例》，对彭浦新村三个老旧小区实施综合治理，涉及约三千户居民。");
  await send(staff, renewal, "OPEN_CALL", { opensOn: day(10), closesOn: minimumCallEnd(calendar, day(10)).due, text: "《彭浦新村老旧小区综合治理项目实施方案（草案）》现公开征求意见，欢迎社会各界提出意见和建议。" }, at(10));
  submitComment(db, renewal, "希望施工期间合理安排时间，避免夜间施工扰民。", "203.0.113.11", new Date(at(8)));
  submitComment(db, renewal, "建议增设非机动车充电设施。", "203.0.113.12", new Date(at(5)));

  // 3. 非机动车停放管理规定: a short call for a stated reason, then waiting for the adviser's review.
  const bikes = await start(3, 8, "街道平安办", "依据《上海市非机动车管理条例》，规范辖区非机动车停放秩序和充电安全管理。");
  await send(staff, bikes, "OPEN_CALL", { opensOn: day(7), closesOn: day(4), shortReason: "电动自行车火灾隐患突出，需尽快出台", text: "《彭浦新村街道非机动车停放管理规定（草案）》现公开征求意见。" }, at(7));
  await send(staff, bikes, "SKIP_HEARING", { reason: "不直接涉及特定群体重大利益" }, at(3));
  await send(staff, bikes, "CLOSE_CALL", {}, at(3, 11));
  await send(staff, bikes, "SKIP_EXPERTISE", { reason: "不属于专业性、技术性较强的事项" }, at(3, 12));
  await send(staff, bikes, "ASSESS_RISK", { level: "low", points: "居民停车习惯改变引发投诉。", measures: "设置过渡期，居委会宣传引导。" }, at(2));
  await send(staff, bikes, "FINISH_RISK", { note: "" }, at(2, 11));
  await send(director, bikes, "REQUEST_REVIEW", { reviewer: adviser.id, dueOn: minimumReviewDue(calendar, day(1)).due }, at(1));
  return [lift, renewal, bikes];
}
