/**
 * axe-core (docs/decisions/0021) on every kind of page, signed in as each post and as the public,
 * on desktop and phone: no serious or critical violation (issue 13). Lesser ones are printed, for
 * a person to read.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { PHONE, serveForBrowser, signInAs } from "./server";

const app = serveForBrowser();
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Violation { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }

/** A context that lets the test add axe's script beside the pages' own (their CSP allows only their nonce). */
async function pageAs(browser: Browser, username: string | null, context = {}): Promise<Page> {
  if (username) return signInAs(browser, app.server.url, username, { bypassCSP: true, ...context });
  return (await browser.newContext({ bypassCSP: true, locale: "zh-CN", ...context })).newPage();
}

async function violations(page: Page, path: string): Promise<Violation[]> {
  const res = await page.goto(`${app.server.url}${path}`);
  expect(res?.status(), path).toBeLessThan(400);
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Violation[] }> } }).axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/** Links to case pages found on a page, one per procedure badge seen, up to `max`. */
async function caseLinks(page: Page, max: number): Promise<string[]> {
  await page.goto(`${app.server.url}/cases`);
  const hrefs = await page.locator("main a[href^='/cases/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!).filter((h) => /^\/cases\/\d+$/.test(h)));
  return [...new Set(hrefs)].slice(0, max);
}

const seen: string[] = [];
let pages = 0;
async function check(page: Page, paths: readonly string[], who: string) {
  const serious: string[] = [];
  for (const path of paths) {
    pages++;
    for (const v of await violations(page, path)) {
      const line = `${who} ${path}: [${v.impact}] ${v.id} — ${v.help}（${v.nodes.length}处：${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join("，")}）`;
      seen.push(line);
      if (v.impact === "serious" || v.impact === "critical") serious.push(line);
    }
  }
  return serious;
}

describe("axe finds no serious or critical violation", () => {
  afterAll(() => console.log(`axe：检查${pages}个页面，发现问题${seen.length}条\n${seen.join("\n")}`));

  it("on the public portal and the sign-in page", async () => {
    const page = await pageAs(app.browser, null);
    expect(await check(page, ["/login", "/gongshi", "/gongshi/jueding", "/gongshi/juece", "/gongshi/tongji", "/gongshi/zhengqiu"], "公众")).toEqual([]);
    const phone = await pageAs(app.browser, null, PHONE);
    expect(await check(phone, ["/gongshi", "/gongshi/jueding"], "公众（手机）")).toEqual([]);
  });

  it("on the 所长's pages: 工作台, lists, case pages of each procedure, reports, messages, roster and forms", async () => {
    const page = await pageAs(app.browser, "suozhang");
    const cases = await caseLinks(page, 12);
    expect(cases.length).toBeGreaterThan(3);
    const paths = ["/", "/?tab=done", "/cases", "/messages", "/advisers", "/screenings", "/reports/mediation", "/reports/normative-review", "/reports/major-decision", "/cases/new/mediation", "/cases/new/legal-opinion", ...cases];
    expect(await check(page, paths, "所长")).toEqual([]);
  });

  it("on the enforcement officer's pages, desktop and phone", async () => {
    const page = await pageAs(app.browser, "zhifa");
    const cases = await caseLinks(page, 6);
    expect(cases.length).toBeGreaterThan(1);
    expect(await check(page, ["/", "/cases", "/cases/new/enforcement", "/reports/enforcement", ...cases], "执法队员")).toEqual([]);
    // The 现场记录 page of a case where it is open, as the case page links it.
    let record: string | null = null;
    for (const c of cases) {
      await page.goto(`${app.server.url}${c}`);
      record ??= await page.locator("a[href$='/record']").first().getAttribute("href", { timeout: 1000 }).catch(() => null);
    }
    expect(record).not.toBeNull();
    expect(await check(page, [record!], "执法队员")).toEqual([]);
    const phone = await pageAs(app.browser, "zhifa", PHONE);
    expect(await check(phone, ["/", cases[0]], "执法队员（手机）")).toEqual([]);
  });

  it("on the district's and the administrator's pages", async () => {
    const district = await pageAs(app.browser, "jiandu");
    expect(await check(district, ["/", "/cases", "/reports/enforcement", "/reports/mediation"], "区级")).toEqual([]);
    const admin = await pageAs(app.browser, "admin");
    expect(await check(admin, ["/admin/users", "/admin/users/new", "/admin/calendar", "/admin/settings", "/admin/enforcement", "/admin/webhook"], "管理员")).toEqual([]);
  });
});
