/**
 * Demo data: a district with two street offices and their residents' committees, and one
 * account per role. Only when demo seeding is on (npm start's default; off in production).
 */
import { eq } from "drizzle-orm";
import type { Db } from "../db/connection";
import { adviserAssessments, advisers, organisations, userRoles, users } from "../db/schema";
import { ROLES, type Role } from "../workflows/roles";
import { appendAudit } from "./audit/audit.server";
import { hashPassword } from "./auth/password.server";

export const DEMO_PASSWORD = "Demo2026";

// Demo certificates stay valid however late the demo is first started.
const thisYear = new Date().getFullYear();
const VALID_TO = `${Math.max(2028, thisYear + 2)}-12-31`;
const VALID_TO_2 = `${Math.max(2029, thisYear + 3)}-06-30`;

interface DemoUser {
  username: string;
  displayName: string;
  org: string;
  roles: Role[];
  officerCertNo?: string;
  officerCertValidUntil?: string;
  legalQualificationNo?: string;
}

export const DEMO_USERS: DemoUser[] = [
  { username: "admin", displayName: "系统管理员", org: "district", roles: ["admin"] },
  { username: "jiandu", displayName: "周监督", org: "district", roles: ["district_supervisor"] },
  { username: "lingdao", displayName: "孙主任", org: "pengpu", roles: ["street_leader"] },
  // A second head: enforcement decisions are discussed by the agency's heads together (APL 57).
  { username: "lingdao2", displayName: "冯副主任", org: "pengpu", roles: ["street_leader"] },
  { username: "suozhang", displayName: "王所长", org: "pengpu", roles: ["judicial_director"] },
  { username: "ganshi", displayName: "李干事", org: "pengpu", roles: ["judicial_staff"] },
  { username: "tiaojie", displayName: "张调解员", org: "pengpu-1", roles: ["mediator"] },
  { username: "qutiaojie", displayName: "郑调解员", org: "district", roles: ["mediator"] },
  { username: "zhifa", displayName: "刘队员", org: "pengpu", roles: ["enforcement_officer"], officerCertNo: "31060120001", officerCertValidUntil: VALID_TO },
  { username: "zhifa2", displayName: "马队员", org: "pengpu", roles: ["enforcement_officer"], officerCertNo: "31060120002", officerCertValidUntil: VALID_TO_2 },
  // An officer whose certificate lapsed: the system refuses to count them as one of the two officers.
  { username: "zhifa3", displayName: "高队员", org: "pengpu", roles: ["enforcement_officer"], officerCertNo: "31060120003", officerCertValidUntil: "2025-12-31" },
  { username: "shenhe", displayName: "何审核", org: "pengpu", roles: ["legal_reviewer"], legalQualificationNo: "A20183101060001" },
  { username: "guwen", displayName: "陈律师", org: "pengpu", roles: ["legal_adviser"], legalQualificationNo: "A20153101060123" },
  { username: "suozhang2", displayName: "赵所长", org: "linfen", roles: ["judicial_director"] },
  { username: "ganshi2", displayName: "钱干事", org: "linfen", roles: ["judicial_staff"] },
  { username: "guwen2", displayName: "吴律师", org: "linfen", roles: ["legal_adviser"], legalQualificationNo: "A20163101060456" },
];

export async function seedDemo(db: Db): Promise<boolean> {
  if (db.select().from(organisations).limit(1).get()) return false;
  const hashes = new Map<string, string>();
  for (const u of DEMO_USERS) hashes.set(u.username, await hashPassword(DEMO_PASSWORD));
  db.transaction((tx) => {
    const org = (kind: "district" | "street" | "committee", name: string, docCode: string, parentId: number | null) =>
      tx.insert(organisations).values({ kind, name, docCode, parentId }).returning({ id: organisations.id }).get().id;
    const district = org("district", "静安区（演示）", "静司", null);
    const pengpu = org("street", "彭浦新村街道", "彭司", district);
    const linfen = org("street", "临汾路街道", "临司", district);
    const ids: Record<string, number> = {
      district,
      pengpu,
      linfen,
      "pengpu-1": org("committee", "彭浦新村街道第一居民委员会", "彭一居", pengpu),
      "pengpu-2": org("committee", "彭浦新村街道第二居民委员会", "彭二居", pengpu),
      "linfen-1": org("committee", "临汾路街道第一居民委员会", "临一居", linfen),
    };
    for (const u of DEMO_USERS) {
      const { roles, org: orgKey, ...fields } = u;
      const id = tx
        .insert(users)
        .values({ ...fields, organisationId: ids[orgKey], passwordHash: hashes.get(u.username)! })
        .returning({ id: users.id })
        .get().id;
      for (const role of roles) tx.insert(userRoles).values({ userId: id, role }).run();
    }
    seedRoster(tx as unknown as Db, ids);
    appendAudit(db, { actorId: null, action: "seed.demo", detail: { users: DEMO_USERS.length } });
  });
  return true;
}

/**
 * The demo roster (RULES.md §5): 陈律师, retained for 彭浦新村 and its first committee, with a declared
 * conflict; 吴律师, 临汾路's 公职律师. Terms run from 2025 to the end of the year after next.
 */
function seedRoster(db: Db, ids: Record<string, number>) {
  const id = (username: string) => db.select({ id: users.id }).from(users).where(eq(users.username, username)).get()!.id;
  const termTo = `${new Date().getUTCFullYear() + 2}-12-31`;
  const at = new Date().toISOString();
  db.insert(advisers).values([
    { userId: id("guwen"), officeId: ids.pengpu, kind: "retained", firm: "上海市某某律师事务所", licenceNo: "13101201510123456", termFrom: "2025-01-01", termTo, committeeId: ids["pengpu-1"], conflicts: "上海某某物业管理有限公司", updatedBy: id("suozhang"), updatedAt: at },
    { userId: id("guwen2"), officeId: ids.linfen, kind: "public", firm: "临汾路街道办事处", licenceNo: "13101201610456789", termFrom: "2025-01-01", termTo, committeeId: null, conflicts: "", updatedBy: id("suozhang2"), updatedAt: at },
  ]).run();
  db.insert(adviserAssessments).values({ userId: id("guwen"), year: 2025, result: "competent", note: "按时出具法律意见书，意见引用条文准确。", assessedBy: id("suozhang"), assessedAt: at }).run();
}

export function demoAccountsText(db: Db): string {
  const lines = DEMO_USERS.filter((u) => db.select().from(users).where(eq(users.username, u.username)).get()).map(
    (u) => `  ${u.username.padEnd(10)} ${u.displayName}（${u.roles.map((r) => ROLES[r]).join("、")}）`,
  );
  return `演示账号（密码均为 ${DEMO_PASSWORD}）：\n${lines.join("\n")}`;
}
