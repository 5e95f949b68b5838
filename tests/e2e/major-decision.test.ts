/**
 * A major decision in the browser, on the demo street: a resident comments on an open call without
 * signing in; staff answer the comment; the adviser reviews another draft from the 工作台 (合法); the
 * street leader records the meeting with a dissent; staff publish; the portal shows the decision with
 * its adoption explanation and no commenter's personal data.
 */
import { serveForBrowser, SHOTS, signInAs } from "./server";

const app = serveForBrowser();
const signIn = (username: string) => signInAs(app.browser, app.server.url, username);
/** Opens an action's form unless it is open already (the only available action opens by itself). */
async function openAction(page: import("playwright-core").Page, label: string) {
  const details = page.getByTestId("actions").locator("details", { has: page.locator("summary", { hasText: label }) });
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
}
const today = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);

describe("a major decision in the browser", () => {
  it("takes a resident's comment, is reviewed, decided with a dissent and published without personal data", async () => {
    // A resident, not signed in, comments on the open call.
    const resident = await (await app.browser.newContext({ locale: "zh-CN" })).newPage();
    await resident.goto(`${app.server.url}/gongshi/zhengqiu`);
    const call = resident.locator('[data-testid^="call-"]', { hasText: "老旧小区综合治理项目" });
    const callId = Number((await call.getAttribute("data-testid"))!.replace("call-", ""));
    await call.getByLabel("您的意见（无需登录；请勿填写姓名、电话等个人信息）").fill("我住彭浦新村12号301室，电话13812345678。施工期间请避开午休时间。");
    await call.getByRole("button", { name: "提交意见" }).click();
    await resident.getByRole("status").filter({ hasText: "意见已收到" }).waitFor();

    // Staff answer it on the case page.
    const staff = await signIn("ganshi");
    await staff.goto(`${app.server.url}/cases/${callId}`);
    await openAction(staff, "处理公众意见");
    const choice = await staff.getByLabel("公众意见 *").locator("option", { hasText: "13812345678" }).getAttribute("value");
    await staff.getByLabel("公众意见 *").selectOption(choice!);
    await staff.getByLabel("处理结果 *").selectOption({ label: "采纳" });
    await staff.getByLabel("处理理由 *").fill("施工方案中增加午休时段停工要求。");
    await staff.getByRole("button", { name: "处理公众意见" }).click();
    await staff.getByText("采纳：施工方案中增加午休时段停工要求。", { exact: false }).waitFor();

    // The adviser finds the other draft on the 工作台 and finds it lawful.
    const adviser = await signIn("guwen");
    await adviser.getByTestId("tasks").getByRole("link", { name: "合法性审查：提出审查意见" }).first().click();
    await adviser.getByTestId("not-applicable").filter({ hasText: "专家论证：不属于专业性、技术性较强的事项" }).waitFor();
    const caseUrl = adviser.url();
    await openAction(adviser, "提出合法性审查意见");
    for (const item of ["主体与权限", "程序", "内容", "与上位法的一致性"]) await adviser.getByLabel(`审查事项：${item} *`).selectOption({ label: "符合" });
    await adviser.getByLabel("审查结论 *").selectOption({ label: "合法" });
    await adviser.getByLabel("审查意见 *").fill("规定符合《上海市非机动车管理条例》，程序完备，可提交集体讨论。");
    await adviser.getByRole("button", { name: "提出合法性审查意见（编号并生成意见书）" }).click();
    await adviser.getByTestId("state").filter({ hasText: "待集体讨论决定" }).waitFor();
    expect((await adviser.getByTestId("documents").innerText())).toMatch(/彭司决审〔\d{4}〕\d+号/);

    // The street leader records the meeting; one member dissents, the chair speaks last.
    const leader = await signIn("lingdao");
    await leader.goto(caseUrl);
    await openAction(leader, "记录集体讨论决定");
    await leader.getByLabel("会议类型 *").selectOption({ label: "党工委会议" });
    await leader.getByLabel("会议日期 *").fill(today());
    await leader.getByLabel("主持人（行政首长） *").selectOption({ label: "孙主任" });
    await leader.getByLabel("应到人数 *").fill("5");
    await leader.getByLabel("到会人员（以顿号分隔） *").fill("钱书记、周副主任、吴委员、孙主任");
    await leader.getByLabel(/发言记录/).fill("钱书记：同意：规范停放有利于消防安全。\n周副主任：不同意：充电设施不足，建议先建后管。\n吴委员：同意：无补充。\n孙主任：同意：通过，同步推进充电设施建设。");
    await leader.getByLabel("会议决定 *").selectOption({ label: "通过" });
    await leader.getByRole("button", { name: "记录集体讨论决定" }).click();
    await leader.getByTestId("state").filter({ hasText: "待公布" }).waitFor();
    await leader.getByText("周副主任：不同意。充电设施不足，建议先建后管。").waitFor();

    // Staff publish with the adoption explanation.
    await staff.goto(caseUrl);
    await openAction(staff, "决策公布");
    await staff.getByLabel("公布日期 *").fill(today());
    await staff.getByLabel("决策内容 *").fill("《彭浦新村街道非机动车停放管理规定》经街道党工委会议审议通过，现予公布。");
    await staff.getByLabel("公众意见、专家论证意见的采纳情况说明 *").fill("征求意见期间未收到公众意见；未组织专家论证（非专业技术性事项）。");
    await staff.getByRole("button", { name: "决策公布" }).click();
    await staff.getByTestId("state").filter({ hasText: "执行中" }).waitFor();

    // On the portal: the decision with its adoption explanation; no commenter's address or number anywhere.
    await resident.goto(`${app.server.url}/gongshi/juece`);
    await resident.getByText("公众意见、专家论证意见采纳情况：征求意见期间未收到公众意见", { exact: false }).waitFor();
    await resident.getByText("公众意见：部分采纳。补偿由业主协商", { exact: false }).waitFor();
    const page = await resident.content();
    for (const personal of ["13912345678", "13812345678", "12号101室", "12号301室", "我住彭浦新村"]) expect(page).not.toContain(personal);
    await resident.screenshot({ path: `${SHOTS}/major-decision-portal.png`, fullPage: true });
  });
});
