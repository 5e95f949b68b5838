import { PHONE, serveForBrowser, SHOTS, signInAs } from "./server";

const app = serveForBrowser();
const shots = SHOTS;

const chinaNow = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString();
const today = chinaNow().slice(0, 10);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);

/** The HTTP API, to set a case up quickly; the steps under test run in the browser. */
async function api(username: string) {
  const res = await fetch(`${app.server.url}/api/v1/tokens`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ username, password: "Demo2026" }) });
  const { token } = (await res.json()) as { token: string };
  const call = async (path: string, body?: unknown) => {
    const r = await fetch(`${app.server.url}/api/v1${path}`, { method: body ? "POST" : "GET", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
    const json = (await r.json()) as any;
    if (r.status >= 300) throw new Error(`${path}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
  return {
    call,
    event: async (id: number, type: string, payload: Record<string, unknown>) => {
      const c = await call(`/cases/${id}`);
      return call(`/cases/${id}/events`, { type, payload, expectedVersion: c.version });
    },
  };
}

const signIn = (username: string, mobile = false) => signInAs(app.browser, app.server.url, username, mobile ? PHONE : {});

const REGISTRATION = {
  track: "general",
  source: "complaint",
  matter: "structure",
  partyKind: "person",
  partyName: "王大明",
  idNumber: "11010519491231002X",
  phone: "13812345678",
  address: "彭浦新村12号301室",
  place: "彭浦新村12号301室",
  occurredOn: today,
  facts: "王大明在彭浦新村12号301室装修时拆除室内承重墙。",
};

/** A case registered by an officer through the API. */
async function registeredCase(): Promise<number> {
  const { id } = await (await api("zhifa")).call("/cases", { procedure: "enforcement", data: REGISTRATION });
  return id;
}

let caseId: number;

describe("administrative enforcement in the browser", () => {
  it("an officer records an on-site inspection with a photo from a phone", async () => {
    const id = await registeredCase();
    caseId = id;
    // The leader files the case in the browser, choosing two officers with valid certificates.
    const head = await signIn("lingdao");
    await head.goto(`${app.server.url}/cases/${id}`);
    await head.getByText("立案审批", { exact: true }).first().click();
    const panel = head.getByTestId("actions").locator("details", { has: head.locator("summary", { hasText: /^立案审批$/ }) });
    await panel.getByLabel("刘队员").check();
    await panel.getByLabel("立案审批意见 *").fill("同意立案调查");
    await panel.getByRole("button", { name: "立案审批" }).click();
    await head.getByText("执法人员不得少于两人", { exact: false }).first().waitFor();
    await panel.getByLabel("刘队员").check();
    await panel.getByLabel("马队员").check();
    await panel.getByRole("button", { name: "立案审批" }).click();
    await head.getByTestId("state").filter({ hasText: "调查取证" }).waitFor();

    const phone = await signIn("zhifa", true);
    await phone.goto(`${app.server.url}/cases/${id}`);
    await phone.getByRole("link", { name: "现场记录（拍照、录像上传）" }).click();
    await phone.getByRole("heading", { name: "现场记录" }).waitFor();
    await phone.getByLabel("执法活动类型 *").selectOption("inspection");
    const minutesAgo = new Date(Date.now() + 8 * 3600 * 1000 - 10 * 60 * 1000).toISOString().slice(0, 16);
    await phone.getByLabel("开始时间 *").fill(minutesAgo);
    await phone.getByLabel(/^结束时间/).fill(new Date(Date.now() + 8 * 3600 * 1000 - 2 * 60 * 1000).toISOString().slice(0, 16));
    await phone.getByLabel("地点 *").fill("彭浦新村12号301室");
    await phone.getByLabel("记录内容 *").fill("现场检查：客厅与卧室之间承重墙被拆除约3米。");
    await phone.getByLabel("拍照、录像或选择文件").setInputFiles({ name: "现场照片.jpg", mimeType: "image/jpeg", buffer: JPEG });
    await phone.getByTestId("uploads").getByText("✓ 已上传").waitFor();
    await phone.screenshot({ path: `${shots}/enforcement-record-phone.png`, fullPage: true });
    await phone.getByRole("button", { name: "保存记录" }).click();
    await phone.getByText("已办理：记录执法活动（全过程记录）").waitFor();
    const record = phone.getByTestId("record");
    await record.getByText("第1条 现场检查（勘验）").waitFor();
    const link = record.getByRole("link", { name: "现场照片.jpg" });
    const res = await phone.request.get(`${app.server.url}${await link.getAttribute("href")}`);
    expect(res.status()).toBe(200);
    expect(Buffer.from(await res.body()).subarray(0, 3)).toEqual(JPEG.subarray(0, 3));
  });

  it("the phone page offers no seizure as a plain entry; an act in the case room without video is refused and nothing is recorded", async () => {
    const phone = await signIn("zhifa", true);
    await phone.goto(`${app.server.url}/cases/${caseId}/record`);
    // 查封扣押 and 强制拆除 go through their own steps (行政强制法 18, 24, 44).
    expect((await phone.getByLabel("执法活动类型 *").locator("option").allTextContents()).join("、")).not.toMatch(/查封扣押|强制拆除/);
    await phone.getByLabel("执法活动类型 *").selectOption("inquiry");
    await phone.getByLabel("在执法办案场所").check();
    await phone.getByLabel("开始时间 *").fill(new Date(Date.now() + 8 * 3600 * 1000 - 5 * 60 * 1000).toISOString().slice(0, 16));
    await phone.getByLabel(/^结束时间/).fill(new Date(Date.now() + 8 * 3600 * 1000 - 1 * 60 * 1000).toISOString().slice(0, 16));
    await phone.getByLabel("地点 *").fill("彭浦新村12号301室");
    await phone.getByLabel("记录内容 *").fill("在询问室询问当事人。");
    await phone.getByRole("button", { name: "保存记录" }).click();
    await phone.getByText("全程音像记录", { exact: false }).first().waitFor();
    await phone.goto(`${app.server.url}/cases/${caseId}`);
    expect(await phone.getByTestId("record").locator(":scope > li").count()).toBe(1);
  });

  it("a reviewer fills the 118 §13 checklist; until then the decision is unavailable citing 第五十八条", async () => {
    const officer = await api("zhifa");
    const leader = await api("lingdao");
    await officer.event(caseId, "SUBMIT_REPORT", { facts: "王某某擅自拆除承重墙约3米。", evidence: "现场检查笔录、照片", kind: "penalty", penalties: ["fine"], fine: 80000, reasons: "依据《建设工程质量管理条例》第六十九条" });
    await leader.event(caseId, "APPROVE_CASE", { opinion: "同意", flags: [] });
    await officer.event(caseId, "SEND_NOTICE", { date: today, method: "direct" });
    await officer.event(caseId, "WAIVE", { date: today, note: "当事人书面放弃陈述、申辩和听证" });
    await officer.event(caseId, "PROCEED", {});

    const head = await signIn("lingdao");
    await head.goto(`${app.server.url}/cases/${caseId}`);
    const blocked = head.getByTestId("actions").locator(".action.unavailable", { hasText: "作出决定" });
    await blocked.getByText("《中华人民共和国行政处罚法》第五十八条", { exact: false }).waitFor();
    await head.getByTestId("major").getByText("达到对个人", { exact: false }).waitFor();

    await officer.event(caseId, "SUBMIT_LEGAL_REVIEW", { materials: "调查终结报告、现场检查笔录、照片" });
    const reviewer = await signIn("shenhe");
    await reviewer.goto(`${app.server.url}/cases/${caseId}`);
    const form = reviewer.getByTestId("actions").locator("details", { has: reviewer.locator("summary", { hasText: /^法制审核$/ }) });
    for (const item of ["执法主体是否合法", "执法程序是否合法", "案件事实是否清楚", "适用法律、法规、规章是否准确", "执法是否超越", "执法文书是否完备", "违法行为是否涉嫌犯罪"]) {
      await form.getByLabel(new RegExp(`^${item}`)).selectOption("ok");
    }
    await form.getByLabel(/^案件事实是否清楚/).selectOption("problem");
    await form.getByLabel("审核结论 *").selectOption("problems");
    await form.getByLabel("审核意见 *").fill("请补充房屋安全鉴定。");
    await form.getByRole("button", { name: "法制审核" }).click();
    await reviewer.getByText("存在问题的，须写明问题", { exact: false }).waitFor();
    await form.getByLabel(/^案件事实是否清楚/).selectOption("ok");
    await form.getByLabel("审核结论 *").selectOption("approved");
    await form.getByLabel("审核意见 *").fill("事实清楚，证据充分，同意。");
    await form.getByRole("button", { name: "法制审核" }).click();
    await reviewer.getByTestId("review-1").getByText("同意", { exact: true }).waitFor();
    await reviewer.screenshot({ path: `${shots}/enforcement-review.png`, fullPage: true });

    await head.reload();
    const stillBlocked = head.getByTestId("actions").locator(".action.unavailable", { hasText: "作出决定" });
    await stillBlocked.locator("li.unmet", { hasText: "第五十七条" }).first().waitFor();
    // The review is no longer what blocks it: 第五十八条 is ticked as met, not listed as unmet.
    expect((await stillBlocked.locator("li.unmet").allInnerTexts()).join("")).not.toContain("第五十八条");
    expect((await stillBlocked.locator("li.met").allInnerTexts()).join("")).toContain("第五十八条");
  });

  it("the public portal shows the decision redacted, and reaches nothing internal", async () => {
    const leader = await api("lingdao");
    // The heads as the office's accounts, from the choices the action offers (APL 57).
    const view = await leader.call(`/cases/${caseId}`);
    const heads = view.actions.find((a: any) => a.type === "RECORD_COLLECTIVE").form.find((f: any) => f.name === "attendees").choices as { id: number; name: string }[];
    const sun = heads.find((h) => h.name === "孙主任")!;
    const feng = heads.find((h) => h.name === "冯副主任")!;
    await leader.event(caseId, "RECORD_COLLECTIVE", { date: today, start: "14:00", end: "15:00", place: "街道办事处第一会议室", chair: sun.id, attendees: [sun.id, feng.id], opinions: "冯副主任：同意\n孙主任：同意", conclusion: "罚款8万元" });
    await leader.event(caseId, "DECIDE", { kind: "penalty", penalties: ["fine"], fine: 80000, reasons: "按裁量基准", date: today });
    const number = (await leader.call(`/cases/${caseId}`)).data.decision.number as string;
    expect(number).toMatch(/^彭执罚决〔\d{4}〕\d+号$/);
    const officer = await signIn("zhifa");
    await officer.goto(`${app.server.url}/cases/${caseId}`);
    const publish = officer.getByTestId("actions").locator("details", { has: officer.locator("summary", { hasText: /^公示决定$/ }) });
    await publish.locator("summary").click();
    const text = await publish.getByLabel(/^公示文本/).inputValue();
    expect(text).toContain("王某某");
    expect(text).not.toContain("王大明");
    await publish.getByLabel("核对 *").selectOption("yes");
    await publish.getByRole("button", { name: "公示决定" }).click();
    await officer.getByText("已办理：公示决定").waitFor();

    const visitor = await (await app.browser.newContext({ locale: "zh-CN" })).newPage();
    await visitor.goto(`${app.server.url}/gongshi`);
    await visitor.getByTestId("officers").getByText("31060120001").waitFor();
    expect(await visitor.getByTestId("officers").innerText()).not.toContain("31060120003"); // an expired certificate is not shown
    await visitor.getByRole("link", { name: "执法决定" }).click();
    await visitor.getByTestId("decisions").getByRole("link", { name: number, exact: true }).click();
    const body = await visitor.getByTestId("public-text").innerText();
    expect(body).toContain("当事人：王某某");
    for (const secret of ["王大明", "11010519491231002X", "13812345678", "12号301室"]) expect(await visitor.content()).not.toContain(secret);
    await visitor.screenshot({ path: `${shots}/gongshi-decision.png`, fullPage: true });
    expect(await visitor.locator("a[href^='/cases'], a[href^='/files'], a[href^='/documents']").count()).toBe(0);

    const json = await (await fetch(`${app.server.url}/gongshi/data.json`)).text();
    expect(json).toContain("王某某");
    expect(json).not.toContain("王大明");
    for (const internal of [`/cases/${caseId}`, "/files/1", "/documents/1/download", `/api/v1/cases/${caseId}`]) {
      const r = await fetch(`${app.server.url}${internal}`, { redirect: "manual" });
      expect([302, 401, 403, 404]).toContain(r.status);
    }
  });
});
