/**
 * npm run bench:decisions — the public portal's major-decision pages at scale: the demo street's
 * catalogue and decisions run through the engine, then the published decision and the open call
 * copied until the decision cases hold BENCH_DECISION_EVENTS events (default 100,000), half of them
 * published, half open for comment. Prints the server time of /gongshi/juece (catalogue and
 * published decisions), /gongshi/zhengqiu (open calls), the open data, and a comment's submission.
 * Needs `npm run build` first (npm run bench:decisions does it).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

process.env.DATA_DIR ??= mkdtempSync(join(tmpdir(), "sifasuo-bench-dec-"));
process.env.NODE_ENV = "production";
const TARGET = Number(process.env.BENCH_DECISION_EVENTS ?? 100_000);

const { db } = await import("../app/db.server");
const { seedOfficialCalendar } = await import("../app/calendar.server");
const { seedDemo } = await import("../app/seed.server");
const { procedureModule } = await import("../app/procedures");
const { submitComment } = await import("../app/procedures/major-decision/comments.server");
const { createRequestHandler } = await import("@remix-run/node");

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x: number) => `${x.toFixed(2)} ms`;
const sql = db().$client;

seedOfficialCalendar(db());
await seedDemo(db());
await procedureModule("decision-catalogue")!.server.seedDemo!(db());
await procedureModule("major-decision")!.server.seedDemo!(db());
const pick = (state: string) => sql.prepare("SELECT id FROM cases WHERE procedure = 'major-decision' AND state = ? ORDER BY id LIMIT 1").get(state) as { id: number };
const published = pick("executing").id;
const open = pick("commenting").id;
const eventsOf = (id: number) => (sql.prepare("SELECT count(*) AS n FROM case_events WHERE case_id = ?").get(id) as { n: number }).n;
const perPair = eventsOf(published) + eventsOf(open);
const copies = Math.ceil(TARGET / perPair);

// Copies of the two cases (same snapshot, new number) with their events, in one transaction.
let t = performance.now();
const cloneCase = sql.prepare(
  "INSERT INTO cases (office_id, procedure, machine_version, number, title, state, snapshot, input, version, priority, badge, created_by, created_at, updated_at, closed_at) SELECT office_id, procedure, machine_version, number || '-' || ?, title, state, snapshot, input, version, priority, badge, created_by, created_at, updated_at, closed_at FROM cases WHERE id = ?",
);
const cloneEvents = sql.prepare("INSERT INTO case_events (case_id, seq, type, payload, actor_id, actor, at, recorded_at) SELECT ?, seq, type, payload, actor_id, actor, at, recorded_at FROM case_events WHERE case_id = ?");
const cloneComments = sql.prepare("INSERT INTO public_comments (case_id, received_at, text, sender_hash) SELECT ?, received_at, text, sender_hash FROM public_comments WHERE case_id = ?");
sql.transaction(() => {
  for (let k = 1; k <= copies; k++) {
    for (const id of [published, open]) {
      const copy = Number(cloneCase.run(`b${k}`, id).lastInsertRowid);
      cloneEvents.run(copy, id);
      cloneComments.run(copy, id);
    }
  }
})();
const count = (q: string) => (sql.prepare(q).get() as { n: number }).n;
console.log(`数据规模: ${count("SELECT count(*) AS n FROM cases WHERE procedure = 'major-decision'").toLocaleString()} 件重大行政决策, ${count("SELECT count(*) AS n FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.procedure = 'major-decision'").toLocaleString()} 条事件, ${count("SELECT count(*) AS n FROM public_comments").toLocaleString()} 条公众意见 (装载 ${((performance.now() - t) / 1000).toFixed(1)} s)`);

const build = await import("../build/index.js");
const handle = createRequestHandler(build as any, "production");
async function timePage(path: string, runs = 30) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    const res = await handle(new Request(`http://localhost${path}`), { clientIp: "127.0.0.1" });
    bytes = (await res.arrayBuffer()).byteLength;
    times.push(performance.now() - s);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  }
  console.log(`${path}: p50 ${ms(pct(times, 50))}, p99 ${ms(pct(times, 99))}, ${(bytes / 1024).toFixed(0)} KB`);
}
await timePage("/gongshi/juece");
await timePage("/gongshi/zhengqiu");
await timePage("/gongshi/juece.json", 10);

t = performance.now();
const times: number[] = [];
for (let i = 0; i < 200; i++) {
  const s = performance.now();
  const r = submitComment(db(), open, `基准测试意见第${i}条，请考虑。`, `192.0.2.${i % 250}`);
  times.push(performance.now() - s);
  if (!r.ok) throw new Error(r.message);
}
console.log(`提交公众意见: p50 ${ms(pct(times, 50))}, p99 ${ms(pct(times, 99))}`);
