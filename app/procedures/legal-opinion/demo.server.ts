/**
 * Demo legal opinions, through the real engine with past instants: one assigned to 陈律师 four weeks
 * ago and now overdue (what the 所长's 工作台 and the reminders are for), one waiting for the 所长
 * to accept; and at 临汾路街道 one waiting for 赵所长 and one 吴律师 is drafting.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { users } from "../../../db/schema";
import { loadUser, type SessionUser } from "../../auth/users.server";
import { createCase } from "../../cases/create-case.server";
import { runEvent } from "../../cases/engine.server";

export async function seedLegalOpinionDemo(db: Db, now = new Date()): Promise<number[]> {
  const user = (username: string): SessionUser => loadUser(db, db.select().from(users).where(eq(users.username, username)).get()!.id)!;
  const [staff, director, adviser] = ["ganshi", "suozhang", "guwen"].map(user);
  const at = (daysAgo: number, hour = 10) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysAgo, hour - 8)).toISOString();
  const request = (data: Record<string, unknown>, when: string, by = staff) => {
    const r = createCase(db, by, "legal-opinion", data, when);
    if (r.status !== 201) throw new Error(`demo opinion: ${JSON.stringify(r)}`);
    return r.caseId;
  };
  const overdue = request({
    matterType: "contract",
    subject: "社区食堂委托经营合同审查",
    requestingUnit: "街道社区服务办公室",
    background: "街道拟将长者食堂委托给餐饮企业经营，合同约定由受托方承担食品安全责任。",
    questions: "食品安全责任的约定是否足以免除街道的责任？合同解除条款是否对等？",
  }, at(30));
  const r = await runEvent(db, { user: director, caseId: overdue, type: "ACCEPT", payload: { assignee: adviser.id }, expectedVersion: 1, at: at(28) });
  if (r.status !== 200) throw new Error(`demo ACCEPT: ${JSON.stringify(r)}`);
  const waiting = request({
    matterType: "major_matter",
    subject: "老旧小区停车收费标准调整",
    requestingUnit: "街道管理办公室",
    background: "街道拟调整彭浦新村地面停车收费标准，涉及居民切身利益。",
    questions: "调整是否需要履行听证程序？收费标准由谁制定？",
  }, at(1));
  const [staff2, director2, adviser2] = ["ganshi2", "suozhang2", "guwen2"].map(user);
  const linfenWaiting = request({
    matterType: "contract",
    subject: "临汾路街道社区微更新设计服务合同审查",
    requestingUnit: "街道自治办",
    background: "街道拟委托设计单位对三个小区的公共空间进行微更新设计，合同价款28万元。",
    questions: "合同中设计成果著作权归属和逾期交付违约责任的约定是否合法、对等？",
  }, at(2), staff2);
  const linfenDrafting = request({
    matterType: "major_matter",
    subject: "临汾路街道睦邻中心委托运营方案",
    requestingUnit: "街道社区服务办公室",
    background: "街道拟通过政府购买服务方式委托社会组织运营睦邻中心。",
    questions: "委托运营是否须履行政府采购程序？运营方收费应如何约定？",
  }, at(5), staff2);
  const accepted = await runEvent(db, { user: director2, caseId: linfenDrafting, type: "ACCEPT", payload: { assignee: adviser2.id }, expectedVersion: 1, at: at(4) });
  if (accepted.status !== 200) throw new Error(`demo ACCEPT: ${JSON.stringify(accepted)}`);
  return [overdue, waiting, linfenWaiting, linfenDrafting];
}
