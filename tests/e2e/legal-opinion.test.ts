import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { serveForBrowser, SHOTS, signInAs } from "./server";

const app = serveForBrowser();
const shots = SHOTS;

const signIn = (username: string) => signInAs(app.browser, app.server.url, username);

describe("a legal-opinion request in the browser", () => {
  it("goes from a staff member's request to a downloaded, numbered 法律意见书", async () => {
    // 司法所工作人员 files the request; a missing field is reported beside it first.
    const staff = await signIn("ganshi");
    await staff.getByRole("link", { name: "申请法律意见" }).click();
    await staff.getByLabel("事项类型 *").selectOption({ label: "合同审查" });
    await staff.getByLabel("事项名称 *").fill("彭浦新村加装电梯代建合同审查");
    await staff.getByLabel("申请部门 *").fill("街道管理办");
    await staff.getByLabel("基本情况 *").fill("街道拟与建设公司签订加装电梯代建合同。");
    await staff.getByRole("button", { name: "提交申请" }).click();
    await staff.getByText("请填写需要回答的法律问题").waitFor();
    await staff.getByLabel("需要回答的法律问题 *").fill("违约金条款是否有效?");
    await staff.getByRole("button", { name: "提交申请" }).click();
    await staff.getByTestId("state").filter({ hasText: "待受理" }).waitFor();
    const caseUrl = staff.url();

    // 司法所所长 accepts and assigns the legal adviser.
    const director = await signIn("suozhang");
    await director.getByTestId("tasks").getByRole("link", { name: "受理法律意见申请并指派承办人" }).first().click();
    await director.getByText("受理并指派承办人", { exact: true }).first().click();
    await director.getByLabel("承办人（法律顾问/公职律师） *").selectOption({ label: "陈律师" });
    await director.getByRole("button", { name: "受理并指派承办人" }).click();
    await director.getByTestId("state").filter({ hasText: "起草中" }).waitFor();
    await director.getByTestId("deadlines").getByText("个工作日").first().waitFor();

    // 法律顾问 drafts; a basis without an article is refused with the reason beside the field.
    const adviser = await signIn("guwen");
    await adviser.goto(caseUrl);
    await adviser.getByLabel("基本事实 *").fill("街道拟签订代建合同，约定违约金为合同价款的百分之五十。");
    await adviser.getByLabel("咨询问题 *").fill("违约金条款是否有效。");
    await adviser.getByLabel("法律分析 *").fill("约定的违约金过分高于造成的损失的，人民法院可以根据当事人的请求予以适当减少。");
    await adviser.getByLabel("法律意见 *").fill("建议将违约金调整为不超过实际损失的百分之三十。");
    await adviser.getByLabel("法律依据（每行一条，写明具体条款） *").fill("民法典有关规定");
    await adviser.getByRole("button", { name: "提交意见书草稿" }).click();
    await adviser.getByText("法律依据须写明法律名称和具体条款", { exact: false }).waitFor();
    await adviser.getByLabel("法律依据（每行一条，写明具体条款） *").fill("《中华人民共和国民法典》第五百八十五条");
    await adviser.getByRole("button", { name: "提交意见书草稿" }).click();
    await adviser.getByTestId("state").filter({ hasText: "审核中" }).waitFor();

    // The director approves and issues; the numbered document appears.
    await director.goto(caseUrl);
    await director.getByText("审核同意", { exact: true }).first().click();
    await director.getByRole("button", { name: "审核同意" }).click();
    await director.getByTestId("state").filter({ hasText: "审核通过待出具" }).waitFor();
    await director.getByRole("button", { name: "出具法律意见书（编号并生成文书）" }).click();
    await director.getByTestId("state").filter({ hasText: "已出具" }).waitFor();
    const number = (await director.getByTestId("documents").locator("td").nth(1).innerText()).trim();
    expect(number).toMatch(/^彭司法意〔\d{4}〕1号$/);
    await director.screenshot({ path: `${shots}/case-issued.png`, fullPage: true });

    // Download the .docx and read it.
    const [download] = await Promise.all([director.waitForEvent("download"), director.getByRole("link", { name: "下载" }).click()]);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain(number);
    expect(xml).toContain("《中华人民共和国民法典》第五百八十五条");
    expect(xml).toContain('w:eastAsia="仿宋"');

    // The preview shows the printed pages as images drawn from the document, and the same text beside them.
    await director.getByRole("link", { name: "预览" }).click();
    const page1 = director.getByTestId("preview-pages").getByRole("img", { name: /第1页，共\d+页$/ });
    await page1.waitFor();
    await director.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0, await page1.elementHandle());
    expect(await page1.evaluate((img) => [(img as HTMLImageElement).naturalWidth, (img as HTMLImageElement).naturalHeight])).toEqual([794, 1123]);
    expect(await director.getByTestId("preview").textContent()).toContain(number);
    await director.screenshot({ path: `${shots}/document-preview.png`, fullPage: false });
  });

  it("refuses a cross-site form post and hides another office's case", async () => {
    const res = await fetch(`${app.server.url}/login`, {
      method: "POST",
      headers: { Origin: "http://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: "username=ganshi&password=Demo2026",
    });
    expect(res.status).toBe(403);
    const other = await signIn("suozhang2");
    const response = await other.goto(`${app.server.url}/cases/1`);
    expect(response?.status()).toBe(404);
    await other.getByText("页面或记录不存在").waitFor();
  });
});
