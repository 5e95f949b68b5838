import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import JSZip from "jszip";
import { DEMO_PASSWORD } from "../../app/seed.server";
import { DRAFT, REQUEST, seededWorld } from "./world";

const w = await seededWorld();
// The built app (npm test builds first), served in-process on the same SQLite file.
const build = (await import("../../build/index.js")) as unknown as ServerBuild;
const handle = createRequestHandler(build, "production");
const BASE = "http://localhost";

async function call(method: string, path: string, body?: unknown, token?: string) {
  const res = await handle(
    new Request(BASE + path, {
      method,
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { clientIp: "203.0.113.7" },
  );
  const type = res.headers.get("Content-Type") ?? "";
  return { status: res.status, json: type.includes("json") ? await res.json() : null, res };
}

async function token(username: string) {
  const r = await call("POST", "/api/v1/tokens", { username, password: DEMO_PASSWORD });
  expect(r.status).toBe(201);
  return r.json.token as string;
}

const staff = await token("ganshi");
const director = await token("suozhang");
const adviser = await token("guwen");
const otherDirector = await token("suozhang2");

describe("/api/v1", () => {
  it("runs a legal opinion end to end and serves the numbered .docx", async () => {
    const created = await call("POST", "/api/v1/cases", { procedure: "legal-opinion", data: REQUEST }, staff);
    expect(created.status).toBe(201);
    const id = created.json.id;
    let view = (await call("GET", `/api/v1/cases/${id}`, undefined, director)).json;
    expect(view.actions.find((a: { type: string }) => a.type === "ACCEPT")).toMatchObject({ available: true });
    const send = async (t: string, type: string, payload: object) => {
      const r = await call("POST", `/api/v1/cases/${id}/events`, { type, payload, expectedVersion: view.version }, t);
      expect(r.status, JSON.stringify(r.json)).toBe(200);
      view = (await call("GET", `/api/v1/cases/${id}`, undefined, t)).json;
    };
    await send(director, "ACCEPT", { assignee: w.user("guwen").id });
    expect(view.deadlines[0]).toMatchObject({ key: "issue", legalBasis: expect.any(String), explanation: expect.stringContaining("个工作日") });
    await send(adviser, "SUBMIT_DRAFT", { ...DRAFT, bases: DRAFT.bases.split("\n") });
    await send(director, "APPROVE", {});
    await send(director, "ISSUE", {});
    expect(view.state).toBe("issued");
    const docs = (await call("GET", `/api/v1/cases/${id}/documents`, undefined, staff)).json.documents;
    const opinion = docs.find((d: { template: string }) => d.template === "legal-opinion");
    const download = await call("GET", opinion.download, undefined, staff);
    expect(download.res.headers.get("Content-Type")).toContain("wordprocessingml");
    const zip = await JSZip.loadAsync(await download.res.arrayBuffer());
    expect(await zip.file("word/document.xml")!.async("string")).toContain(opinion.number);
    const generated = await call("POST", `/api/v1/cases/${id}/documents`, { template: "legal-opinion-request" }, staff);
    expect(generated.status).toBe(201);
  });

  it("answers each error with JSON, a Chinese message, and the right status", async () => {
    const id = (await call("POST", "/api/v1/cases", { procedure: "legal-opinion", data: REQUEST }, staff)).json.id;
    const invalid = await call("POST", "/api/v1/cases", { procedure: "legal-opinion", data: { ...REQUEST, subject: "" } }, staff);
    expect(invalid).toMatchObject({ status: 400, json: { error: { issues: [{ path: ["subject"], message: "请填写事项名称" }] } } });
    const forbidden = await call("POST", `/api/v1/cases/${id}/events`, { type: "ACCEPT", payload: {}, expectedVersion: 1 }, adviser);
    expect(forbidden.status).toBe(403);
    const hidden = await call("GET", `/api/v1/cases/${id}`, undefined, otherDirector);
    expect(hidden).toMatchObject({ status: 404, json: { error: { message: expect.stringContaining("不存在") } } });
    const refused = await call("POST", `/api/v1/cases/${id}/events`, { type: "ACCEPT", payload: { assignee: w.user("ganshi").id }, expectedVersion: 1 }, director);
    // 干事 is neither an adviser nor on the roster (RULES.md §5).
    expect(refused).toMatchObject({ status: 422, json: { error: { reasons: [{ guard: "assigneeIsAdviser", basis: expect.stringContaining("30号") }, { guard: "adviserInTerm" }] } } });
    const accepted = await call("POST", `/api/v1/cases/${id}/events`, { type: "ACCEPT", payload: { assignee: w.user("guwen").id }, expectedVersion: 1 }, director);
    expect(accepted.status).toBe(200);
    const stale = await call("POST", `/api/v1/cases/${id}/events`, { type: "WITHDRAW", payload: { reason: "x" }, expectedVersion: 1 }, director);
    expect(stale).toMatchObject({ status: 409, json: { error: { currentVersion: 2 } } });
    const noVersion = await call("POST", `/api/v1/cases/${id}/events`, { type: "WITHDRAW", payload: {} }, director);
    expect(noVersion.json.error.issues[0].path).toEqual(["expectedVersion"]);
    expect((await call("GET", "/api/v1/cases")).status).toBe(401);
  });

  it("refuses a revoked token", async () => {
    const r = await call("POST", "/api/v1/tokens", { username: "lingdao", password: DEMO_PASSWORD });
    expect((await call("GET", "/api/v1/cases", undefined, r.json.token)).status).toBe(200);
    expect((await call("DELETE", `/api/v1/tokens/${r.json.id}`, undefined, r.json.token)).status).toBe(204);
    expect((await call("GET", "/api/v1/cases", undefined, r.json.token)).status).toBe(401);
  });

  it("publishes an OpenAPI document generated from the zod schemas", async () => {
    const doc = (await call("GET", "/api/v1/openapi.json")).json;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.schemas["legal-opinion.create"].required).toEqual(expect.arrayContaining(["subject", "matterType"]));
    expect(doc.components.schemas["legal-opinion.ACCEPT"].properties.assignee.type).toBe("integer");
    expect(doc.components.schemas["mediation.RECORD_CONSENT"].properties.party.type).toBe("integer");
    expect(doc.components.schemas["mediation.GRADE_RISK"].properties.factors.type).toBe("array");
    expect(doc.components.schemas["mediation.create"].required).toEqual(expect.arrayContaining(["source", "disputeType"]));
    expect(doc.paths["/api/v1/cases/{id}/events"].post.responses).toHaveProperty("422");
  });
});

describe("pages", () => {
  it("send an unauthenticated visitor to /login and show a Chinese 404", async () => {
    const home = await handle(new Request(`${BASE}/`), {});
    expect(home.status).toBe(302);
    expect(home.headers.get("Location")).toContain("/login");
    const missing = await handle(new Request(`${BASE}/no-such-page`), {});
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("页面或记录不存在");
  });
});

describe("the holiday calendar page", () => {
  async function cookieFor(username: string, password = DEMO_PASSWORD) {
    const res = await handle(new Request(`${BASE}/login`, { method: "POST", body: new URLSearchParams({ username, password }) }), { clientIp: "203.0.113.8" });
    return res.headers.get("Set-Cookie")!.split(";")[0];
  }

  it("opens for the district administrator and is forbidden to a street-level one", async () => {
    const { UserFormSchema } = await import("../../app/admin/user-schema");
    const { saveUser } = await import("../../app/admin/users.server");
    const street = w.user("ganshi").organisationId;
    const made = await saveUser(w.db, w.user("admin"), UserFormSchema.parse({ username: "jiedaoadmin", displayName: "街道管理员", organisationId: String(street), roles: ["admin"], password: "Street2026x" }));
    expect(made.ok).toBe(true);
    const district = await handle(new Request(`${BASE}/admin/calendar`, { headers: { Cookie: await cookieFor("admin") } }), {});
    expect(district.status).toBe(200);
    const local = await handle(new Request(`${BASE}/admin/calendar`, { headers: { Cookie: await cookieFor("jiedaoadmin", "Street2026x") } }), {});
    expect(local.status).toBe(403);
    expect(await local.text()).toContain("区级系统管理员");
  });
});

describe("the mediation report", () => {
  it("counts only the caller's offices, exports CSV, and is refused to roles without it", async () => {
    const { createCase } = await import("../../app/cases/create-case.server");
    createCase(w.db, w.user("tiaojie"), "mediation", { source: "grid", disputeType: "labour", summary: "拖欠工资", claims: "支付工资" });
    const get = async (username: string, path: string) => {
      const res = await handle(new Request(`${BASE}/login`, { method: "POST", body: new URLSearchParams({ username, password: DEMO_PASSWORD }) }), { clientIp: "203.0.113.9" });
      const cookie = res.headers.get("Set-Cookie")!.split(";")[0];
      return handle(new Request(`${BASE}${path}`, { headers: { Cookie: cookie } }), {});
    };
    const own = await get("suozhang", "/reports/mediation.csv");
    expect(own.headers.get("Content-Type")).toContain("text/csv");
    expect(await own.text()).toMatch(/纠纷类型,劳动\/欠薪纠纷,1,0/);
    const other = await (await get("suozhang2", "/reports/mediation.csv")).text();
    expect(other).not.toContain("劳动/欠薪纠纷");
    expect((await get("guwen", "/reports/mediation")).status).toBe(403);
    expect((await get("suozhang", "/reports/mediation?from=2026-12-01&to=2026-01-01")).status).toBe(400);
  });
});

describe("mediation through /api/v1", () => {
  it("opens a case, refuses a bad phone by field path, registers parties and lists the next actions", async () => {
    const mediator = await token("tiaojie");
    const created = await call("POST", "/api/v1/cases", { procedure: "mediation", data: { source: "police", disputeType: "traffic", summary: "电动车剐蹭", claims: "赔偿修理费", referringBody: "彭浦新村派出所", referralNumber: "静公彭调〔2026〕3号", referralDue: "2026-12-31" } }, mediator);
    expect(created).toMatchObject({ status: 201, json: { number: expect.stringMatching(/彭人调字第\d+号$/) } });
    const id = created.json.id;
    const bad = await call("POST", `/api/v1/cases/${id}/events`, { type: "ADD_PARTY", payload: { side: "applicant", kind: "person", name: "周一", phone: "12345" }, expectedVersion: 1 }, mediator);
    expect(bad).toMatchObject({ status: 400, json: { error: { issues: [{ path: ["phone"], message: expect.stringContaining("电话号码") }] } } });
    expect((await call("POST", `/api/v1/cases/${id}/events`, { type: "ADD_PARTY", payload: { side: "applicant", kind: "person", name: "周一", phone: "13800001111" }, expectedVersion: 1 }, mediator)).status).toBe(200);
    const view = (await call("GET", `/api/v1/cases/${id}`, undefined, mediator)).json;
    const start = view.actions.find((a: { type: string }) => a.type === "START");
    expect(start.available).toBe(false);
    expect(start.reasons.map((r: { guard: string }) => r.guard)).toEqual(["partiesOnBothSides", "allPartiesConsent", "riskGraded", "mediatorAssigned"]);
    expect((await call("GET", `/api/v1/cases/${id}`, undefined, otherDirector)).status).toBe(404);
  });
});
