/**
 * npm run bench — builds a database of BENCH_CASES cases (default 100,000) with 10 events each
 * (1,000,000 events), then prints: engine events/s with p50/p99 against plain SQLite writes of the
 * same rows, .docx generation time, server time of the 工作台 and case list, and a two-character
 * Chinese search. Needs `npm run build` first (npm run bench does it). Figures go in the README.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

process.env.DATA_DIR ??= mkdtempSync(join(tmpdir(), "sifasuo-bench-"));
process.env.NODE_ENV = "production";
const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const ENGINE_CASES = Number(process.env.BENCH_ENGINE_CASES ?? 1_000);

const { db } = await import("../app/db.server");
const { seedOfficialCalendar } = await import("../app/calendar.server");
const { seedDemo, DEMO_PASSWORD } = await import("../app/seed.server");
const { loadUser, toActor } = await import("../app/auth/users.server");
const { createCase } = await import("../app/cases/create-case.server");
const { runEvent } = await import("../app/cases/engine.server");
const { listCases } = await import("../app/cases/queries.server");
const { TEMPLATES } = await import("../app/procedures");
const { bulkLoad } = await import("./seed-bulk");
const { createRequestHandler } = await import("@remix-run/node");
const { users } = await import("../db/schema");
const { eq } = await import("drizzle-orm");

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x: number) => `${x.toFixed(2)} ms`;
const user = (username: string) => loadUser(db(), db().select().from(users).where(eq(users.username, username)).get()!.id)!;

seedOfficialCalendar(db());
await seedDemo(db());
const [director, adviser, staff, director2, adviser2, staff2] = ["suozhang", "guwen", "ganshi", "suozhang2", "guwen2", "ganshi2"].map(user);
let t = performance.now();
bulkLoad(db(), { officeIds: [staff.organisationId, staff2.organisationId], director: [toActor(director), toActor(director2)], adviser: [toActor(adviser), toActor(adviser2)], staff: [toActor(staff), toActor(staff2)] }, CASES);
const count = (table: string) => (db().$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
console.log(`数据规模: ${count("cases").toLocaleString()} 件案件, ${count("case_events").toLocaleString()} 条事件 (装载 ${((performance.now() - t) / 1000).toFixed(1)} s)`);

// 1. Events through the engine: permission, restore, guards, snapshot, event log, deadlines, tasks, search, audit.
const REQUEST = { matterType: "contract", subject: "基准测试邻里纠纷事项", requestingUnit: "街道管理办", background: "背景", questions: "问题" };
const DRAFT = { facts: "事实", questions: "问题", analysis: "分析", conclusion: "意见", bases: ["《中华人民共和国民法典》第五百零九条"] };
const ids = Array.from({ length: ENGINE_CASES }, () => (createCase(db(), staff, "legal-opinion", REQUEST) as { caseId: number }).caseId);
const steps: [typeof director, string, Record<string, unknown>][] = [[director, "ACCEPT", { assignee: adviser.id }], [adviser, "SUBMIT_DRAFT", DRAFT], [director, "RETURN", { comments: "改" }], [adviser, "SUBMIT_DRAFT", DRAFT], [director, "APPROVE", {}]];
const engineTimes: number[] = [];
t = performance.now();
for (const [i, [actor, type, payload]] of steps.entries()) {
  for (const caseId of ids) {
    const s = performance.now();
    const r = await runEvent(db(), { user: actor, caseId, type, payload, expectedVersion: i + 1 });
    engineTimes.push(performance.now() - s);
    if (r.status !== 200) throw new Error(JSON.stringify(r));
  }
}
const engineRate = engineTimes.length / ((performance.now() - t) / 1000);

// 2. The same rows written with plain prepared statements, one transaction per event, on cases of their own.
const rawIds = Array.from({ length: ENGINE_CASES }, () => (createCase(db(), staff, "legal-opinion", REQUEST) as { caseId: number }).caseId);
const c = db().$client;
const sample = c.prepare("SELECT snapshot, input FROM cases WHERE id = ?").get(ids[0]) as { snapshot: string; input: string };
const raw = {
  upd: c.prepare("UPDATE cases SET snapshot = ?, state = 'drafting', version = version + 1, updated_at = ? WHERE id = ?"),
  ev: c.prepare("INSERT INTO case_events (case_id, seq, type, payload, actor_id, actor, at, recorded_at) VALUES (?, ?, 'RAW', ?, 1, '{}', ?, ?)"),
  delD: c.prepare("DELETE FROM deadlines WHERE case_id = ?"),
  insD: c.prepare("INSERT INTO deadlines (case_id, key, label, rule, legal_basis, start, due, explanation, provisional, status) VALUES (?, 'issue', 'l', 'r', 'b', '2026-01-01', '2026-01-15', 'e', 0, 'open')"),
  delT: c.prepare("DELETE FROM case_tasks WHERE case_id = ?"),
  insT: c.prepare("INSERT INTO case_tasks (case_id, office_id, role, user_id, label) VALUES (?, ?, 'judicial_director', NULL, 'l')"),
  delS: c.prepare("DELETE FROM case_search WHERE rowid = ?"),
  insS: c.prepare("INSERT INTO case_search (rowid, content) VALUES (?, ?)"),
  audit: c.prepare("INSERT INTO audit_log (at, actor_id, action, case_id, detail, prev_hash, hash) VALUES (?, 1, 'raw', ?, '{}', ?, ?)"),
};
const rawTimes: number[] = [];
const rawTx = c.transaction((caseId: number, seq: number) => {
  const now = new Date().toISOString();
  raw.upd.run(sample.snapshot, now, caseId);
  raw.ev.run(caseId, 1000 + seq, sample.input, now, now);
  raw.delD.run(caseId); raw.insD.run(caseId);
  raw.delT.run(caseId); raw.insT.run(caseId, staff.organisationId);
  raw.delS.run(caseId); raw.insS.run(caseId, "基准 测试 邻里 纠纷");
  raw.audit.run(now, caseId, "0".repeat(64), "0".repeat(64));
});
t = performance.now();
for (let seq = 0; seq < steps.length; seq++) for (const caseId of rawIds) {
  const s = performance.now();
  rawTx.immediate(caseId, seq);
  rawTimes.push(performance.now() - s);
}
const rawRate = rawTimes.length / ((performance.now() - t) / 1000);
console.log(`引擎办理事项: ${engineRate.toFixed(0)} 件/秒, p50 ${ms(pct(engineTimes, 50))}, p99 ${ms(pct(engineTimes, 99))} (${engineTimes.length} 次)`);
console.log(`同等行数的原生SQLite写入: ${rawRate.toFixed(0)} 次/秒, p50 ${ms(pct(rawTimes, 50))}, p99 ${ms(pct(rawTimes, 99))}`);
console.log(`引擎/原生 比值: ${((engineRate / rawRate) * 100).toFixed(0)}%`);

// 3. .docx generation.
const ctx = (c.prepare("SELECT snapshot FROM cases WHERE id = ?").get(ids[0]) as { snapshot: string }).snapshot;
const docTimes: number[] = [];
for (let i = 0; i < 30; i++) {
  const s = performance.now();
  await TEMPLATES["legal-opinion"].build({ context: JSON.parse(ctx).context, caseNumber: "x", caseTitle: "x", number: `彭司法意〔2026〕${i + 1}号`, at: new Date().toISOString(), officeName: "彭浦新村街道", actorName: "王所长", files: [] });
  docTimes.push(performance.now() - s);
}
console.log(`法律意见书 .docx 生成: 平均 ${ms(docTimes.reduce((a, b) => a + b) / docTimes.length)}, p95 ${ms(pct(docTimes, 95))}`);

// 4. Server time of pages, through the built Remix handler with a signed-in director.
const build = await import(join(process.cwd(), "build", "index.js"));
const handle = createRequestHandler(build, "production");
const login = await handle(new Request("http://localhost/login", { method: "POST", body: new URLSearchParams({ username: "suozhang", password: DEMO_PASSWORD }) }), { clientIp: "127.0.0.1" });
const cookie = login.headers.get("Set-Cookie")!.split(";")[0];
async function timePage(path: string, n = 100) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    const res = await handle(new Request(`http://localhost${path}`, { headers: { Cookie: cookie } }), { clientIp: "127.0.0.1" });
    await res.text();
    times.push(performance.now() - s);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  }
  return `p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}`;
}
console.log(`工作台 (/) 服务端耗时: ${await timePage("/")}`);
console.log(`案件列表 (/cases) 服务端耗时: ${await timePage("/cases")}`);
console.log(`两字中文搜索页 (/cases?q=纠纷) 服务端耗时: ${await timePage(`/cases?q=${encodeURIComponent("纠纷")}`)}`);
const searchTimes: number[] = [];
let hits = 0;
for (let i = 0; i < 100; i++) {
  const s = performance.now();
  hits = listCases(db(), director, { q: "纠纷" }).total;
  searchTimes.push(performance.now() - s);
}
console.log(`两字中文搜索查询 "纠纷" (${hits.toLocaleString()} 件命中): p50 ${ms(pct(searchTimes, 50))}, p95 ${ms(pct(searchTimes, 95))}`);
console.log(`数据目录: ${process.env.DATA_DIR}`);
