/**
 * The 工作台 by post, in Chromium (issue 13 §1, §2): the 所长 sees the street's overdue legal opinion
 * and sends a 督办; the adviser sees it under the bell in the message centre; the district sees each
 * street's figures.
 */
import { serveForBrowser, SHOTS, signInAs } from "./server";

const app = serveForBrowser();
const signIn = (username: string) => signInAs(app.browser, app.server.url, username);

describe("the 工作台 by post", () => {
  it("lets the 所长 督办 an overdue case, and the holder reads it in the message centre", async () => {
    const director = await signIn("suozhang");
    const alerts = director.getByTestId("office-alerts");
    const row = alerts.locator("tr", { hasText: "社区食堂委托经营合同审查" });
    await row.waitFor();
    expect(await row.getAttribute("class")).toContain("overdue");
    expect(await alerts.locator("table", { hasText: "按承办人" }).innerText()).toContain("陈律师");
    await row.getByLabel("督办意见").fill("请于本周五前提交意见书草稿");
    await row.getByRole("button", { name: "督办" }).click();
    await director.getByText("已督办1人").waitFor();
    await director.screenshot({ path: `${SHOTS}/workbench-director.png`, fullPage: true });
    // The alerts' chart: the legal opinions' overdue bar opens those cases, the demo's overdue one among them.
    const bar = alerts.locator("svg a[href='/cases?procedure=legal-opinion&overdue=1']");
    expect(await bar.count()).toBeGreaterThan(0);
    await director.goto(`${app.server.url}${await bar.first().getAttribute("href")}`);
    const listed = await director.getByTestId("case-list").locator("tbody tr").allInnerTexts();
    expect(listed.join("\n")).toContain("社区食堂委托经营合同审查");
    expect(listed.every((r) => r.includes("法律意见"))).toBe(true);
    expect(await director.locator("input[name=overdue]").isChecked()).toBe(true);

    const adviser = await signIn("guwen");
    const bell = adviser.getByRole("link", { name: /^消息，\d+条未读$/ });
    expect(Number((await bell.getAttribute("aria-label"))!.match(/\d+/)![0])).toBeGreaterThan(0);
    await bell.click();
    const message = adviser.getByTestId("messages").locator("li", { hasText: "请于本周五前提交意见书草稿" });
    await message.waitFor();
    expect(await message.innerText()).toContain("督办");
    expect(await message.innerText()).toContain("来自王所长");
    // The sweep at start told the adviser of the overdue deadline too.
    await adviser.getByTestId("messages").locator("li", { hasText: "已逾期" }).first().waitFor();
  });

  it("shows the district each street's open, overdue, major and published figures, linking to the cases", async () => {
    const district = await signIn("jiandu");
    const overview = district.getByTestId("district-overview");
    const pengpu = overview.locator("tr", { hasText: "彭浦新村街道" });
    await pengpu.waitFor();
    expect(Number(await pengpu.locator("td").nth(2).innerText())).toBeGreaterThan(0);
    // The overview's chart is an SVG whose bars open each street's cases.
    const bars = district.getByTestId("charts").locator("svg a");
    expect(await bars.count()).toBeGreaterThan(0);
    expect(await bars.first().getAttribute("href")).toMatch(/^\/cases\?officeId=\d+&(open|overdue)=1$/);
    await district.screenshot({ path: `${SHOTS}/workbench-district.png`, fullPage: true });
    await pengpu.locator("td").nth(2).getByRole("link").click();
    await district.getByRole("heading", { name: "案件" }).waitFor();
    expect(district.url()).toContain("overdue=1");
  });

  it("gives everyone tabs of their own work with counts and pages", async () => {
    const staff = await signIn("ganshi");
    expect(await staff.getByTestId("task-counts").innerText()).toMatch(/待办 [1-9]\d* 件/);
    await staff.getByRole("link", { name: "我发起的" }).click();
    await staff.getByTestId("cases-mine").getByText("社区食堂委托经营合同审查").waitFor();
  });

  it("prints a case page without navigation or buttons, with the office and case number atop", async () => {
    const director = await signIn("suozhang");
    await director.getByTestId("office-alerts").getByRole("link", { name: /彭司法意字/ }).first().click();
    await director.getByTestId("state").waitFor();
    await director.emulateMedia({ media: "print" });
    expect(await director.locator("header.top").isVisible()).toBe(false);
    expect(await director.getByRole("button").first().isVisible()).toBe(false);
    expect(await director.locator(".print-ref").innerText()).toMatch(/彭浦新村街道 · （2026）彭司法意字第\d+号/);
    await director.screenshot({ path: `${SHOTS}/case-print.png`, fullPage: true });
    const pdf = await director.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("keeps what was typed when another tab changed the case first, and shows what changed", async () => {
    const first = await signIn("suozhang");
    await first.getByTestId("tasks").getByRole("link", { name: "受理法律意见申请并指派承办人" }).first().click();
    await first.getByTestId("state").waitFor();
    const url = first.url();
    await first.getByText("不予受理", { exact: true }).first().click();
    await first.getByLabel("不予受理理由 *").fill("属于诉讼事项，不宜出具法律意见");

    // Meanwhile, in another tab, the same 所长 accepts the request.
    const second = await first.context().newPage();
    await second.goto(url);
    await second.getByText("受理并指派承办人", { exact: true }).first().click();
    await second.getByLabel("承办人（法律顾问/公职律师） *").selectOption({ label: "陈律师" });
    await second.getByRole("button", { name: "受理并指派承办人" }).click();
    await second.getByTestId("state").filter({ hasText: "起草中" }).waitFor();

    await first.getByRole("button", { name: "不予受理" }).click();
    await first.getByTestId("conflict-changes").getByText("受理并指派承办人（王所长）").waitFor();
    expect(await first.getByText("您填写的内容已保留", { exact: false }).count()).toBeGreaterThan(0);
    // 不予受理 is no longer open on a case being drafted, so the typed reason is shown to copy.
    await first.getByRole("alert").getByText("属于诉讼事项，不宜出具法律意见").waitFor();
  });
});
