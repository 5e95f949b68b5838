/**
 * Demo enforcement cases, run through the real engine with past instants so every guard, deadline,
 * document and the public portal are exercised: a major case walked to 归档 and published, a case
 * waiting for legal review, an on-the-spot penalty, and a 违章搭建 ordered removed and now at 催告. Seeded once, with the demo accounts.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { users } from "../../../db/schema";
import { loadUser, type SessionUser } from "../../auth/users.server";
import { createCase } from "../../cases/create-case.server";
import { runEvent } from "../../cases/engine.server";
import { findVisibleCase } from "../../cases/queries.server";
import { attachFile } from "../../files/attach.server";
import { getSetting, setSetting, settingSpecs } from "../../settings.server";
import { draftPublicText } from "../../../workflows/enforcement/publication";

/** An 8×6 orange PNG standing in for a site photo. */
const PHOTO = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAEUlEQVR4nGM4UWGDFTEMpAQA+8JHQVZ08twAAAAASUVORK5CYII=", "base64");
const REVIEW_OK = Object.fromEntries(["subject", "procedure", "facts", "law", "authority", "documents", "crime"].map((k) => [k, "ok"]));

export async function seedEnforcementDemo(db: Db, now = new Date()): Promise<number[]> {
  const user = (username: string): SessionUser => loadUser(db, db.select().from(users).where(eq(users.username, username)).get()!.id)!;
  const [officer, officer2, head, reviewer, deputy] = ["zhifa", "zhifa2", "lingdao", "shenhe", "lingdao2"].map(user);
  // Instants N days ago at 10:00 China time, and their dates.
  const at = (daysAgo: number, hour = 10) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysAgo, hour - 8)).toISOString();
  const day = (daysAgo: number) => new Date(Date.parse(at(daysAgo)) + 8 * 3600_000).toISOString().slice(0, 10);
  const local = (daysAgo: number, hm: string) => `${day(daysAgo)}T${hm}`;
  const send = async (who: SessionUser, id: number, type: string, payload: Record<string, unknown>, when: string) => {
    const row = findVisibleCase(db, who, id)!;
    const r = await runEvent(db, { user: who, caseId: id, type, payload, expectedVersion: row.version, at: when });
    if (r.status !== 200) throw new Error(`demo ${type}: ${JSON.stringify(r)}`);
  };
  const register = (data: Record<string, unknown>, when: string) => {
    const r = createCase(db, officer, "enforcement", data, when);
    if (r.status !== 201) throw new Error(`demo case: ${JSON.stringify(r)}`);
    return r.caseId;
  };
  const officers = [officer.id, officer2.id];
  // The demo street names its 复议机关, the district government that set it up (行政复议法 24 (三)),
  // unless one is set already.
  if (getSetting(db, officer.organisationId, "enforcement.reviewOrgan") === settingSpecs()["enforcement.reviewOrgan"].default) {
    setSetting(db, officer.organisationId, "enforcement.reviewOrgan", "上海市静安区人民政府");
  }
  const party = { partyKind: "person", partyName: "王大明", idNumber: "11010519491231002X", phone: "13812345678", address: "彭浦新村12号301室" };

  // 1. A major case: fails its first legal review, passes the second, decided, published, paid, archived.
  const major = register({ track: "general", source: "complaint", sourceNote: "12345工单", matter: "structure", ...party, place: "彭浦新村12号301室", occurredOn: day(31), facts: "王大明在彭浦新村12号301室装修时拆除室内承重墙约3米。" }, at(30));
  const photo = attachFile(db, officer, major, "现场照片.png", PHOTO, "证据材料");
  await send(head, major, "FILE", { officers, opinion: "同意立案调查" }, at(30, 11));
  await send(officer, major, "RECORD_ACT", { kind: "inspection", time: local(29, "09:30"), endTime: local(29, "10:10"), place: "彭浦新村12号301室", officers, content: "现场检查：客厅与卧室之间承重墙被拆除约3米，现场有电锤等工具。执法人员出示执法证件，当事人在场。", files: photo.ok ? [photo.fileId] : [] }, at(29, 11));
  await send(officer, major, "RECORD_ACT", { kind: "inquiry", time: local(28, "14:00"), endTime: local(28, "14:40"), place: "街道执法队询问室", officers, content: "问：是否拆除了承重墙?答：装修时拆的，不知道是承重墙。" }, at(28, 15));
  await send(officer, major, "SUBMIT_REPORT", { facts: "王大明擅自拆除住宅承重墙约3米，危及房屋结构安全。", evidence: "现场检查笔录、询问笔录、现场照片", kind: "penalty", penalties: ["fine"], fine: 80000, reasons: "依据《建设工程质量管理条例》第六十九条，拒不恢复且造成安全隐患，按裁量基准" }, at(25));
  await send(head, major, "APPROVE_CASE", { opinion: "事实清楚，拟罚款8万元，属重大执法决定", flags: [] }, at(24));
  await send(officer, major, "SEND_NOTICE", { date: day(23), method: "direct" }, at(23));
  await send(officer, major, "WAIVE", { date: day(22), note: "当事人书面表示放弃陈述、申辩和听证" }, at(22));
  await send(officer, major, "PROCEED", {}, at(22, 11));
  await send(officer, major, "SUBMIT_LEGAL_REVIEW", { materials: "调查终结报告、现场检查笔录、询问笔录、照片" }, at(21));
  await send(reviewer, major, "LEGAL_REVIEW", { ...REVIEW_OK, facts: "problem", factsNote: "缺少房屋安全鉴定，危及结构安全的事实证据不足", outcome: "problems", opinion: "请补充房屋安全鉴定报告后重新送审。" }, at(20));
  await send(officer, major, "SUBMIT_LEGAL_REVIEW", { materials: "补充房屋安全鉴定报告", corrections: "已委托鉴定机构出具房屋安全鉴定报告，确认影响结构安全" }, at(18));
  await send(reviewer, major, "LEGAL_REVIEW", { ...REVIEW_OK, outcome: "approved", opinion: "执法主体合法，程序合法，事实清楚，证据充分，适用法律准确，同意作出处罚决定。" }, at(17));
  await send(head, major, "RECORD_COLLECTIVE", { date: day(16), start: "14:00", end: "15:00", place: "街道办事处第一会议室", chair: head.id, attendees: [head.id, deputy.id], opinions: "冯副主任：同意：鉴定报告证实危及结构安全，按裁量基准上限处罚适当。\n孙主任：同意：罚款8万元，责令恢复原状。", conclusion: "对王大明罚款8万元" }, at(16));
  await send(head, major, "DECIDE", { kind: "penalty", penalties: ["fine"], fine: 80000, reasons: "当事人拒不恢复原状且造成安全隐患", date: day(16) }, at(16, 11));
  await send(officer, major, "SERVE", { date: day(15), method: "direct", receiver: "王大明" }, at(15));
  const decided = findVisibleCase(db, officer, major)!;
  await send(officer, major, "PUBLISH", { text: draftPublicText(decided.snapshot.context as any, "彭浦新村街道"), confirmed: "yes" }, at(14));
  await send(officer, major, "RECORD_PAYMENT", { date: day(10), amount: 80000 }, at(10));
  await send(head, major, "CLOSE", { note: "罚款已缴清，同意结案" }, at(9));
  await send(officer, major, "ARCHIVE", {}, at(8));

  // 2. A case waiting at legal review (the reviewer's 工作台 task).
  const waiting = register({ track: "general", source: "patrol", matter: "occupy", partyKind: "organisation", partyName: "上海某某餐饮有限公司", creditCode: "91310106MA1FY0KX20", legalRepresentative: "李建国", phone: "021-56781234", address: "临汾路100号", place: "临汾路100号门前人行道", occurredOn: day(11), facts: "该公司在门前人行道设摊经营，经责令仍不改正。" }, at(10));
  await send(head, waiting, "FILE", { officers, opinion: "同意立案" }, at(10, 11));
  await send(officer, waiting, "RECORD_ACT", { kind: "evidence", time: local(9, "10:00"), endTime: local(9, "10:20"), place: "临汾路100号门前", officers, content: "拍照取证：人行道摆放餐桌6张。" }, at(9, 11));
  await send(officer, waiting, "SUBMIT_REPORT", { facts: "在门前人行道设摊经营，经责令仍不改正。", evidence: "调查取证记录、照片", kind: "penalty", penalties: ["fine"], fine: 5000, reasons: "依据《城市市容和环境卫生管理条例》第三十六条" }, at(7));
  await send(head, waiting, "APPROVE_CASE", { opinion: "经多次责令仍不改正，可能引发群众投诉，按重大执法决定审核", flags: ["socialRisk"] }, at(6));
  await send(officer, waiting, "SEND_NOTICE", { date: day(5), method: "direct" }, at(5));
  await send(officer, waiting, "WAIVE", { date: day(4), note: "当事人书面放弃陈述、申辩" }, at(4));
  await send(officer, waiting, "PROCEED", {}, at(4, 11));
  await send(officer, waiting, "SUBMIT_LEGAL_REVIEW", { materials: "调查终结报告、照片" }, at(3));

  // 3. An on-the-spot penalty (简易程序), paid and awaiting 备案.
  const onSpot = register({ track: "simple", source: "patrol", matter: "waste", partyKind: "person", partyName: "赵小红", place: "彭浦新村垃圾厢房", occurredOn: day(2), facts: "混合投放生活垃圾，经劝阻拒不改正。" }, at(2));
  await send(officer, onSpot, "DECIDE_ON_SPOT", { officers, penalty: "fine", fine: 100, date: day(2), time: "10:40", reasons: "违反《上海市生活垃圾管理条例》第二十五条，依据第五十八条当场处罚", certificateShown: "yes", informed: "yes", statement: "第一次，不知道要分类。", statementReview: "当事人首次违法但经劝阻仍混合投放，按下限处罚。", signed: "signed" }, at(2, 11));
  await send(officer, onSpot, "RECORD_PAYMENT", { date: day(2), amount: 100 }, at(2, 12));

  // 4. A 违章搭建 ordered removed, not removed, and now at 催告: its deadline is on the officers' 工作台 (行政强制法 35, 44).
  const building = register({ track: "general", source: "hotline", sourceNote: "12345工单", matter: "building", partyKind: "person", partyName: "钱永福", idNumber: "310108196505051230", phone: "13901234567", address: "彭浦新村15号601室", place: "彭浦新村15号楼顶", occurredOn: day(75), facts: "钱永福在彭浦新村15号楼顶搭建彩钢板房约20平方米，未取得建设工程规划许可证。" }, at(70));
  await send(head, building, "FILE", { officers, opinion: "同意立案" }, at(70, 11));
  await send(officer, building, "RECORD_ACT", { kind: "inspection", time: local(69, "09:30"), endTime: local(69, "10:00"), place: "彭浦新村15号楼顶", officers, content: "现场检查：楼顶搭建彩钢板房一间约20平方米，当事人未能出示规划许可。" }, at(69, 11));
  await send(officer, building, "SUBMIT_REPORT", { facts: "未取得建设工程规划许可证在楼顶搭建彩钢板房约20平方米，无法采取改正措施消除影响。", evidence: "现场检查笔录、照片", kind: "penalty", penalties: ["fine"], fine: 2000, reasons: "依据《中华人民共和国城乡规划法》第六十四条，按裁量基准" }, at(66));
  await send(head, building, "APPROVE_CASE", { opinion: "同意，责令限期拆除并处罚款", flags: [] }, at(65));
  await send(officer, building, "SEND_NOTICE", { date: day(64), method: "direct" }, at(64));
  await send(officer, building, "WAIVE", { date: day(63), note: "当事人书面放弃陈述、申辩" }, at(63));
  await send(officer, building, "PROCEED", {}, at(63, 11));
  await send(head, building, "DECIDE", { kind: "penalty", penalties: ["fine"], fine: 2000, reasons: "无法采取改正措施消除对规划实施的影响", date: day(60), orderStructure: "楼顶彩钢板房约20平方米", orderDeadline: day(40) }, at(60));
  await send(officer, building, "SERVE", { date: day(59), method: "direct", receiver: "钱永福" }, at(59));
  await send(officer, building, "PUBLISH", { text: draftPublicText(findVisibleCase(db, officer, building)!.snapshot.context as any, "彭浦新村街道"), confirmed: "yes" }, at(58));
  await send(officer, building, "RECORD_PAYMENT", { date: day(55), amount: 2000 }, at(55));
  await send(officer, building, "URGE_DEMOLITION", { date: day(3), method: "direct", deadline: day(-10) }, at(3));
  return [major, waiting, onSpot, building];
}
