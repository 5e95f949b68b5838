/**
 * npm run bench:enforcement — the enforcement figures: BENCH_ENF_CASES on-the-spot cases (default 2,000)
 * run through the engine to publication (each 当场决定书 generated and numbered), then the public
 * portal's pages and open data over those publications, and one BENCH_UPLOAD_MB video (default 300)
 * streamed to a running server's upload route, with that server process's peak memory.
 * Needs `npm run build` first (npm run bench:enforcement does it). Figures go in the README.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

process.env.DATA_DIR ??= mkdtempSync(join(tmpdir(), "sifasuo-bench-enf-"));
process.env.NODE_ENV = "production";
const CASES = Number(process.env.BENCH_ENF_CASES ?? 2_000);
const UPLOAD_MB = Number(process.env.BENCH_UPLOAD_MB ?? 300);
process.env.MAX_UPLOAD_MB ??= String(UPLOAD_MB + 10);

const { db } = await import("../app/db.server");
const { seedOfficialCalendar } = await import("../app/calendar.server");
const { seedDemo, DEMO_PASSWORD } = await import("../app/seed.server");
const { loadUser } = await import("../app/auth/users.server");
const { createCase } = await import("../app/cases/create-case.server");
const { runEvent } = await import("../app/cases/engine.server");
const { draftPublicText } = await import("../workflows/enforcement/publication");
const { createRequestHandler } = await import("@remix-run/node");
const { users } = await import("../db/schema");
const { eq } = await import("drizzle-orm");

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x: number) => `${x.toFixed(2)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const user = (username: string) => loadUser(db(), db().select().from(users).where(eq(users.username, username)).get()!.id)!;

seedOfficialCalendar(db());
await seedDemo(db());
const [officer, officer2, head] = ["zhifa", "zhifa2", "lingdao"].map(user);

// 1. On-the-spot cases through the engine: 登记, 当场决定 (numbered .docx), 备案, 公示 (publications row).
const times: Record<string, number[]> = { 登记: [], 当场处罚决定: [], 备案: [], 公示: [] };
const timed = async <T>(label: string, f: () => T | Promise<T>): Promise<T> => {
  const s = performance.now();
  const r = await f();
  times[label].push(performance.now() - s);
  return r;
};
const at = (i: number, minute: number) => new Date(Date.UTC(2026, 9, 12, 1, minute) + i * 60_000).toISOString();
const t0 = performance.now();
for (let i = 0; i < CASES; i++) {
  const registration = { track: "simple", source: "patrol", matter: "waste", partyKind: "person", partyName: `赵小红${i}`, place: `彭浦新村${i % 300}号垃圾厢房`, occurredOn: "2026-10-12", facts: "混合投放生活垃圾,经劝阻拒不改正。" };
  const created = await timed("登记", () => createCase(db(), officer, "enforcement", registration, at(i, 0)));
  if (created.status !== 201) throw new Error(JSON.stringify(created));
  const id = created.caseId;
  const send = async (label: string, who: typeof officer, type: string, payload: Record<string, unknown>, version: number, when: string) => {
    const r = await timed(label, () => runEvent(db(), { user: who, caseId: id, type, payload, expectedVersion: version, at: when }));
    if (r.status !== 200) throw new Error(`${type}: ${JSON.stringify(r)}`);
    return r;
  };
  await send("当场处罚决定", officer, "DECIDE_ON_SPOT", { officers: [officer.id, officer2.id], penalty: "fine", fine: 100, date: "2026-10-12", time: "10:00", reasons: "违反《上海市生活垃圾管理条例》第二十五条", certificateShown: "yes", informed: "yes", signed: "signed" }, 1, at(i, 1));
  await send("备案", head, "FILE_WITH_OFFICE", { note: "同意备案" }, 2, at(i, 2));
  const snapshot = JSON.parse((db().$client.prepare("SELECT snapshot FROM cases WHERE id = ?").get(id) as { snapshot: string }).snapshot);
  await send("公示", officer, "PUBLISH", { text: draftPublicText(snapshot.context, "彭浦新村街道"), confirmed: "yes" }, 3, at(i, 3));
}
const total = (performance.now() - t0) / 1000;
console.log(`当场处罚案件: ${CASES.toLocaleString()} 件走到公示, 共 ${total.toFixed(1)} s (${((CASES * 4) / total).toFixed(0)} 步/秒)`);
for (const [label, xs] of Object.entries(times)) console.log(`  ${label}: p50 ${ms(pct(xs, 50))}, p99 ${ms(pct(xs, 99))}`);

// 2. The public portal through the built Remix handler, without signing in.
const build = await import(join(process.cwd(), "build", "index.js"));
const handle = createRequestHandler(build, "production");
async function timePage(path: string, headers: Record<string, string> = {}, n = 50) {
  const list: number[] = [];
  let size = 0;
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    const res = await handle(new Request(`http://localhost${path}`, { headers }), { clientIp: "127.0.0.1" });
    size = (await res.arrayBuffer()).byteLength;
    list.push(performance.now() - s);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  }
  return `p50 ${ms(pct(list, 50))}, p95 ${ms(pct(list, 95))} (${(size / 1024).toFixed(0)} KB)`;
}
const published = (db().$client.prepare("SELECT count(*) AS n FROM publications").get() as { n: number }).n;
console.log(`公示门户 (${published.toLocaleString()} 条公示):`);
console.log(`  决定公示列表 /gongshi/jueding: ${await timePage("/gongshi/jueding")}`);
console.log(`  关键词查询 /gongshi/jueding?q=垃圾: ${await timePage(`/gongshi/jueding?q=${encodeURIComponent("垃圾")}`)}`);
console.log(`  开放数据 /gongshi/data.json: ${await timePage("/gongshi/data.json", {}, 10)}`);
console.log(`  开放数据 /gongshi/data.csv: ${await timePage("/gongshi/data.csv", {}, 10)}`);
console.log(`  统计 /gongshi/tongji: ${await timePage("/gongshi/tongji", {}, 20)}`);

// 3. One large video through the upload route of the real server (its own process), as the phone page
// sends it; the server's resident memory is read from /proc before and at its peak after.
const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env: { ...process.env, PORT: "0", SEED_DEMO: "0" }, stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise<string>((resolve, reject) => {
  let log = "";
  server.stdout!.on("data", (b: Buffer) => {
    log += b.toString();
    const m = /已启动: (http:\/\/localhost:\d+)\s/.exec(log);
    if (m) resolve(m[1]);
  });
  server.on("exit", (code) => reject(new Error(`server exited ${code}: ${log}`)));
});
const memory = (field: "VmRSS" | "VmHWM") => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))![1]) * 1024;
const login = await fetch(`${url}/login`, { method: "POST", body: new URLSearchParams({ username: "zhifa", password: DEMO_PASSWORD }), redirect: "manual" });
const cookie = login.headers.get("Set-Cookie")!.split(";")[0];
const caseId = (db().$client.prepare("SELECT max(id) AS id FROM cases").get() as { id: number }).id;
const boundary = "----sifasuo-bench";
const encoder = new TextEncoder();
const preamble = encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n证据材料\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="全程录像.mp4"\r\nContent-Type: video/mp4\r\n\r\n`);
const mp4 = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 0, 0, 0x69, 0x73, 0x6f, 0x6d, 0x6d, 0x70, 0x34, 0x31]);
const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
const chunk = new Uint8Array(1024 * 1024).map((_, i) => (i * 31) & 0xff);
let sent = 0;
const body = new ReadableStream<Uint8Array>({
  start(controller) {
    controller.enqueue(preamble);
    controller.enqueue(mp4);
  },
  pull(controller) {
    if (sent >= UPLOAD_MB) {
      controller.enqueue(tail);
      controller.close();
      return;
    }
    controller.enqueue(chunk.slice());
    sent++;
  },
});
const rssBefore = memory("VmRSS");
const s = performance.now();
const res = await fetch(`${url}/cases/${caseId}/files`, { method: "POST", body, headers: { Cookie: cookie, Accept: "application/json", "Content-Type": `multipart/form-data; boundary=${boundary}` }, duplex: "half" } as RequestInit);
const answer = (await res.json()) as { ok: boolean; message?: string };
const seconds = (performance.now() - s) / 1000;
const peak = memory("VmHWM");
server.kill();
if (!answer.ok) throw new Error(`upload: ${answer.message}`);
console.log(`上传 ${UPLOAD_MB} MB 录像到服务器 (流式写盘并计算SHA-256): ${seconds.toFixed(1)} s, ${(UPLOAD_MB / seconds).toFixed(0)} MB/s; 服务器进程内存 ${mb(rssBefore)} → 峰值 ${mb(peak)} (增加 ${mb(peak - rssBefore)})`);
console.log(`数据目录: ${process.env.DATA_DIR}`);
