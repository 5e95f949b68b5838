/**
 * Reminders, 督办 and forwarding (issue 13 §1, §2): the sweep writes a task and a deadline reminder
 * once, however often it runs; the 所长 sees the office's overdue case and sends a 督办 the holder reads;
 * a street's webhook receives the JSON, retried after a failure, with a delivery log.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { messages, webhookDeliveries } from "../../db/schema";
import { runEvent } from "../../app/cases/engine.server";
import { listMessages, markRead, unreadCount } from "../../app/messages/messages.server";
import { sweep } from "../../app/messages/sweep.server";
import { deliverDue, setWebhook } from "../../app/messages/webhook.server";
import { supervise } from "../../app/workbench/overview.server";
import { openCase, seededWorld } from "./world";
import { builtApp } from "./http";

const w = await seededWorld();
const app = await builtApp();
const guwen = () => w.user("guwen");
const mine = (username: string, kind: string) => w.db.select().from(messages).where(and(eq(messages.userId, w.user(username).id), eq(messages.kind, kind as "task"))).all();

// A legal opinion assigned on 1 September 2026: its 10 working days ran out on 22 September (国庆 aside).
const id = openCase(w);
await runEvent(w.db, { user: w.user("suozhang"), caseId: id, type: "ACCEPT", payload: { assignee: guwen().id }, expectedVersion: 1, at: "2026-09-01T02:00:00Z" });
const NOW = new Date("2026-10-20T02:00:00Z");

describe("the reminder sweep", () => {
  it("tells the adviser of the new task and of the overdue deadline, once however often it runs", async () => {
    const first = await sweep(w.db, NOW);
    expect(first.created).toBeGreaterThan(0);
    expect(mine("guwen", "task").some((m) => m.caseId === id && m.title.includes("起草法律意见书"))).toBe(true);
    expect(mine("guwen", "overdue").filter((m) => m.caseId === id)).toHaveLength(1);
    expect((await sweep(w.db, NOW)).created).toBe(0);
    expect(mine("guwen", "overdue").filter((m) => m.caseId === id)).toHaveLength(1);
  });

  it("tells of a task again when it comes up again, not when the case's rows are written again unchanged", async () => {
    const { writeDerived } = await import("../../app/cases/case-write.server");
    const { loadCalendar } = await import("../../app/calendar.server");
    const { getProcedure } = await import("../../app/procedures");
    const { findVisibleCase } = await import("../../app/cases/queries.server");
    const proc = getProcedure("legal-opinion")!;
    const row = findVisibleCase(w.db, w.user("suozhang"), id)!;
    const drafting = { state: row.state, context: (row.snapshot as { context: any }).context };
    const drafts = () => mine("guwen", "task").filter((m) => m.caseId === id && m.title === "新的待办：起草法律意见书").length;
    expect(drafts()).toBe(1);
    // The same tasks and deadlines written again (a calendar recount): nothing new to tell.
    writeDerived(w.db, proc, row, drafting, loadCalendar(w.db));
    expect((await sweep(w.db, NOW)).created).toBe(0);
    // The draft goes to review and comes back with the same task: a second reminder.
    writeDerived(w.db, proc, row, { ...drafting, state: "reviewing" }, loadCalendar(w.db), drafting);
    writeDerived(w.db, proc, row, drafting, loadCalendar(w.db), { ...drafting, state: "reviewing" });
    await sweep(w.db, NOW);
    expect(drafts()).toBe(2);
  });
});

describe("督办", () => {
  it("shows the 所长 the office's overdue case on the 工作台, and the holder reads the 督办 in the message centre", async () => {
    const page = await (await app.get("/", await app.cookieFor("suozhang"))).text();
    expect(page).toContain("本单位逾期及临期案件");
    expect(page).toMatch(/按承办人[\s\S]*陈律师/);
    const before = unreadCount(w.db, guwen().id);
    expect(supervise(w.db, w.user("suozhang"), id, "请本周内提交意见书草稿", "2026-10-20T03:00:00Z")).toEqual({ ok: true, sent: 1 });
    expect(unreadCount(w.db, guwen().id)).toBe(before + 1);
    const latest = listMessages(w.db, guwen().id, 1).rows[0];
    expect(latest).toMatchObject({ kind: "supervise", from: "王所长", body: "王所长督办：请本周内提交意见书草稿" });
    markRead(w.db, guwen().id, latest.id, "2026-10-20T04:00:00Z");
    expect(unreadCount(w.db, guwen().id)).toBe(before);
    // Not the 所长's post elsewhere: another street's director cannot 督办 this case; staff cannot at all.
    expect(supervise(w.db, w.user("suozhang2"), id, "督办", "2026-10-20T03:00:00Z")).toEqual({ ok: false, error: "案件不存在或不属于本单位" });
    const staff = await app.handle(new Request("http://localhost/?index", { method: "POST", body: new URLSearchParams({ caseId: String(id), note: "督办一下" }), headers: { Cookie: await app.cookieFor("ganshi"), Origin: "http://localhost", Host: "localhost" } }), { clientIp: "198.18.3.1" });
    expect(staff.status).toBe(403);
  });

  it("gives the district an overview of every street", async () => {
    const page = await (await app.get("/", await app.cookieFor("jiandu"))).text();
    expect(page).toContain("全区概况");
    expect(page).toContain("彭浦新村街道");
    expect(page).toContain("临汾路街道");
  });
});

describe("forwarding to an office's own system", () => {
  it("posts the message as JSON, retries after a failure, and logs both attempts", async () => {
    const received: { body: unknown; type: string | undefined }[] = [];
    let fail = true;
    const server = createServer((req: IncomingMessage, res) => {
      let raw = "";
      req.on("data", (c) => (raw += c));
      req.on("end", () => {
        received.push({ body: JSON.parse(raw), type: req.headers["content-type"] });
        res.statusCode = fail ? 500 : 200;
        fail = false;
        res.end("ok");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    try {
      setWebhook(w.db, w.user("admin").id, w.user("suozhang").organisationId, url);
      expect(supervise(w.db, w.user("suozhang"), id, "再次督办", "2026-10-21T03:00:00Z")).toMatchObject({ ok: true });
      const t0 = new Date("2026-10-21T03:00:01Z");
      expect(await deliverDue(w.db, t0, "https://sifasuo.example")).toEqual({ attempted: 1, delivered: 0 });
      const pending = w.db.select().from(webhookDeliveries).all().at(-1)!;
      expect(pending).toMatchObject({ status: "pending", attempts: 1, lastError: "HTTP 500", nextAttemptAt: "2026-10-21T03:01:01.000Z" });
      expect(await deliverDue(w.db, t0, "https://sifasuo.example")).toEqual({ attempted: 0, delivered: 0 });
      expect(await deliverDue(w.db, new Date("2026-10-21T03:01:02Z"), "https://sifasuo.example")).toEqual({ attempted: 1, delivered: 1 });
      expect(w.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, pending.id)).get()).toMatchObject({ status: "delivered", attempts: 2 });
      expect(received).toHaveLength(2);
      expect(received[1].type).toBe("application/json; charset=utf-8");
      expect(received[1].body).toMatchObject({ type: "sifasuo.message", kind: "supervise", title: expect.stringContaining("督办"), recipient: { name: "陈律师", username: "guwen" }, office: { name: "彭浦新村街道" }, case: { id, url: `https://sifasuo.example/cases/${id}` } });
      const log = await (await app.get("/admin/webhook", await app.cookieFor("admin"))).text();
      expect(log).toContain("已送达");
    } finally {
      server.close();
      setWebhook(w.db, w.user("admin").id, w.user("suozhang").organisationId, "");
    }
  });
});

describe("forwarding, as robots answer", () => {
  it("counts a 200 with a non-zero errcode as a failure, and stops what waited for an address that was cleared", async () => {
    const server = createServer((_req, res) => { res.setHeader("Content-Type", "application/json"); res.end('{"errcode":310000,"errmsg":"keywords not in content"}'); });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/robot`;
    try {
      setWebhook(w.db, w.user("admin").id, w.user("suozhang").organisationId, url);
      supervise(w.db, w.user("suozhang"), id, "第三次督办", "2026-10-22T03:00:00Z");
      await deliverDue(w.db, new Date("2026-10-22T03:00:01Z"), "https://sifasuo.example");
      const d = w.db.select().from(webhookDeliveries).all().at(-1)!;
      expect(d).toMatchObject({ status: "pending", attempts: 1, lastError: "errcode 310000" });
      setWebhook(w.db, w.user("admin").id, w.user("suozhang").organisationId, "");
      expect(w.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, d.id)).get()).toMatchObject({ status: "failed", lastError: "转发地址已更改" });
    } finally {
      server.close();
    }
  });
});
