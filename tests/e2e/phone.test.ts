/**
 * On a phone (390×844, issue 13 §6): the menu folds behind a button, the stepper is the current step
 * and a count, and what the officer can do — 现场记录 first — is on the first screen.
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
});
