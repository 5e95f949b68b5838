/**
 * The yearly catalogue (713 art. 3 ¶3, art. 42): every guard holds and refuses, the list is agreed,
 * filed, acknowledged and published in order, adjustments never overwrite it, and the year ends
 * with every item accounted for.
 */
import { listActions } from "../../workflows/engine/run";
import { decisionCatalogueProcedure as proc } from "../../workflows/decision-catalogue";
import { ALL_GUARDS } from "../../workflows/decision-catalogue/guards";
import { adjusted, director, item, leader, newCatalogue, published, refuse, staff, step, supervisor } from "./decision-catalogue-helpers";

const at = (d: string) => `${d}T02:00:00Z`;

describe("the catalogue's guards, each holding and refusing, each citing its basis", () => {
  it("cites 713 for every guard that rests on it", () => {
    for (const g of ALL_GUARDS) expect(g.basis, g.name).toMatch(g.name === "dateNotFuture" ? /如实记录/ : /《重大行政决策程序暂行条例》第三条第三款/);
  });

  it("hasItems: an empty list is not sent on", () => {
    expect(refuse(newCatalogue(), "SUBMIT", staff, { note: "" }, at("2026-01-06"))).toEqual(["hasItems"]);
    const s = step(newCatalogue(), "ADD_ITEM", staff, item("加装电梯补贴办法"), at("2026-01-05")).snapshot;
    expect(step(s, "SUBMIT", staff, { note: "" }, at("2026-01-06")).state).toBe("reviewing");
  });

  it("plannedInYear: an item is not planned before the catalogue's year", () => {
    expect(refuse(newCatalogue(), "ADD_ITEM", staff, item("加装电梯补贴办法", "2025-12"), at("2026-01-05"))).toEqual(["plannedInYear"]);
    expect(step(newCatalogue(), "ADD_ITEM", staff, item("加装电梯补贴办法", "2027-03"), at("2026-01-05")).context.items[0].plannedBy).toBe("2027-03");
  });

  it("notListedYet: the same matter is listed once", () => {
    const s = step(newCatalogue(), "ADD_ITEM", staff, item("加装电梯补贴办法"), at("2026-01-05")).snapshot;
    expect(refuse(s, "ADD_ITEM", staff, item("加装电梯补贴办法"), at("2026-01-05"))).toEqual(["notListedYet"]);
    expect(step(s, "ADD_ITEM", staff, item("非机动车停放管理规定"), at("2026-01-05")).context.items.map((i: { no: number }) => i.no)).toEqual([1, 2]);
  });

  it("itemOnList: only an item on the list is removed", () => {
    const s = step(newCatalogue(), "ADD_ITEM", staff, item("加装电梯补贴办法"), at("2026-01-05")).snapshot;
    expect(refuse(s, "REMOVE_DRAFT_ITEM", staff, { item: 9 }, at("2026-01-05"))).toEqual(["itemOnList"]);
    expect(step(s, "REMOVE_DRAFT_ITEM", staff, { item: 1 }, at("2026-01-05")).context.items).toEqual([]);
  });

  it("dateNotFuture: a meeting is recorded after it was held", () => {
    let s = step(newCatalogue(), "ADD_ITEM", staff, item("加装电梯补贴办法"), at("2026-01-05")).snapshot;
    s = step(s, "SUBMIT", staff, { note: "" }, at("2026-01-06")).snapshot;
    s = step(s, "REVIEW_PASS", director, { opinion: "同意" }, at("2026-01-08")).snapshot;
    expect(refuse(s, "AGREE", leader, { meeting: "党工委会议", date: "2026-01-21" }, at("2026-01-20"))).toEqual(["dateNotFuture"]);
    expect(step(s, "AGREE", leader, { meeting: "党工委会议", date: "2026-01-20" }, at("2026-01-20")).state).toBe("filing");
  });

  it("notBeforeAgreement: filed and published only after the Party committee agreed", () => {
    let s = step(newCatalogue(), "ADD_ITEM", staff, item("加装电梯补贴办法"), at("2026-01-05")).snapshot;
    s = step(s, "SUBMIT", staff, { note: "" }, at("2026-01-06")).snapshot;
    s = step(s, "REVIEW_PASS", director, { opinion: "同意" }, at("2026-01-08")).snapshot;
    s = step(s, "AGREE", leader, { meeting: "党工委会议", date: "2026-01-20" }, at("2026-01-20")).snapshot;
    expect(refuse(s, "FILE", staff, { filedOn: "2026-01-19", filedWith: "区司法局" }, at("2026-01-21"))).toEqual(["notBeforeAgreement"]);
    s = step(s, "FILE", staff, { filedOn: "2026-01-20", filedWith: "区司法局" }, at("2026-01-21")).snapshot;
    s = step(s, "ACKNOWLEDGE", supervisor, { opinion: "予以备案" }, at("2026-01-22")).snapshot;
    expect(refuse(s, "PUBLISH", staff, { publishedOn: "2026-01-10" }, at("2026-01-22"))).toEqual(["notBeforeAgreement"]);
    expect(step(s, "PUBLISH", staff, { publishedOn: "2026-01-22" }, at("2026-01-22")).state).toBe("executing");
  });

  it("evaluatedItemOnList and allItemsEvaluated: the year ends with every item done, carried over or dropped", () => {
    let s = published();
    expect(refuse(s, "EVALUATE_ITEM", staff, { item: 7, outcome: "done", reason: "已出台" }, at("2026-12-20"))).toEqual(["evaluatedItemOnList"]);
    s = step(s, "EVALUATE_ITEM", staff, { item: 1, outcome: "done", reason: "已于6月出台" }, at("2026-12-20")).snapshot;
    expect(refuse(s, "FINISH_EVALUATION", staff, { summary: "总结" }, at("2026-12-21"))).toEqual(["allItemsEvaluated"]);
    s = step(s, "EVALUATE_ITEM", staff, { item: 2, outcome: "carried", reason: "征求意见尚未结束" }, at("2026-12-20")).snapshot;
    const done = step(s, "FINISH_EVALUATION", staff, { summary: "两项事项一项完成、一项结转" }, at("2026-12-21"));
    expect(done.state).toBe("evaluated");
    expect(step(done.snapshot, "ARCHIVE", staff, { note: "" }, at("2026-12-28")).state).toBe("archived");
  });
});

describe("the order of the catalogue's steps", () => {
  it("a returned list goes back to 编制 with the 司法所's opinion kept", () => {
    let s = step(newCatalogue(), "ADD_ITEM", staff, item("加装电梯补贴办法"), at("2026-01-05")).snapshot;
    s = step(s, "SUBMIT", staff, { note: "" }, at("2026-01-06")).snapshot;
    const back = step(s, "REVIEW_RETURN", director, { opinion: "依据不明" }, at("2026-01-07"));
    expect(back.state).toBe("drafting");
    expect(back.context.reviews).toMatchObject([{ round: 1, outcome: "return", opinion: "依据不明" }]);
    expect(proc.pendingTasks("drafting", back.context)[0].label).toContain("按审核意见修改");
  });

  it("cannot be published before the district acknowledges the filing, nor adjusted before it is published", () => {
    let s = step(newCatalogue(), "ADD_ITEM", staff, item("加装电梯补贴办法"), at("2026-01-05")).snapshot;
    s = step(s, "SUBMIT", staff, { note: "" }, at("2026-01-06")).snapshot;
    s = step(s, "REVIEW_PASS", director, { opinion: "同意" }, at("2026-01-08")).snapshot;
    s = step(s, "AGREE", leader, { meeting: "党工委会议", date: "2026-01-20" }, at("2026-01-20")).snapshot;
    s = step(s, "FILE", staff, { filedOn: "2026-01-20", filedWith: "区司法局" }, at("2026-01-21")).snapshot;
    const types = listActions(proc, s as any, staff, at("2026-01-21"), () => null).map((a) => a.type);
    expect(types).not.toContain("PUBLISH");
    expect(types).not.toContain("PROPOSE_ADJUSTMENT");
    expect(proc.pendingTasks("filed", s.context as any)).toEqual([{ label: "确认街道决策事项目录备案", role: "district_supervisor", userId: null }]);
  });

  it("an adjustment adds an item without overwriting the first list, and a removal marks the item instead of deleting it", () => {
    let s = adjusted();
    const c = s.context as any;
    expect(c.items.map((i: any) => [i.no, i.name, i.addedBy])).toEqual([[1, "老旧小区加装电梯补贴办法", null], [2, "非机动车停放管理规定", null], [3, "老旧小区综合治理项目", 1]]);
    expect(c.adjustments[0]).toMatchObject({ kind: "add", publishedOn: "2026-05-12", approval: { date: "2026-05-10" } });
    expect(refuse(s, "PROPOSE_ADJUSTMENT", staff, { kind: "remove", item: 8, reason: "不再实施" }, at("2026-06-01"))).toEqual(["itemOnList"]);
    expect(refuse(s, "PROPOSE_ADJUSTMENT", staff, { kind: "add", ...item("非机动车停放管理规定"), purpose: "x", reason: "重复" }, at("2026-06-01"))).toEqual(["notListedYet"]);
    s = step(s, "PROPOSE_ADJUSTMENT", staff, { kind: "remove", item: 2, reason: "上位法修订，暂缓制定" }, at("2026-06-01")).snapshot;
    s = step(s, "ADJUST_REVIEW_PASS", director, { opinion: "同意调出" }, at("2026-06-02")).snapshot;
    s = step(s, "ADJUST_AGREE", leader, { meeting: "党工委会议", date: "2026-06-05" }, at("2026-06-05")).snapshot;
    expect(refuse(s, "ADJUST_PUBLISH", staff, { publishedOn: "2026-06-04" }, at("2026-06-06"))).toEqual(["notBeforeAgreement"]);
    const r = step(s, "ADJUST_PUBLISH", staff, { publishedOn: "2026-06-06" }, at("2026-06-06"));
    expect(r.state).toBe("executing");
    const removed = (r.context as any).items.find((i: any) => i.no === 2);
    expect(removed).toMatchObject({ name: "非机动车停放管理规定", removed: { by: 2, on: "2026-06-06", reason: "上位法修订，暂缓制定" } });
    // A removed item needs no evaluation, and cannot be evaluated.
    expect(refuse(r.snapshot, "EVALUATE_ITEM", staff, { item: 2, outcome: "done", reason: "x" }, at("2026-12-20"))).toEqual(["evaluatedItemOnList"]);
  });

  it("a refused adjustment leaves the list as it was, recorded as not made", () => {
    let s = published();
    s = step(s, "PROPOSE_ADJUSTMENT", staff, { kind: "remove", item: 1, reason: "不想做了" }, at("2026-03-01")).snapshot;
    const r = step(s, "ADJUST_REVIEW_RETURN", director, { opinion: "理由不充分" }, at("2026-03-02"));
    expect(r.state).toBe("executing");
    expect((r.context as any).items.every((i: any) => i.removed === null)).toBe(true);
    expect((r.context as any).adjustments[0]).toMatchObject({ dropped: true, publishedOn: null });
  });

  it("an adjustment that adds needs the item's fields", () => {
    expect(refuse(published(), "PROPOSE_ADJUSTMENT", staff, { kind: "add", reason: "新增" }, at("2026-03-01")).sort()).toEqual(["basis", "name", "plannedBy", "purpose", "unit"]);
  });
});
