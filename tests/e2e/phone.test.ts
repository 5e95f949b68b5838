/**
 * On a phone (390×844, issue 13 §6): the menu folds behind a button, the stepper is the current step
 * and a count, and what the officer can do — 现场记录 first — is on the first screen. Lists and the
 * public portal's tables are cards: one box per row, each value under its column's name.
 */
import { PHONE, serveForBrowser, SHOTS, signInAs } from "./server";

const app = serveForBrowser();

describe("an enforcement case on a phone", () => {
  it("puts 现场记录 within the first screen, with a folded menu and a compact stepper", async () => {
    const phone = await signInAs(app.browser, app.server.url, "zhifa", PHONE);
    expect(await phone.getByRole("navigation", { name: "主菜单" }).isVisible()).toBe(false);
    await phone.locator("label.menu-button").click();
    expect(await phone.getByRole("navigation", { name: "主菜单" }).isVisible()).toBe(true);
    await phone.locator("label.menu-button").click();

    await phone.getByTestId("tasks").getByRole("link").first().click();
    await phone.getByTestId("state").waitFor();
    const record = phone.getByRole("link", { name: "现场记录（拍照、录像上传）" });
    const box = (await record.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    const steps = phone.locator(".stepper li");
    expect((await steps.evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== "none").length))).toBe(1);
    expect(await phone.locator(".stepper").getAttribute("data-count")).toMatch(/^第\d+步，共\d+步$/);
    // What only another post does is one line, not a list of blockers.
    expect(await phone.getByTestId("other-posts").innerText()).toContain("补办查封、扣押批准手续（街道领导）");
    expect(await phone.getByTestId("actions").locator(".action.unavailable", { hasText: "补办查封、扣押批准手续" }).count()).toBe(0);
    await phone.screenshot({ path: `${SHOTS}/case-phone.png` });
  });

  it("shows the 工作台's tasks and the portal's decisions as cards, each value named", async () => {
    const phone = await signInAs(app.browser, app.server.url, "zhifa", PHONE);
    const tasks = phone.getByTestId("tasks");
    expect(await tasks.locator("thead").isVisible()).toBe(false);
    const cell = tasks.locator("tbody tr").first().locator("td").nth(1);
    expect(await cell.evaluate((td) => [getComputedStyle(td).display, getComputedStyle(td, "::before").content])).toEqual(["block", '"案号："']);
    await phone.goto(`${app.server.url}/gongshi/jueding`);
    const row = phone.getByTestId("decisions").locator("tbody tr").first();
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe("block");
    expect((await row.boundingBox())!.width).toBeLessThanOrEqual(390);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: `${SHOTS}/portal-phone.png` });
  });
});
