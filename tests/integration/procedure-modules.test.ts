/**
 * What the registry gives the kernel reaches the user: each procedure's report page at
 * /reports/<id> behind its own permission, its navigation entries, its settings on 机构设置, and
 * the one permission table assembled from every module.
 */
import { allPermissions, hasPermission, rolesWith } from "../../app/auth/permissions";
import { procedureModules } from "../../app/procedures";
import { seedEnforcementDemo } from "../../app/procedures/enforcement/demo.server";
import { builtApp } from "./http";
import { seededWorld } from "./world";

const w = await seededWorld();
const [, waiting] = await seedEnforcementDemo(w.db);
const app = await builtApp();
const html = async (path: string, username: string) => {
  const res = await app.get(path, await app.cookieFor(username));
  return { status: res.status, text: await res.text() };
};

describe("report pages", () => {
  it("show the mediation figures to the 所长 with the CSV link, and refuse a legal adviser", async () => {
    const page = await html("/reports/mediation?from=2026-01-01&to=2026-12-31", "suozhang");
    expect(page.status).toBe(200);
    expect(page.text).toContain("<h1>人民调解统计</h1>");
    expect(page.text).toContain('data-testid="figures"');
    expect(page.text).toContain("/reports/mediation.csv?from=2026-01-01&amp;to=2026-12-31");
    expect((await html("/reports/mediation", "guwen")).status).toBe(403);
  });

  it("show the enforcement figures of the demo cases to the district, listing streets only", async () => {
    const page = await html("/reports/enforcement", "jiandu");
    expect(page.status).toBe(200);
    expect(page.text).toContain("<h1>行政执法统计</h1>");
    expect(page.text).toContain("国办发〔2018〕118号第六条");
    expect(page.text).toContain("彭浦新村街道");
    expect(page.text).not.toContain(">彭浦新村街道第一居民委员会<");
    expect((await html("/reports/enforcement", "tiaojie")).status).toBe(403);
  });

  it("answer 404 for a procedure without a report or an unknown one", async () => {
    expect((await html("/reports/legal-opinion", "suozhang")).status).toBe(404);
    expect((await html("/reports/nothing", "suozhang")).status).toBe(404);
  });
});

describe("the permission table", () => {
  it("holds every permission each module declares, and the grants it makes", () => {
    for (const m of procedureModules()) {
      for (const p of m.permissions) expect(allPermissions()).toContain(p);
      for (const [role, granted] of Object.entries(m.grants)) for (const p of granted!) expect(hasPermission([role], p), `${role} ${p}`).toBe(true);
    }
    expect(rolesWith("legal-opinion.accept")).toEqual(["judicial_director"]);
    expect(hasPermission(["legal_adviser"], "mediation.handle")).toBe(false);
    expect(hasPermission(["admin"], "case.read")).toBe(false);
  });

  it("holds the permission of every event and of every creation form", () => {
    for (const m of procedureModules()) {
      expect(allPermissions()).toContain(m.definition.createPermission);
      for (const e of Object.values(m.definition.events)) expect(allPermissions(), `${m.definition.id} ${e.type}`).toContain(e.permission);
    }
  });
});

describe("case files", () => {
  it("offer the kinds of the case's procedure on its page, and store a kind it does not list as 其他", async () => {
    const { caseFiles } = await import("../../db/schema");
    const { eq } = await import("drizzle-orm");
    const { fileKindsOf } = await import("../../app/files/file-kinds");
    const { procedureModule } = await import("../../app/procedures");
    expect(fileKindsOf(procedureModule("mediation"))).toContain("签字协议书");
    const page = await html(`/cases/${waiting}`, "zhifa");
    expect(page.text).toContain('<option value="证据材料" selected="">证据材料</option>');
    expect(page.text).not.toContain("签字协议书");
    const form = new FormData();
    form.append("kind", "签字协议书");
    form.append("file", new Blob([new TextEncoder().encode("%PDF-1.7\n% x\n")], { type: "application/pdf" }), "协议.pdf");
    const res = await app.handle(new Request(`http://localhost/cases/${waiting}/files`, { method: "POST", body: form, headers: { Cookie: await app.cookieFor("zhifa") } }), { clientIp: "198.18.1.3" });
    expect(res.status).toBe(302);
    expect(w.db.select().from(caseFiles).where(eq(caseFiles.caseId, waiting)).all().find((f) => f.name.startsWith("协议"))?.kind).toBe("其他（PDF）");
  });
});

describe("the OpenAPI document", () => {
  it("names the permission of every event and new case, and the posts that hold it", async () => {
    const { openApiDocument } = await import("../../app/api/openapi");
    const schemas = openApiDocument().components.schemas as Record<string, Record<string, unknown>>;
    expect(schemas["legal-opinion.ACCEPT"]).toMatchObject({ "x-permission": "legal-opinion.accept", "x-roles": ["judicial_director"] });
    expect(schemas["legal-opinion.create"]).toMatchObject({ "x-permission": "legal-opinion.create", "x-roles": ["street_leader", "judicial_director", "judicial_staff"] });
    for (const m of procedureModules()) for (const type of Object.keys(m.definition.events)) expect(schemas[`${m.definition.id}.${type}`]["x-permission"]).toBe(m.definition.events[type].permission);
  });
});

describe("navigation and settings from the modules", () => {
  it("give each post the entries of the procedures it works on, in the usual order", async () => {
    const nav = (text: string) => [...text.matchAll(/<nav aria-label="主菜单">(.*?)<\/nav>/gs)][0][1].match(/>([^<>]+)<\/a>/g)!.map((s) => s.slice(1, -4));
    expect(nav((await html("/", "ganshi")).text)).toEqual(["工作台", "案件", "受理纠纷", "纠纷排查", "申请法律意见", "合法性审查送审", "决策事项目录", "重大行政决策", "“三重一大”", "调解统计", "审查统计", "决策统计", "法律顾问", "执法公示"]);
    expect(nav((await html("/", "zhifa")).text)).toEqual(["工作台", "案件", "执法案件登记", "执法统计", "执法公示"]);
    expect(nav((await html("/", "admin")).text)).toEqual(["工作台", "用户管理", "节假日", "机构设置", "执法事项目录", "执法公示"]);
  });

  it("list each procedure's editable settings on 机构设置 with the stored values", async () => {
    const page = await html("/admin/settings", "admin");
    expect(page.status).toBe(200);
    for (const label of ["法律意见书办理时限（自指派之日起，工作日）", "时限依据", "调解协议回访间隔", "<legend>纠纷类型目录</legend>", "<legend>风险因素最低等级</legend>"]) expect(page.text).toContain(label);
    expect(page.text).toContain('name="legal-opinion.draftDays"');
    // The dispute types are rows, each stored one with its key and a 删除 box.
    expect(page.text).toMatch(/<input name="mediation\.disputeTypes\.0\.label" aria-label="第1行纠纷类型" type="text"[^>]* value="邻里纠纷"/);
    expect(page.text).toContain('name="mediation.disputeTypes.0.key" value="neighbour"');
    expect(page.text).toContain('name="mediation.disputeTypes.0.remove"');
    expect(page.text).not.toContain("<textarea");
    expect(page.text).not.toContain('name="enforcement.catalogue"');
  });

  it("refuse a wrong value on 机构设置 naming the field, and store nothing of the form", async () => {
    const { getSetting } = await import("../../app/settings.server");
    const street = w.user("suozhang").organisationId;
    const before = [getSetting(w.db, street, "legal-opinion.draftBasis"), getSetting(w.db, street, "mediation.followUpDays")];
    const body = new URLSearchParams({
      officeId: String(street), "legal-opinion.draftDays": "0", "legal-opinion.draftBasis": "本所新制度第三条", "mediation.followUpDays": "30",
      "mediation.disputeTypes.count": "2", "mediation.disputeTypes.0.key": "neighbour", "mediation.disputeTypes.0.label": "邻里纠纷", "mediation.disputeTypes.1.label": "过长的纠纷类型名称超过了二十个字的限制呀呀",
    });
    const res = await app.handle(new Request("http://localhost/admin/settings", { method: "POST", body, headers: { Cookie: await app.cookieFor("admin") } }), { clientIp: "198.18.1.2" });
    const text = await res.text();
    expect(text).toContain("办理时限：至少1个工作日");
    // The row's problem sits on its field, and what was typed is still there.
    expect(text).toContain("第2行纠纷类型：不能超过20字（现为21字）");
    expect(text).toContain('value="过长的纠纷类型名称超过了二十个字的限制呀呀"');
    expect(text).toContain('value="本所新制度第三条"');
    expect([getSetting(w.db, street, "legal-opinion.draftBasis"), getSetting(w.db, street, "mediation.followUpDays")]).toEqual(before);
  });
});
