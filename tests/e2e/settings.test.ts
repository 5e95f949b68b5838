/**
 * Settings as rows in Chromium with JavaScript (issue 13 §8): 增加一行 adds a line, a wrong row is named
 * beside its field with everything typed kept, and the corrected list is stored.
 */
import { serveForBrowser, signInAs } from "./server";

const app = serveForBrowser();

describe("the dispute types as rows", () => {
  it("adds a row, names a repeated name on its row, keeps what was typed, then saves", async () => {
    const page = await signInAs(app.browser, app.server.url, "admin");
    await page.goto(`${app.server.url}/admin/settings`);
    const card = page.locator(".card", { hasText: "彭浦新村街道" });
    const types = card.locator("fieldset", { has: page.locator("legend", { hasText: "纠纷类型目录" }) });
    const rows = types.getByTestId("mediation.disputeTypes-row");
    const before = await rows.count();
    await types.getByRole("button", { name: "增加一行" }).click();
    expect(await rows.count()).toBe(before + 1);
    // Two new lines: one repeats an existing type, the other is new.
    await rows.nth(before - 1).locator("input[type=text]").fill("邻里纠纷");
    await rows.nth(before).locator("input[type=text]").fill("加装电梯纠纷（新增）");
    await card.getByRole("button", { name: "保存" }).click();
    await types.getByText(/第\d+行纠纷类型：“邻里纠纷”与前面的行重复/).waitFor();
    expect(await types.locator("input[value='加装电梯纠纷（新增）']").count()).toBe(1);
    await types.locator("input[value='邻里纠纷']").last().fill("");
    await card.getByRole("button", { name: "保存" }).click();
    await card.getByText("已保存。").waitFor();
    expect(await types.locator("input[type=text]").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toContain("加装电梯纠纷（新增）");
    // The mediator's intake offers it.
    const mediator = await signInAs(app.browser, app.server.url, "tiaojie");
    await mediator.goto(`${app.server.url}/cases/new/mediation`);
    expect(await mediator.getByLabel("纠纷类型 *").locator("option").allInnerTexts()).toContain("加装电梯纠纷（新增）");
  });
});
