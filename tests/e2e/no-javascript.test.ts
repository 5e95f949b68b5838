import { serveForBrowser } from "./server";

const app = serveForBrowser();

describe("core forms without client JavaScript", () => {
  it("sign in, see a Chinese error beside a bad field, then file the request", async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${app.server.url}/login`);
    await page.getByLabel("用户名").fill("ganshi");
    await page.getByLabel("密码").fill("wrong-password-1");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("alert").filter({ hasText: "用户名或密码错误" }).waitFor();
    await page.getByLabel("用户名").fill("ganshi");
    await page.getByLabel("密码").fill("Demo2026");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("heading", { name: "工作台" }).waitFor();

    await page.goto(`${app.server.url}/cases/new/legal-opinion`);
    await page.getByLabel("事项名称 *").fill("无脚本环境下的申请");
    await page.getByRole("button", { name: "提交申请" }).click();
    await page.getByText("请选择有效的事项类型").waitFor();
    expect(await page.getByLabel("事项名称 *").inputValue()).toBe("无脚本环境下的申请");
    await page.getByLabel("事项类型 *").selectOption({ label: "重大事项" });
    await page.getByLabel("申请部门 *").fill("街道党政办");
    await page.getByLabel("基本情况 *").fill("街道拟出台停车管理办法。");
    await page.getByLabel("需要回答的法律问题 *").fill("收费条款是否合法?");
    await page.getByRole("button", { name: "提交申请" }).click();
    await page.getByTestId("state").filter({ hasText: "待受理" }).waitFor();
    expect(page.url()).toMatch(/\/cases\/\d+$/);
    await context.close();
  });
});
