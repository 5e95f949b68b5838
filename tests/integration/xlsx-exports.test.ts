/**
 * Excel exports (issue 13 §4): read back with exceljs, they hold the page's numbers, Chinese headers
 * in a frozen row and China dates; the district's register masks natural persons' names.
 */
import ExcelJS from "exceljs";
import { procedureModule } from "../../app/procedures";
import { enforcementFiguresIn } from "../../app/procedures/enforcement/report.server";
import { seededWorld } from "./world";
import { builtApp } from "./http";
import { seedEnforcementDemo } from "../../app/procedures/enforcement/demo.server";

const w = await seededWorld();
await seedEnforcementDemo(w.db);
const app = await builtApp();

async function sheetsOf(path: string, username: string) {
  const res = await app.get(path, await app.cookieFor(username));
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(res.headers.get("Content-Disposition")).toContain("filename*=UTF-8''");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}
/** Rows as arrays from the first column; an empty row (the gap under the preface) is []. */
const values = (ws: ExcelJS.Worksheet) => Array.from(ws.getSheetValues().slice(1), (r) => (Array.isArray(r) ? Array.from(r.slice(1), (v) => v ?? null) : []));

describe("Excel exports", () => {
  it("gives the enforcement report's figures, the same as the page counts, under a frozen Chinese header", async () => {
    const wb = await sheetsOf("/reports/enforcement/xlsx?from=2026-01-01&to=2026-12-31", "lingdao");
    const ws = wb.getWorksheet("行政执法统计")!;
    const rows = values(ws);
    expect(rows[0]).toEqual(["统计范围", "彭浦新村街道"]);
    const header = rows.findIndex((r) => r[0] === "指标");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: header + 1 });
    const f = enforcementFiguresIn(w.db, { offices: [w.user("lingdao").organisationId], from: "2026-01-01", to: "2026-12-31" });
    const figure = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(figure("登记案件")).toBe(f.cases);
    expect(figure("罚没金额（元）")).toBe(f.fines);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["行政执法统计", "按执法事项", "按办理阶段", "按单位"]);
  });

  it("gives the 执法台账 with full names to the street and masked ones to the district", async () => {
    const street = values((await sheetsOf("/reports/enforcement/register.xlsx?from=2026-01-01&to=2026-12-31", "lingdao")).getWorksheet("执法台账")!);
    const header = street.findIndex((r) => r[0] === "序号");
    expect(street[header]).toContain("决定书文号");
    const party = street[header].indexOf("当事人");
    const names = street.slice(header + 1).map((r) => String(r[party]));
    expect(names).toContain("王大明");
    const district = values((await sheetsOf("/reports/enforcement/register.xlsx?from=2026-01-01&to=2026-12-31", "jiandu")).getWorksheet("执法台账")!);
    const masked = district.slice(header + 1).map((r) => String(r[party]));
    expect(masked).toContain("王某某");
    expect(masked).not.toContain("王大明");
  });

  it("gives the filtered case list as a 台账, and refuses a reader without the report's post", async () => {
    const ws = (await sheetsOf("/cases/register.xlsx?procedure=enforcement", "zhifa")).getWorksheet("案件台账")!;
    const rows = values(ws);
    const header = rows.findIndex((r) => r[0] === "序号");
    expect(rows[header]).toEqual(["序号", "案号", "程序", "事项", "办理单位", "当前阶段", "最近期限", "期限状态", "最近办理"]);
    expect(rows.slice(header + 1).every((r) => r[2] === "行政执法")).toBe(true);
    expect(rows.length - header - 1).toBeGreaterThan(0);
    expect(procedureModule("mediation")!.server.reportSheets).toBeDefined();
    expect((await app.get("/reports/enforcement/xlsx", await app.cookieFor("tiaojie"))).status).toBe(403);
  });
});
