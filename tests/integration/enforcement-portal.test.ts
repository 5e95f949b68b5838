import { enforcementReport } from "../../app/procedures/enforcement/report.server";
import { annualStatistics, openData, publicDecision, publicOfficeInfo, publishedDecisions } from "../../app/procedures/enforcement/portal.server";
import { organisations } from "../../db/schema";
import { eq } from "drizzle-orm";
import { seededWorld } from "./world";
import { drive, inspection, REGISTRATION, register, sanction } from "./enforcement-world";

const w = await seededWorld();
const pengpu = w.db.select().from(organisations).where(eq(organisations.name, "彭浦新村街道")).get()!.id;

/** A decided and published case; `withdraw` also revokes the decision and withdraws the publication. */
async function published(partyName: string, withdraw = false) {
  const id = register(w, { ...REGISTRATION, partyName, facts: `${partyName}拆除承重墙。` });
  await drive(w, id, [
    ["lingdao", "FILE", { officers: [w.user("zhifa").id, w.user("zhifa2").id], opinion: "同意" }, "2026-09-01T02:00:00Z"],
    ["zhifa", "RECORD_ACT", inspection(w), "2026-09-02T03:00:00Z"],
    ["zhifa", "SUBMIT_REPORT", { facts: `${partyName}拆除承重墙。`, evidence: "笔录", ...sanction(3000) }, "2026-09-03T02:00:00Z"],
    ["lingdao", "APPROVE_CASE", { opinion: "同意" }, "2026-09-03T03:00:00Z"],
    ["zhifa", "SEND_NOTICE", { date: "2026-09-04", method: "direct" }, "2026-09-04T02:00:00Z"],
    ["zhifa", "WAIVE", { date: "2026-09-04", note: "放弃" }, "2026-09-04T03:00:00Z"],
    ["zhifa", "PROCEED", {}, "2026-09-04T04:00:00Z"],
    ["lingdao", "DECIDE", { ...sanction(3000), date: "2026-09-07" }, "2026-09-07T02:00:00Z"],
    ["zhifa", "PUBLISH", { text: `当事人：${partyName[0]}某某，罚款3000元。`, confirmed: "yes" }, "2026-09-08T02:00:00Z"],
  ]);
  if (withdraw) {
    await drive(w, id, [
      ["zhifa", "RECORD_REVOCATION", { kind: "revoked", date: "2026-10-09", reason: "复议撤销" }, "2026-10-09T02:00:00Z"],
      ["zhifa", "WITHDRAW_PUBLICATION", { cause: "revoked", reason: "该决定已被撤销" }, "2026-10-09T03:00:00Z"],
    ]);
  }
  return id;
}

const shown = await published("王大明");
const withdrawn = await published("李小华", true);

describe("the public portal's data", () => {

  it("lists published decisions with the masked party, and a withdrawn one with its reason only", () => {
    const rows = publishedDecisions(w.db, {}).rows;
    expect(rows.find((r) => r.caseId === shown)).toMatchObject({ party: "王某某", status: "published", office: "彭浦新村街道办事处" });
    expect(rows.find((r) => r.caseId === withdrawn)).toMatchObject({ party: "", sanction: "", status: "withdrawn", withdrawReason: "该决定已被撤销" });
    expect(publicDecision(w.db, withdrawn)).toMatchObject({ text: "", party: "" });
    expect(JSON.stringify(openData(w.db))).not.toMatch(/王大明|李小华|李某某,罚款/);
  });

  it("lists only officers whose certificates are valid, and the street's catalogue", () => {
    const info = publicOfficeInfo(w.db, pengpu, "2026-11-22");
    expect(info.officers.map((o) => o.certNo).sort()).toEqual(["31060120001", "31060120002"]);
    expect(info.catalogue.map((m) => m.key)).toContain("structure");
  });

  it("gives the district supervisor figures across offices, and a street only its own", () => {
    const district = enforcementReport(w.db, w.user("jiandu"), { from: "2026-01-01", to: "2026-12-31" });
    expect(district.figures.cases).toBe(2);
    expect([district.figures.published, district.figures.withdrawals, district.figures.publishedOnTimeRate]).toEqual([2, 1, 100]);
    expect(enforcementReport(w.db, w.user("suozhang2"), { from: "2026-01-01", to: "2026-12-31" }).figures.cases).toBe(0);
  });
});

// Last: it adds a case, which the counts above do not expect.
describe("the public annual statistics", () => {
  it("the annual statistics reuse their count until something changes, then count the new decision", async () => {
    const before = annualStatistics(w.db, 2026);
    expect(annualStatistics(w.db, 2026)).toBe(before);
    await published("赵四海");
    const after = annualStatistics(w.db, 2026);
    expect(after).not.toBe(before);
    expect(after).toMatchObject({ cases: before.cases + 1, published: before.published + 1, publishedOnTime: before.publishedOnTime + 1 });
  });
});

// It registers a case too, after the counts above.
describe("officer pickers", () => {
  it("shows each officer's certificate and its validity in the case page's pickers", async () => {
    const { caseView } = await import("../../app/cases/case-view.server");
    const { findVisibleCase } = await import("../../app/cases/queries.server");
    const id = register(w, { ...REGISTRATION, partyName: "陈某" });
    const view = caseView(w.db, w.user("lingdao"), findVisibleCase(w.db, w.user("lingdao"), id)!);
    const field = view.actions.find((a) => a.type === "FILE")!.form.find((f) => f.name === "officers") as { choices?: { name: string }[] };
    const names = (field.choices ?? []).map((c) => c.name);
    expect(names).toContainEqual(expect.stringMatching(/^刘队员（执法证31060120001，有效期至\d{4}年\d{1,2}月\d{1,2}日）$/));
    expect(names).toContain("高队员（执法证31060120003已于2025年12月31日过期）");
  });
});
