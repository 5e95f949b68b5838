/**
 * Report pages with JavaScript off (issue 13 §3, §4): an SVG chart is on the page, its bars link to
 * the cases behind them, and the .xlsx export holds the same numbers as the page.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { serveForBrowser, SHOTS, signInAs } from "./server";

const app = serveForBrowser();

describe("a report without JavaScript", () => {
  it("shows SVG charts that link to their cases, and exports the same figures to Excel", async () => {
    const page = await signInAs(app.browser, app.server.url, "lingdao", { javaScriptEnabled: false });
    const year = new Date().getUTCFullYear();
    await page.goto(`${app.server.url}/reports/enforcement?from=${year}-01-01&to=${year}-12-31`);
    const charts = page.getByTestId("charts");
    await charts.locator("svg").first().waitFor();
    expect(await charts.locator("figure").count()).toBeGreaterThanOrEqual(3);
    expect(await charts.locator("figcaption").allInnerTexts()).toContain("按执法事项");
    await page.screenshot({ path: `${SHOTS}/report-charts.png`, fullPage: true });

    // The page's count of cases, and the same count in the workbook.
    const onPage = Number((await page.getByTestId("figures").locator("dd").first().innerText()).match(/^(\d+) 件/)![1]);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "导出Excel" }).click();
    const file = await (await download).path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(readFileSync(file!)).buffer);
    const rows = Array.from(wb.getWorksheet("行政执法统计")!.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows.find((r) => r[0] === "登记案件")?.[1]).toBe(onPage);

    // A bar of the monthly trend lists its month's cases.
    const bar = charts.locator("figure").first().locator("a").last();
    const href = await bar.getAttribute("href");
    expect(href).toMatch(new RegExp(`^/cases\\?procedure=enforcement&from=${year}-01-01&to=${year}-12-31&month=\\d{4}-\\d{2}$`));

    // A sector of the breakdown by matter lists that matter's cases of the period, as many as the table beside it counts.
    const byMatter = charts.locator("figure", { hasText: "按执法事项" });
    const sector = byMatter.locator("svg a").first();
    const matter = (await sector.getAttribute("aria-label"))!.replace(/：查看案件$/, "");
    const counted = Number(await byMatter.locator("tr", { hasText: matter }).locator("td").nth(1).innerText());
    const sectorHref = (await sector.getAttribute("href"))!;
    expect(sectorHref).toMatch(/&facet=matter&value=[a-z0-9_]+$/);
    await page.goto(`${app.server.url}${sectorHref}`);
    await page.getByTestId("narrowed").waitFor();
    expect(await page.getByTestId("case-list").locator("tbody tr").count()).toBe(counted);

    await page.goto(`${app.server.url}${href}`);
    await page.getByRole("heading", { name: "案件" }).waitFor();
    await page.getByText(/^只显示\d{4}-\d{2}登记的案件。/).waitFor();
  });
});
