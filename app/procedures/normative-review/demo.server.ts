/**
 * Demo legality reviews, run through the real engine with past instants: a normative document
 * reviewed with a 补正 and issued as 修改后合法, and a contract waiting for its reviewer.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { users } from "../../../db/schema";
import { loadUser, type SessionUser } from "../../auth/users.server";
import { createCase } from "../../cases/create-case.server";
import { runEvent } from "../../cases/engine.server";
import { findVisibleCase } from "../../cases/queries.server";
import { attachFile } from "../../files/attach.server";

/** A one-page PDF standing in for a draft. */
const pdf = (title: string) => new TextEncoder().encode(`%PDF-1.4\n% ${title}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

export async function seedNormativeReviewDemo(db: Db, now = new Date()): Promise<number[]> {
  const user = (username: string): SessionUser => loadUser(db, db.select().from(users).where(eq(users.username, username)).get()!.id)!;
  const [staff, director, adviser] = ["ganshi", "suozhang", "guwen"].map(user);
  const at = (daysAgo: number, hour = 10) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysAgo, hour - 8)).toISOString();
  const day = (daysAgo: number) => at(daysAgo).slice(0, 10);
  const send = async (who: SessionUser, id: number, type: string, payload: Record<string, unknown>, when: string) => {
    const row = findVisibleCase(db, who, id)!;
    const r = await runEvent(db, { user: who, caseId: id, type, payload, expectedVersion: row.version, at: when });
    if (r.status !== 200) throw new Error(`demo ${type}: ${JSON.stringify(r)}`);
  };
  const register = (data: Record<string, unknown>, when: string) => {
    const r = createCase(db, staff, "normative-review", data, when);
    if (r.status !== 201) throw new Error(`demo review: ${JSON.stringify(r)}`);
    return r.caseId;
  };
  const upload = (id: number, name: string, kind = "送审稿") => {
    const f = attachFile(db, staff, id, name, pdf(name), kind);
    if (!f.ok) throw new Error(`demo upload: ${name}`);
    return f.fileId;
  };

  // 1. A normative document: 补正 asked and supplied, found lawful after changes, signed off, issued.
  const normative = register({
    documentType: "normative",
    title: "彭浦新村街道老旧小区加装电梯补贴实施办法",
    requestingUnit: "街道社区管理办公室",
    explanation: "为推进既有多层住宅加装电梯，拟对符合条件的小区给予补贴。依据《上海市既有多层住宅加装电梯管理办法》制定。",
    wantedBy: day(5),
  }, at(20));
  await send(staff, normative, "SUBMIT_DRAFT", { draft: upload(normative, "加装电梯补贴实施办法（送审稿）.pdf"), note: "附起草说明" }, at(20, 11));
  await send(director, normative, "ACCEPT", { reviewer: adviser.id }, at(19));
  await send(adviser, normative, "REQUEST_CORRECTION", { items: "制定依据文本及征求意见情况说明" }, at(18));
  await send(staff, normative, "SUPPLY_CORRECTION", { note: "已补充制定依据及居民征求意见汇总", files: [upload(normative, "征求意见情况说明.pdf", "征求意见材料")] }, at(16));
  await send(adviser, normative, "SUBMIT_OPINION", {
    conclusion: "lawful_after_changes",
    problems: ["第十二条对未按期完工的业主处以罚款，街道无权在规范性文件中设定罚款——《中华人民共和国行政处罚法》第十六条"],
    reasoning: "制定主体、程序符合规定；补贴条件和标准明确。第十二条设定罚款，超出规范性文件的权限。",
    suggestions: "删除第十二条关于罚款的规定，改为取消补贴资格。",
  }, at(14));
  await send(director, normative, "APPROVE", { comments: "同意" }, at(13));
  await send(staff, normative, "ISSUE", {}, at(13, 14));

  // 2. A contract waiting for the reviewer's opinion (陈律师's 工作台 task).
  const contract = register({
    documentType: "contract",
    title: "彭浦新村街道社区食堂委托运营合同",
    requestingUnit: "街道自治办",
    counterparty: "上海某某餐饮管理有限公司",
    explanation: "街道拟委托专业公司运营社区长者食堂，合同期三年。",
    wantedBy: day(-10),
  }, at(3));
  await send(staff, contract, "SUBMIT_DRAFT", { draft: upload(contract, "社区食堂委托运营合同（送审稿）.pdf") }, at(3, 11));
  await send(director, contract, "ACCEPT", { reviewer: adviser.id }, at(2));
  return [normative, contract];
}
