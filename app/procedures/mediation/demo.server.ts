/**
 * Demo disputes, through the real engine with past instants, so each mediator opens to work: one
 * taken in yesterday by the first residents' committee (张调解员 registers the parties and grades the
 * risk), one the street moved up to the district (郑调解员 is to take it on), and one just taken in
 * by 临汾路街道 (钱干事 assigns a mediator).
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { users } from "../../../db/schema";
import { loadUser, type SessionUser } from "../../auth/users.server";
import { createCase } from "../../cases/create-case.server";
import { runEvent } from "../../cases/engine.server";
import { findVisibleCase } from "../../cases/queries.server";

export async function seedMediationDemo(db: Db, now = new Date()): Promise<number[]> {
  const user = (username: string): SessionUser => loadUser(db, db.select().from(users).where(eq(users.username, username)).get()!.id)!;
  const at = (daysAgo: number, hour = 10) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysAgo, hour - 8)).toISOString();
  const take = (who: string, data: Record<string, unknown>, when: string) => {
    const r = createCase(db, user(who), "mediation", data, when);
    if (r.status !== 201) throw new Error(`demo dispute: ${JSON.stringify(r)}`);
    return r.caseId;
  };
  const send = async (who: string, id: number, type: string, payload: Record<string, unknown>, when: string) => {
    const row = findVisibleCase(db, user(who), id)!;
    const r = await runEvent(db, { user: user(who), caseId: id, type, payload, expectedVersion: row.version, at: when });
    if (r.status !== 200) throw new Error(`demo ${type}: ${JSON.stringify(r)}`);
  };
  const committee = take("tiaojie", { source: "initiative", disputeType: "neighbour", summary: "5号楼402室空调外机噪声影响楼上住户休息，双方多次争吵。", claims: "移位空调外机，夜间停用" }, at(1));
  const street = take("ganshi", { source: "application", disputeType: "property_mgmt", summary: "彭浦新村三个小区业主与物业公司就停车费上调发生争议，涉及业主四十余户。", claims: "暂停执行新的停车收费标准，重新协商" }, at(6));
  await send("ganshi", street, "ESCALATE", { reason: "涉及三个小区、物业公司注册地在区外，需区人民调解委员会协调" }, at(5));
  const linfen = take("ganshi2", { source: "application", disputeType: "family", summary: "兄妹三人就父亲遗留的临汾路房屋使用发生争议。", claims: "确认各自居住安排" }, at(1, 15));
  return [committee, street, linfen];
}
