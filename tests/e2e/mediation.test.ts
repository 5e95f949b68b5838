import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { serveForBrowser, signInAs } from "./server";

const app = serveForBrowser();

const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);

const signIn = (username: string) => signInAs(app.browser, app.server.url, username);

/** Open one 可办理事项 and return its panel. */
async function action(page: Page, label: string) {
  const panel = page.getByTestId("actions").locator("details", { has: page.locator("summary", { hasText: new RegExp(`^${label}$`) }) });
  if (!(await panel.getAttribute("open").then((v) => v !== null))) await panel.locator("summary").click();
  return panel;
}

async function submit(page: Page, label: string, fill: (panel: ReturnType<Page["locator"]>) => Promise<void> = async () => {}) {
  const panel = await action(page, label);
  await fill(panel);
  await panel.getByRole("button", { name: label }).click();
  await page.getByText(`已办理：${label}`).waitFor();
}

describe("a people's mediation in the browser", () => {
  it("goes from intake at a residents' committee to a downloaded 卷宗 in the prescribed order", async () => {
    const page = await signIn("tiaojie");
    await page.getByRole("link", { name: "受理纠纷" }).click();
    await page.getByLabel("纠纷来源 *").selectOption({ label: "当事人申请" });
    await page.getByLabel("纠纷类型 *").selectOption({ label: "邻里纠纷" });
    await page.getByLabel("纠纷简要情况 *").fill("楼上装修漏水，楼下天花板受损。");
    await page.getByLabel("当事人请求 *").fill("赔偿维修费5000元。");
    await page.getByRole("button", { name: "受理登记" }).click();
    await page.getByTestId("state").filter({ hasText: "受理登记" }).waitFor();
    // 开始调解 waits on its preconditions, each linked to the step that meets it.
    const blocked = page.getByTestId("blocked-START");
    expect(await blocked.getByRole("link", { name: "登记当事人" }).getAttribute("href")).toBe("#act-ADD_PARTY");
    expect(await page.locator("#act-ADD_PARTY summary").innerText()).toBe("登记当事人");

    // A wrong ID number is refused beside its field.
    let panel = await action(page, "登记当事人");
    await panel.getByLabel("当事人地位 *").selectOption({ label: "申请人" });
    await panel.getByLabel("当事人类型 *").selectOption({ label: "自然人" });
    await panel.getByLabel("姓名或名称 *").fill("王大明");
    await panel.getByLabel("联系电话").fill("13812345678");
    await panel.getByLabel("身份证号码（自然人）").fill("110105194912310021");
    await panel.getByRole("button", { name: "登记当事人" }).click();
    await page.getByText("身份证号码：身份证号码校验位不正确，请核对").waitFor();
    panel = await action(page, "登记当事人");
    await panel.getByLabel("身份证号码（自然人）").fill("11010519491231002X");
    await panel.getByRole("button", { name: "登记当事人" }).click();
    await page.getByText("已办理：登记当事人").waitFor();
    await submit(page, "登记当事人", async (p) => {
      await p.getByLabel("当事人地位 *").selectOption({ label: "被申请人" });
      await p.getByLabel("当事人类型 *").selectOption({ label: "自然人" });
      await p.getByLabel("姓名或名称 *").fill("赵小红");
    });
    // The second party's form started empty: it does not inherit the first party's ID number.
    const second = await page.getByTestId("parties").locator("tbody tr").nth(1).innerText();
    expect(second).toContain("赵小红");
    expect(second).not.toContain("11010519491231002X");
    for (const party of ["1. 王大明", "2. 赵小红"]) {
      await submit(page, "记录调解意愿", async (p) => {
        await p.getByLabel("当事人 *").selectOption({ label: party });
        await p.getByLabel("调解意愿 *").selectOption({ label: "同意调解" });
      });
    }
    await submit(page, "风险研判", async (p) => {
      await p.getByLabel("涉及老年人、未成年人、残疾人等弱势群体").check();
      await p.getByLabel("风险等级 *").selectOption({ label: "黄色" });
    });
    await submit(page, "指定人民调解员", async (p) => {
      await p.getByLabel("人民调解员 *").selectOption({ label: "张调解员" });
      await p.getByLabel("是否由当事人选择 *").selectOption({ label: "调解委员会指定" });
    });
    await submit(page, "开始调解");
    await submit(page, "记录调查/调解", async (p) => {
      await p.getByLabel("记录类型 *").selectOption({ label: "调解记录" });
      await p.getByLabel("日期 *").fill(today);
      await p.getByLabel("开始时间 *").fill("09:00");
      await p.getByLabel("结束时间 *").fill("09:50");
      await p.getByLabel("地点 *").fill("居委会调解室");
      await p.getByLabel("参加人员 *").fill("双方当事人、调解员");
      await p.getByLabel("记录内容 *").fill("释法明理，双方同意赔偿3000元。");
    });
    await submit(page, "达成书面调解协议", async (p) => {
      await p.getByLabel("达成协议日期 *").fill(today);
      await p.getByLabel("纠纷主要事实、争议事项及各方责任 *").fill("装修漏水致楼下受损，责任在被申请人。");
      await p.getByLabel("协议内容 *").fill("赵小红赔偿王大明维修费3000元。");
      await p.getByLabel("履行方式、地点、期限 *").fill("十日内银行转账。");
    });
    await page.getByTestId("state").filter({ hasText: "协议待签署" }).waitFor();

    // Upload the signed and sealed copy, then record that it is signed.
    await page.getByLabel("上传附件（证据、签字扫描件等）").setInputFiles({ name: "调解协议书-签字盖章.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n% signed copy\n") });
    await page.getByLabel("材料类别（立卷时按类别排列）").selectOption("签字协议书");
    await page.getByRole("button", { name: "上传", exact: true }).click();
    await page.getByText("附件已上传。").waitFor();
    await submit(page, "确认协议书已签字盖章", async (p) => {
      await p.getByLabel("各方签字盖章日期 *").fill(today);
      await p.getByLabel("签字盖章的协议书扫描件（先在附件中上传） *").selectOption({ label: "调解协议书-签字盖章.pdf" });
    });
    await page.getByTestId("state").filter({ hasText: "履行与回访" }).waitFor();
    await page.getByTestId("deadlines").getByText("司法确认申请期限").waitFor();
    await submit(page, "回访", async (p) => {
      await p.getByLabel("回访日期 *").fill(today);
      await p.getByLabel("回访方式 *").selectOption({ label: "上门走访" });
      await p.getByLabel("被回访人 *").fill("王大明");
      await p.getByLabel("履行情况 *").selectOption({ label: "已全部履行" });
      await p.getByLabel("回访情况 *").fill("已转账，双方满意。");
    });
    await page.screenshot({ path: ".tmp/screenshots/mediation-performing.png", fullPage: true });
    await submit(page, "结案");
    await submit(page, "立卷归档");
    await page.getByTestId("state").filter({ hasText: "已归档" }).waitFor();

    const row = page.getByTestId("documents").locator("tr", { hasText: "人民调解卷宗" });
    const [download] = await Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: "下载" }).click()]);
    const xml = await (await JSZip.loadAsync(readFileSync((await download.path())!))).file("word/document.xml")!.async("string");
    // Cover, then the index (its page numbers are PAGEREF fields), then each part in the prescribed order.
    const bodyStart = xml.lastIndexOf("PAGEREF part");
    expect(xml.indexOf("人民调解卷宗")).toBeLessThan(xml.indexOf("卷内目录"));
    expect(xml.indexOf("卷内目录")).toBeLessThan(bodyStart);
    const parts = ["人民调解申请书", "人民调解受理登记表", "当事人权利义务告知书", "调解记录", "人民调解协议书", "签字盖章的调解协议书", "人民调解回访记录", "卷宗情况说明", "卷内备考表"];
    const positions = parts.map((t) => xml.indexOf(`>${t}<`, bodyStart));
    expect(positions.every((p) => p > bodyStart)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // The case's own number (the demo's disputes were numbered before it).
    const number = (await page.locator(".print-ref").textContent())!.split(" · ")[1];
    expect(number).toMatch(/^（\d{4}）彭人调字第\d+号$/);
    expect(xml).toContain(number);
    expect(xml).toContain("王大明");
  });
});
