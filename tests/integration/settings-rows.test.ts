/**
 * Lists edited as rows (issue 13 §8): the enforcement catalogue at /admin/enforcement and a
 * screening's findings at /screenings. A renamed row keeps its key, a ticked row is removed, each
 * problem is named on its own row and field, and what was typed comes back after a refusal with
 * nothing stored.
 */
import { getSetting } from "../../app/settings.server";
import { parseCatalogue, parseThresholds } from "../../workflows/enforcement/catalogue";
import { builtApp } from "./http";
import { seededWorld } from "./world";

const w = await seededWorld();
const app = await builtApp();
const street = w.user("suozhang").organisationId;

async function post(path: string, username: string, fields: Record<string, string>) {
  const res = await app.handle(new Request(`http://localhost${path}`, { method: "POST", body: new URLSearchParams(fields), headers: { Cookie: await app.cookieFor(username) } }), { clientIp: "198.18.1.3" });
  return { status: res.status, text: await res.text(), location: res.headers.get("location") };
}

/** The form as the page sends it: the stored catalogue's rows, changed by `edit`, then the thresholds. */
function catalogueForm(edit: (rows: Record<string, string>[]) => Record<string, string | undefined>[]) {
  const rows = edit(parseCatalogue(getSetting(w.db, street, "enforcement.catalogue")).map((m) => ({ key: m.key, name: m.name, basis: m.basis, penalty: m.penalty, discretion: m.discretion })));
  const t = parseThresholds(getSetting(w.db, street, "enforcement.thresholds"));
  const fields: Record<string, string> = {
    officeId: String(street), "catalogue.count": String(rows.length),
    hearingFinePerson: String(t.hearingFinePerson), hearingFineOrganisation: String(t.hearingFineOrganisation),
    majorFinePerson: String(t.majorFinePerson), majorFineOrganisation: String(t.majorFineOrganisation), majorBasis: t.majorBasis, publishPolicy: t.publishPolicy,
  };
  rows.forEach((r, i) => { for (const [k, v] of Object.entries(r)) if (v !== undefined) fields[`catalogue.${i}.${k}`] = v; });
  return fields;
}

describe("the enforcement catalogue as rows", () => {
  it("shows each matter as a row with its fields, not a pipe-delimited text", async () => {
    const res = await app.get("/admin/enforcement", await app.cookieFor("admin"));
    const text = await res.text();
    expect(text).toContain("<legend>执法事项目录</legend>");
    expect(text).toMatch(/name="catalogue\.0\.name"[^>]* value="擅自变动房屋建筑主体和承重结构"/);
    expect(text).toContain('name="catalogue.0.remove"');
    expect(text).not.toContain("名称|法律依据");
  });

  it("keeps a renamed matter's key, removes a ticked one and adds a new one", async () => {
    const before = parseCatalogue(getSetting(w.db, street, "enforcement.catalogue"));
    const r = await post("/admin/enforcement", "admin", catalogueForm((rows) => [
      { ...rows[0], name: `${rows[0].name}（含擅自搭建）` },
      { ...rows[1], remove: "on" },
      ...rows.slice(2),
      { name: "擅自占用绿地", basis: "《上海市绿化条例》第二十八条", penalty: "责令限期改正，可处罚款", discretion: "" },
      { name: "", basis: "", penalty: "", discretion: "" },
    ]));
    expect(r.text).toContain("已保存");
    const after = parseCatalogue(getSetting(w.db, street, "enforcement.catalogue"));
    expect(after[0]).toMatchObject({ key: before[0].key, name: `${before[0].name}（含擅自搭建）` });
    expect(after.map((m) => m.key)).not.toContain(before[1].key);
    expect(after).toHaveLength(before.length);
    expect(after.at(-1)).toMatchObject({ name: "擅自占用绿地", basis: "《上海市绿化条例》第二十八条" });
  });

  it("names each wrong field by its row and stores nothing, keeping what was typed", async () => {
    const stored = getSetting(w.db, street, "enforcement.catalogue");
    const r = await post("/admin/enforcement", "admin", catalogueForm((rows) => [
      { ...rows[0], basis: "" },
      { ...rows[1], name: rows[0].name },
      { name: "新事项", basis: "《某条例》", penalty: "罚款", discretion: "x".repeat(1001) },
    ]));
    expect(r.text).toContain("第1行法律依据：请填写");
    expect(r.text).toContain(`第2行事项名称：“${rows0Name()}”与前面的行重复`);
    expect(r.text).toContain("第3行裁量基准：不能超过1000字（现为1001字）");
    expect(r.text).toMatch(/name="catalogue\.2\.name"[^>]* value="新事项"/);
    expect(getSetting(w.db, street, "enforcement.catalogue")).toBe(stored);
  });

  it("deletes a stored matter only when 删除此行 is ticked: emptied, it is refused on its row, numbered as the page numbers it", async () => {
    const stored = getSetting(w.db, street, "enforcement.catalogue");
    const r = await post("/admin/enforcement", "admin", catalogueForm((rows) => [{ name: "", basis: "", penalty: "", discretion: "" }, { ...rows[1], name: "", basis: "", penalty: "", discretion: "" }, ...rows.slice(2)]));
    expect(r.text).toContain("第2行事项名称：请填写");
    expect(r.text).not.toContain("第1行事项名称：");
    expect(getSetting(w.db, street, "enforcement.catalogue")).toBe(stored);
  });

  it("refuses to remove every matter", async () => {
    const r = await post("/admin/enforcement", "admin", catalogueForm((rows) => rows.map((x) => ({ ...x, remove: "on" }))));
    expect(r.text).toContain("执法事项目录：至少保留一个事项");
  });
});

function rows0Name() {
  return parseCatalogue(getSetting(w.db, street, "enforcement.catalogue"))[0].name;
}

describe("a screening's findings as rows", () => {
  it("records the rows filled in and names a row whose type is missing, keeping the others typed", async () => {
    const base = { date: "2026-09-01", scope: "1—12号楼", risks: "无明显风险" };
    const refused = await post("/screenings", "tiaojie", { ...base, "findings.count": "3", "findings.0.disputeType": "neighbour", "findings.0.description": "5号楼噪声", "findings.1.description": "没选类型的纠纷" });
    expect(refused.text).toContain("第2行纠纷类型：请选择");
    expect(refused.text).toMatch(/name="findings\.0\.description"[^>]* value="5号楼噪声"/);
    expect(refused.text).toContain('value="1—12号楼"');
    const saved = await post("/screenings", "tiaojie", { ...base, "findings.count": "3", "findings.0.disputeType": "neighbour", "findings.0.description": "5号楼噪声", "findings.1.disputeType": "property_mgmt", "findings.1.description": "电梯停运" });
    expect(saved.status).toBe(302);
    const page = await (await app.get("/screenings", await app.cookieFor("tiaojie"))).text();
    expect(page).toContain("5号楼噪声");
    expect(page).toContain("电梯停运");
  });
});
