/**
 * Issue 12, mediation as a court would read it: an agreement with rights and duties is written (PMR 34)
 * and only a written one goes to a joint 司法确认 (民事诉讼法 205; 法释〔2011〕5号 arts. 1, 3); a 民转刑
 * risk needs the PML 25 report, with the preventive measures, whatever the grade.
 */
import { applyEvent } from "../../workflows/engine/run";
import { mediationProcedure as proc } from "../../workflows/mediation";
import { ALL_GUARDS } from "../../workflows/mediation/guards";
import { mediator, started, step } from "./mediation-helpers";

const session = { kind: "mediation", date: "2026-09-08", start: "09:00", end: "10:00", place: "调解室", participants: "双方", content: "调解" };
const refusal = (s: any, type: string, payload: object, at: string) => {
  const r = applyEvent(proc, s, { type, actor: mediator, payload, at });
  return r.kind === "refused" ? r.reasons : r.kind === "invalid" ? r.issues.map((i) => ({ guard: i.path.join("."), message: i.message, basis: "" })) : [];
};
const guard = (name: string) => ALL_GUARDS.find((g) => g.name === name)!;

describe("oral agreements (PMR 34; PML 28)", () => {
  const mediated = () => step(started(), "RECORD_SESSION", session, "2026-09-08T02:00:00Z").snapshot;

  it("refuses an oral 赔偿5000元, and one a party wants written, citing 第三十四条", () => {
    const oral = { date: "2026-09-08", terms: "赵小红赔偿王大明维修费5000元", performance: "当场", obligations: "no", writingRequested: "no" };
    const r = refusal(mediated(), "AGREE_ORAL", oral, "2026-09-08T03:00:00Z");
    expect(r).toEqual([expect.objectContaining({ guard: "oralOnlyWithoutObligations", basis: expect.stringContaining("《人民调解工作若干规定》（司法部令第75号）第三十四条") })]);
    expect(refusal(mediated(), "AGREE_ORAL", { ...oral, terms: "互相赔礼道歉", writingRequested: "yes" }, "2026-09-08T03:00:00Z").map((x) => x.guard)).toEqual(["oralOnlyWithoutObligations"]);
    expect(refusal(mediated(), "AGREE_ORAL", { ...oral, terms: "由赵小红负责修复天花板", obligations: "yes" }, "2026-09-08T03:00:00Z").map((x) => x.guard)).toEqual(["oralOnlyWithoutObligations"]);
    expect(step(mediated(), "AGREE_ORAL", { ...oral, terms: "双方互相赔礼道歉，和好如初" }, "2026-09-08T03:00:00Z").state).toBe("performing");
  });

  it("sends only a written agreement to 司法确认, applied for jointly by every party", () => {
    const oral = step(mediated(), "AGREE_ORAL", { date: "2026-09-08", terms: "互相赔礼道歉", performance: "当场", obligations: "no", writingRequested: "no", confirmationDue: "2026-10-08" }, "2026-09-08T03:00:00Z").snapshot;
    expect(refusal(oral, "APPLY_CONFIRMATION", { date: "2026-09-09", court: "静安区人民法院", applicants: "王大明\n赵小红" }, "2026-09-09T02:00:00Z").map((x) => x.guard)).toEqual(["writtenForConfirmation"]);
    let s = step(mediated(), "AGREE_WRITTEN", { date: "2026-09-08", facts: "漏水致损", terms: "赵小红赔偿王大明5000元", performance: "9月30日前转账" }, "2026-09-08T03:00:00Z").snapshot;
    s = step(s, "RECORD_SIGNED", { signedOn: "2026-09-08", signedCopy: { sha256: "a".repeat(64), name: "协议.pdf" }, confirmationDue: "2026-10-08" }, "2026-09-08T04:00:00Z").snapshot;
    expect(refusal(s, "APPLY_CONFIRMATION", { date: "2026-09-09", court: "静安区人民法院", applicants: "王大明" }, "2026-09-09T02:00:00Z")).toEqual([expect.objectContaining({ guard: "jointApplication", basis: expect.stringContaining("第二百零五条") })]);
    const applied = step(s, "APPLY_CONFIRMATION", { date: "2026-09-09", court: "静安区人民法院", applicants: "王大明\n赵小红" }, "2026-09-09T02:00:00Z");
    expect(applied.context.confirmation).toMatchObject({ applicants: ["王大明", "赵小红"], court: "静安区人民法院" });
  });
});

describe("police notification follows the facts (PML 25), and risk factors set a floor", () => {
  it("a threat of revenge cannot be graded below red, and needs the report with the preventive measures before any further step", () => {
    // Risk factors set a floor (issue 12 §11): the refusal names the factor.
    const low = refusal(started(), "GRADE_RISK", { grade: "yellow", factors: ["violence"], reason: "一方扬言报复" }, "2026-09-08T02:00:00Z");
    expect(low).toEqual([expect.objectContaining({ guard: "grade", message: "风险等级：所述风险因素“有暴力倾向或扬言报复（民转刑风险）”的风险等级不得低于红色" })]);
    expect(refusal(started(), "GRADE_RISK", { grade: "yellow", factors: ["group"], reason: "涉及8户居民" }, "2026-09-08T02:00:00Z").map((x) => x.message)).toEqual(["风险等级：所述风险因素“群体性纠纷（涉及5人以上）”的风险等级不得低于橙色"]);
    // A street may raise a floor, never lower the national one.
    expect(refusal(started(), "GRADE_RISK", { grade: "orange", factors: ["large_amount"], reason: "争议20万元", floors: { large_amount: "red" } }, "2026-09-08T02:00:00Z").map((x) => x.guard)).toEqual(["grade"]);
    expect(refusal(started(), "GRADE_RISK", { grade: "orange", factors: ["violence"], reason: "x", floors: { violence: "orange" } }, "2026-09-08T02:00:00Z").map((x) => x.guard)).toEqual(["grade"]);
    let s = step(started(), "GRADE_RISK", { grade: "red", factors: ["violence"], reason: "一方扬言报复" }, "2026-09-08T02:00:00Z").snapshot;
    expect(refusal(s, "RECORD_SESSION", session, "2026-09-08T03:00:00Z").map((x) => x.guard)).toEqual(["policeNotifiedForRisk"]);
    expect(refusal(s, "TERMINATE", { ground: "failed", reason: "x" }, "2026-09-08T03:00:00Z").map((x) => x.guard)).toEqual(["policeNotifiedForRisk"]);
    expect(refusal(s, "NOTIFY_POLICE", { station: "彭浦新村派出所", note: "已通报" }, "2026-09-08T03:00:00Z").map((x) => x.guard)).toEqual(["measures"]);
    s = step(s, "NOTIFY_POLICE", { station: "彭浦新村派出所", note: "已通报", measures: "民警参与调解，分开双方" }, "2026-09-08T03:00:00Z").snapshot;
    expect((s.context as any).policeNotified.measures).toBe("民警参与调解，分开双方");
    expect(step(s, "RECORD_SESSION", session, "2026-09-08T04:00:00Z").state).toBe("mediating");
  });

  it("holds for a green dispute without the factor, and refuses a red one", () => {
    const c = (grade: string, factors: string[]) => ({ ...(started().context as any), risk: { grade, factors, reason: "", at: "" } });
    const g = guard("policeNotifiedForRisk");
    const e = { type: "X", at: "2026-09-08T02:00:00Z", actor: mediator, payload: {} };
    expect([g.test(c("green", []), e), g.test(c("orange", ["group"]), e), g.test(c("red", []), e), g.test(c("green", ["violence"]), e)]).toEqual([true, true, false, false]);
  });
});

describe("risk floors as a street sets them", () => {
  it("reads rows back, and refuses a floor below the national one", async () => {
    const { floorsFromRows, floorsToRows, parseRiskFloors } = await import("../../workflows/mediation/risk-floors");
    const rows = floorsToRows(parseRiskFloors(JSON.stringify({ large_amount: "orange" })));
    expect(rows).toContainEqual({ factor: "group", grade: "orange" });
    expect(rows).toContainEqual({ factor: "large_amount", grade: "orange" });
    expect(rows).toContainEqual({ factor: "petitions", grade: "" });
    expect(floorsFromRows(rows)).toEqual({ value: { violence: "red", group: "orange", large_amount: "orange" } });
    // Every factor's row, with one changed: the row index is the factor's place in the list.
    const withRow = (factor: string, grade: string) => rows.map((r) => (r.factor === factor ? { factor, grade } : r));
    const at = (factor: string) => rows.findIndex((r) => r.factor === factor);
    expect(floorsFromRows(withRow("violence", "yellow"))).toEqual({ problems: [{ row: at("violence"), column: "grade", message: "有暴力倾向或扬言报复（民转刑风险）：不得低于红色（全国统一的最低等级）" }] });
    expect(floorsFromRows(withRow("group", ""))).toMatchObject({ problems: [{ row: at("group"), column: "grade" }] });
    expect(floorsFromRows(withRow("petitions", "toString"))).toMatchObject({ problems: [{ row: at("petitions"), column: "grade" }] });
    // A form without every factor's row (a stale page) clears nothing.
    expect(floorsFromRows([])).toMatchObject({ problems: [{ row: -1 }] });
    expect(floorsFromRows([...rows.slice(1), { factor: "constructor", grade: "red" }])).toMatchObject({ problems: [{ row: -1 }] });
    expect(parseRiskFloors(JSON.stringify({ violence: "green" })).violence).toBe("red");
  });
});
