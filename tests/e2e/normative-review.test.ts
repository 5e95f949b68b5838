import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { serveForBrowser, SHOTS, signInAs } from "./server";

const app = serveForBrowser();
const signIn = (username: string) => signInAs(app.browser, app.server.url, username);
const inDays = (n: number) => new Date(Date.now() + (8 * 3600 + n * 86400) * 1000).toISOString().slice(0, 10);

describe("a legality review of a contract in the browser", () => {
  it("goes from 送审 with an uploaded draft to a downloaded, numbered 合法性审查意见书", async () => {
    // 司法所工作人员 registers the contract; a missing other party is reported beside the field first.
    const staff = await signIn("ganshi");
    await staff.getByRole("link", { name: "合法性审查送审" }).click();
    await staff.getByLabel("送审文件类型 *").selectOption({ label: "合同" });
    await staff.getByLabel("文件（合同）名称 *").fill("社区长者食堂委托运营合同");
    await staff.getByLabel("送审单位 *").fill("街道自治办");
    await staff.getByLabel("起草（送审）说明 *").fill("街道拟委托专业公司运营社区长者食堂，合同期三年。");
    await staff.getByLabel("要求完成日期 *").fill(inDays(20));
    await staff.getByRole("button", { name: "提交申请" }).click();
    await staff.getByText("合同相对方：送审合同须写明合同相对方").waitFor();
    await staff.getByLabel("合同相对方（合同必填）").fill("上海某某餐饮管理有限公司");
    await staff.getByRole("button", { name: "提交申请" }).click();
    await staff.getByTestId("state").filter({ hasText: "待受理" }).waitFor();
    const caseUrl = staff.url();

    // The draft is uploaded and handed in.
    await staff.getByLabel("上传附件（证据、签字扫描件等）").setInputFiles({ name: "委托运营合同（送审稿）.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n% draft contract\n") });
    await staff.getByLabel("材料类别（立卷时按类别排列）").selectOption("送审稿");
    await staff.getByRole("button", { name: "上传", exact: true }).click();
    await staff.getByText("附件已上传。").waitFor();
    await staff.getByText("提交送审稿", { exact: true }).first().click();
    await staff.getByLabel("送审稿（先在“附件”中上传） *").selectOption({ label: "委托运营合同（送审稿）.pdf" });
    await staff.getByRole("button", { name: "提交送审稿" }).click();
    await staff.getByText("委托运营合同（送审稿）.pdf").first().waitFor();

    // 所长 accepts from the 工作台 and assigns the adviser; the period shows with its basis.
    const director = await signIn("suozhang");
    await director.getByTestId("tasks").getByRole("link", { name: "受理合法性审查并指派审查人" }).first().click();
    await director.getByText("受理并指派审查人", { exact: true }).first().click();
    await director.getByLabel("审查人（法律顾问/公职律师） *").selectOption({ label: "陈律师" });
    await director.getByRole("button", { name: "受理并指派审查人" }).click();
    await director.getByTestId("state").filter({ hasText: "审查中" }).waitFor();
    await director.getByTestId("deadlines").getByText("《重大行政决策程序暂行条例》第二十六条", { exact: false }).first().waitFor();

    // The adviser's opinion: a problem without its article is refused beside the field.
    const adviser = await signIn("guwen");
    await adviser.goto(caseUrl);
    await adviser.getByText("提交审查意见", { exact: true }).first().click();
    await adviser.getByLabel("审查结论 *").selectOption({ label: "修改后合法" });
    await adviser.getByLabel("存在的问题（每行一条，写明与之抵触的条款）").fill("第九条约定街道对乙方罚款，不妥");
    await adviser.getByLabel("审查意见说明 *").fill("合同主体适格；第九条以罚款代替违约责任，应修改。");
    await adviser.getByLabel("修改建议（结论为修改后合法的必填）").fill("将第九条改为违约金条款。");
    await adviser.getByRole("button", { name: "提交审查意见" }).click();
    await adviser.getByText("每个问题须写明与之抵触的法律条款", { exact: false }).waitFor();
    await adviser.getByLabel("存在的问题（每行一条，写明与之抵触的条款）").fill("第九条约定街道对乙方处以罚款——《中华人民共和国行政处罚法》第十六条");
    await adviser.getByRole("button", { name: "提交审查意见" }).click();
    await adviser.getByTestId("state").filter({ hasText: "待所长签发" }).waitFor();

    // 所长 signs off; staff issue; the numbered document is downloaded and read.
    await director.goto(caseUrl);
    await director.getByTestId("actions").locator("summary", { hasText: "所长签发" }).click();
    await director.getByRole("button", { name: "所长签发" }).click();
    await director.getByTestId("state").filter({ hasText: "已签发待出具" }).waitFor();
    await staff.goto(caseUrl);
    await staff.getByRole("button", { name: "出具合法性审查意见书（编号并生成文书）" }).click();
    await staff.getByTestId("state").filter({ hasText: "已出具" }).waitFor();
    const number = (await staff.getByTestId("documents").locator("td").nth(1).innerText()).trim();
    expect(number).toMatch(/^彭司法审〔\d{4}〕\d+号$/);
    await staff.screenshot({ path: `${SHOTS}/normative-review-issued.png`, fullPage: true });
    const [download] = await Promise.all([staff.waitForEvent("download"), staff.getByRole("link", { name: "下载" }).first().click()]);
    const xml = await (await JSZip.loadAsync(readFileSync((await download.path())!))).file("word/document.xml")!.async("string");
    expect(xml).toContain(number);
    expect(xml).toContain("《中华人民共和国行政处罚法》第十六条");
    expect(xml).toContain("彭浦新村街道司法所");

    // The figures count it as a reviewed contract.
    await director.goto(`${app.server.url}/reports/normative-review`);
    await director.getByTestId("sentence").filter({ hasText: /审查合同[1-9]\d*件/ }).waitFor();
  });
});
