/**
 * The demo street's catalogue for this year, run through the real engine with past instants:
 * three items compiled, checked by the 司法所, agreed by the Party working committee, filed with and
 * acknowledged by the district, and published; and next year's, filed and waiting for the district.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { users } from "../../../db/schema";
import { loadUser, type SessionUser } from "../../auth/users.server";
import { createCase } from "../../cases/create-case.server";
import { runEvent } from "../../cases/engine.server";
import { findVisibleCase } from "../../cases/queries.server";

export const DEMO_ITEMS = [
  {
    name: "彭浦新村街道老旧小区加装电梯补贴办法",
    unit: "街道社区管理办公室",
    basis: "《上海市既有多层住宅加装电梯管理办法》",
    reason: "涉及辖区居民切身利益和财政资金使用，需统一补贴条件和标准。",
    month: "06",
    steps: ["expert", "risk"],
  },
  {
    name: "彭浦新村老旧小区综合治理项目",
    unit: "街道城市建设管理办公室",
    basis: "《上海市城市更新条例》",
    reason: "重大公共建设项目，影响约三千户居民的居住环境。",
    month: "09",
    steps: ["hearing", "risk"],
  },
  {
    name: "彭浦新村街道非机动车停放管理规定",
    unit: "街道平安办",
    basis: "《上海市非机动车管理条例》",
    reason: "涉及公共空间使用和居民出行，社会关注度高。",
    month: "12",
    steps: [],
  },
];

export async function seedDecisionCatalogueDemo(db: Db, now = new Date()): Promise<number> {
  const user = (username: string): SessionUser => loadUser(db, db.select().from(users).where(eq(users.username, username)).get()!.id)!;
  const [staff, director, leader, supervisor] = ["ganshi", "suozhang", "lingdao", "jiandu"].map(user);
  const at = (daysAgo: number, hour = 10) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysAgo, hour - 8)).toISOString();
  const day = (daysAgo: number) => at(daysAgo).slice(0, 10);
  const year = Number(day(90).slice(0, 4));
  const send = async (who: SessionUser, id: number, type: string, payload: Record<string, unknown>, when: string) => {
    const row = findVisibleCase(db, who, id)!;
    const r = await runEvent(db, { user: who, caseId: id, type, payload, expectedVersion: row.version, at: when });
    if (r.status !== 200) throw new Error(`demo ${type}: ${JSON.stringify(r)}`);
  };
  const created = createCase(db, staff, "decision-catalogue", { year }, at(90));
  if (created.status !== 201) throw new Error(`demo catalogue: ${JSON.stringify(created)}`);
  const id = created.caseId;
  for (const [n, i] of DEMO_ITEMS.entries()) {
    await send(staff, id, "ADD_ITEM", { name: i.name, unit: i.unit, basis: i.basis, reason: i.reason, plannedBy: `${year}-${i.month}`, steps: i.steps }, at(90, 11 + n));
  }
  await send(staff, id, "SUBMIT", { note: "" }, at(89));
  await send(director, id, "REVIEW_PASS", { opinion: "所列事项均属涉及辖区群众切身利益的重大事项，决策依据充分，同意报党工委审议。" }, at(88));
  await send(leader, id, "AGREE", { meeting: `街道党工委${year}年第3次会议`, date: day(86) }, at(86, 16));
  await send(staff, id, "FILE", { filedOn: day(85), filedWith: "区司法局" }, at(85));
  await send(supervisor, id, "ACKNOWLEDGE", { opinion: "已收到备案材料，予以备案。" }, at(84));
  await send(staff, id, "PUBLISH", { publishedOn: day(83) }, at(83));
  // The following year's catalogue, compiled at the turn of the year and filed: the district is to acknowledge it.
  const next = createCase(db, staff, "decision-catalogue", { year: year + 1 }, at(6));
  if (next.status !== 201) throw new Error(`demo catalogue: ${JSON.stringify(next)}`);
  await send(staff, next.caseId, "ADD_ITEM", { name: "彭浦新村街道公共停车资源统筹利用方案", unit: "街道管理办公室", basis: "《上海市道路交通管理条例》", reason: "涉及辖区居民出行和公共空间使用，社会关注度高。", plannedBy: `${year + 1}-06`, steps: ["hearing", "risk"] }, at(6, 11));
  await send(staff, next.caseId, "SUBMIT", { note: "" }, at(5));
  await send(director, next.caseId, "REVIEW_PASS", { opinion: "所列事项属于涉及辖区群众切身利益的重大事项，同意报党工委审议。" }, at(4));
  await send(leader, next.caseId, "AGREE", { meeting: `街道党工委${day(3).slice(0, 4)}年第${Number(day(3).slice(5, 7))}次会议`, date: day(3) }, at(3, 16));
  await send(staff, next.caseId, "FILE", { filedOn: day(2), filedWith: "区司法局" }, at(2));
  return id;
}
