/**
 * Without JavaScript, a prefilled form saved unchanged changes nothing stored: the settings pages
 * of every street, a user's own record, and the 公示 text the system drafts. Before the renderer
 * fix, a NUL at a 2 KB boundary came back as U+FFFD (设摊\uFFFD经营) and changed a matter's key.
 */
import Database from "better-sqlite3";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SETTINGS } from "../../app/settings.server";
import { draftPublicText } from "../../workflows/enforcement/publication";
import { serveForBrowser } from "./server";

const app = serveForBrowser();

function stored(sql: string, ...args: unknown[]) {
  const db = new Database(join(app.server.dataDir, "sifasuo.sqlite"), { readonly: true });
  try {
    return db.prepare(sql).all(...args) as Record<string, unknown>[];
  } finally {
    db.close();
  }
}
/** Every street's effective settings (stored, or the default), JSON parsed so key order does not matter. */
function settings() {
  const rows = stored("SELECT office_id AS officeId, key, value FROM office_settings");
  const streets = stored("SELECT id FROM organisations WHERE kind = 'street' ORDER BY id").map((r) => Number(r.id));
  return streets.map((id) => Object.fromEntries(Object.entries(SETTINGS).map(([key, s]) => [key, parseJson(String(rows.find((r) => r.officeId === id && r.key === key)?.value ?? s.default))])));
}
const parseJson = (v: string) => {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
};

async function signedInWithoutScript(username: string): Promise<Page> {
  const page = await (await app.browser.newContext({ javaScriptEnabled: false, locale: "zh-CN" })).newPage();
  await page.goto(`${app.server.url}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill("Demo2026");
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("heading", { name: "工作台" }).waitFor();
  return page;
}

/** Submit the n-th form of a page as it was rendered, and wait for the answer. */
async function saveUnchanged(page: Page, path: string, n: number) {
  await page.goto(`${app.server.url}${path}`);
  const forms = page.locator("main form[method='post']");
  const count = await forms.count();
  if (n >= count) return false;
  await Promise.all([page.waitForLoadState("load"), forms.nth(n).locator("button[type='submit']").click()]);
  await page.getByText("已保存").first().waitFor();
  return true;
}

describe("prefilled forms saved unchanged without JavaScript", () => {
  it("leave every street's settings and enforcement catalogue as they were", async () => {
    const page = await signedInWithoutScript("admin");
    const before = settings();
    expect(before[0]["enforcement.catalogue"].length).toBeGreaterThan(3);
    let saved = 0;
    for (const path of ["/admin/settings", "/admin/enforcement"]) {
      for (let n = 0; await saveUnchanged(page, path, n); n++) saved++;
    }
    expect(saved).toBeGreaterThanOrEqual(4);
    expect(settings()).toEqual(before);
    await page.context().close();
  });

  it("publish exactly the text the system drafted", async () => {
    const page = await signedInWithoutScript("zhifa");
    const [onSpot] = stored("SELECT id, snapshot FROM cases WHERE state = 'decidedOnSpot'");
    await page.goto(`${app.server.url}/cases/${onSpot.id}`);
    await page.getByText("公示决定", { exact: true }).first().click();
    await page.locator("#PUBLISH-confirmed").selectOption("yes");
    await Promise.all([page.waitForLoadState("load"), page.locator("form:has(#PUBLISH-text) button[type='submit']").click()]);
    await page.getByTestId("state").waitFor();
    const context = JSON.parse(String(stored("SELECT snapshot FROM cases WHERE id = ?", onSpot.id)[0].snapshot)).context;
    expect(context.publication.text).toBe(draftPublicText(JSON.parse(String(onSpot.snapshot)).context, "彭浦新村街道"));
    expect(context.publication.text).not.toMatch(/[\u0000\uFFFD]/);
    await page.context().close();
  });
});
