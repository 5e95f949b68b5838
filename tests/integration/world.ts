/** A seeded database for integration tests: demo offices and users, the official calendar. */
import { eq } from "drizzle-orm";
import { users } from "../../db/schema";
import { db } from "../../app/db.server";
import { seedOfficialCalendar } from "../../app/calendar.server";
import { seedDemo } from "../../app/seed.server";
import { loadUser, type SessionUser } from "../../app/auth/users.server";
import { createCase } from "../../app/cases/create-case.server";
import { runEvent } from "../../app/cases/engine.server";
import { findVisibleCase } from "../../app/cases/queries.server";

export async function seededWorld() {
  seedOfficialCalendar(db());
  await seedDemo(db());
  const user = (username: string): SessionUser => {
    const row = db().select().from(users).where(eq(users.username, username)).get();
    if (!row) throw new Error(`no demo user ${username}`);
    return loadUser(db(), row.id)!;
  };
  return { db: db(), user };
}

export const REQUEST = {
  matterType: "contract",
  subject: "加装电梯代建合同审查",
  requestingUnit: "街道管理办",
  background: "街道拟与某建设公司签订加装电梯代建合同，涉及邻里纠纷协调。",
  questions: "违约责任条款是否有效?",
};

export const DRAFT = {
  facts: "街道拟签订代建合同。",
  questions: "违约责任条款是否有效。",
  analysis: "约定的违约金过分高于造成的损失的，人民法院可以根据当事人的请求予以适当减少。",
  conclusion: "建议将违约金调整为不超过损失的百分之三十。",
  bases: "《中华人民共和国民法典》第五百八十五条\n《中华人民共和国民法典》第五百零九条",
};

/** Drive a case to a state, asserting each step applied. */
export async function advance(w: Awaited<ReturnType<typeof seededWorld>>, caseId: number, steps: [string, string, Record<string, unknown>][]) {
  for (const [username, type, payload] of steps) {
    const row = findVisibleCase(w.db, w.user(username), caseId)!;
    const r = await runEvent(w.db, { user: w.user(username), caseId, type, payload, expectedVersion: row.version });
    if (r.status !== 200) throw new Error(`${type} by ${username}: ${JSON.stringify(r)}`);
  }
}

export function openCase(w: Awaited<ReturnType<typeof seededWorld>>, username = "ganshi", data: Record<string, unknown> = REQUEST) {
  const r = createCase(w.db, w.user(username), "legal-opinion", data);
  if (r.status !== 201) throw new Error(JSON.stringify(r));
  return r.caseId;
}

export const toIssued = (w: Awaited<ReturnType<typeof seededWorld>>): [string, string, Record<string, unknown>][] => [
  ["suozhang", "ACCEPT", { assignee: w.user("guwen").id }],
  ["guwen", "SUBMIT_DRAFT", DRAFT],
  ["suozhang", "APPROVE", {}],
  ["suozhang", "ISSUE", {}],
];
