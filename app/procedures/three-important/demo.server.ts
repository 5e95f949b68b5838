/** A demo 大额资金 item on the demo street, run through the real engine: researched, compared, audited, checked, decided and signed. */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { users } from "../../../db/schema";
import { loadUser, type SessionUser } from "../../auth/users.server";
import { createCase } from "../../cases/create-case.server";
import { runEvent } from "../../cases/engine.server";
import { findVisibleCase } from "../../cases/queries.server";

export async function seedThreeImportantDemo(db: Db, now = new Date()): Promise<number> {
  const user = (username: string): SessionUser => loadUser(db, db.select().from(users).where(eq(users.username, username)).get()!.id)!;
  const [staff, director, leader] = ["ganshi", "suozhang", "lingdao"].map(user);
  const at = (daysAgo: number, hour = 10) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysAgo, hour - 8)).toISOString();
  const send = async (who: SessionUser, id: number, type: string, payload: Record<string, unknown>, when: string) => {
    const row = findVisibleCase(db, who, id)!;
    const r = await runEvent(db, { user: who, caseId: id, type, payload, expectedVersion: row.version, at: when });
    if (r.status !== 200) throw new Error(`demo ${type}: ${JSON.stringify(r)}`);
  };
  const r = createCase(db, staff, "three-important", { kind: "funds", title: "彭浦新村社区长者食堂改造资金使用", unit: "街道社区服务办公室", description: "对社区长者食堂进行厨房改造和适老化改造，拟使用街道专项资金。", amount: 1200000 }, at(30));
  if (r.status !== 201) throw new Error(`demo three-important: ${JSON.stringify(r)}`);
  const id = r.caseId;
  await send(staff, id, "RECORD_RESEARCH", { findings: "走访长者食堂及就餐老人，现有厨房设备老化，日均就餐约300人次，改造需求迫切。" }, at(28));
  await send(staff, id, "RECORD_COMPARISON", { quotes: "上海甲建设工程有限公司：128万元\n上海乙装饰工程有限公司：121万元\n上海丙建筑安装有限公司：135万元" }, at(24));
  await send(staff, id, "RECORD_AUDIT", { auditor: "上海某工程造价咨询有限公司", result: "审定造价118.6万元，建议按审定价控制。" }, at(20));
  await send(director, id, "LEGAL_CHECK", { outcome: "pass", opinion: "资金用途符合专项资金管理规定，采购程序应执行政府采购相关规定。" }, at(18));
  await send(leader, id, "RECORD_MEETING", {
    date: at(15).slice(0, 10), chair: leader.id, members: 7, attendees: "钱书记、李副主任、周副主任、吴委员、孙主任",
    opinions: "钱书记：同意：民生实事，应尽快实施。\n李副主任：同意：按审定价控制。\n周副主任：同意：注意施工期间就餐安排。\n吴委员：同意：无补充。\n孙主任：同意：通过，按审定价118.6万元执行。",
    outcome: "passed",
  }, at(15, 16));
  await send(leader, id, "SIGN_MINUTES", { signed: "钱书记、李副主任、周副主任、吴委员、孙主任" }, at(14));
  await send(staff, id, "RECORD_EXECUTION", { text: "已完成政府采购，施工单位进场。" }, at(5));
  return id;
}
