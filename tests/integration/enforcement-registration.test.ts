import { createCase } from "../../app/cases/create-case.server";
import { findVisibleCase } from "../../app/cases/queries.server";
import { seededWorld } from "./world";
import { REGISTRATION, send } from "./enforcement-world";

const w = await seededWorld();
const create = (data: Record<string, unknown>) => createCase(w.db, w.user("zhifa"), "enforcement", { ...REGISTRATION, ...data }, "2026-09-10T01:00:00Z");

describe("registering an enforcement case: the dates of the act (APL 36)", () => {
  it("names the field when a date is in the future or the discovery precedes the act", () => {
    expect(create({ occurredOn: "2026-09-11" })).toMatchObject({ status: 400, issues: [{ path: ["occurredOn"], message: "违法行为发生日期不能晚于今天" }] });
    expect(create({ occurredOn: "2026-09-05", discoveredOn: "2026-09-04" })).toMatchObject({ status: 400, issues: [{ path: ["discoveredOn"], message: "发现日期不能早于违法行为发生日期" }] });
    expect(create({ track: "simple", occurredOn: "2024-09-09" })).toMatchObject({ status: 400, issues: [{ path: ["occurredOn"], message: expect.stringContaining("第三十六条") }] });
    expect(create({ track: "simple", occurredOn: "2024-09-10" }).status).toBe(201);
    expect(create({ limitation: "ten" })).toMatchObject({ status: 400, issues: [{ path: ["limitation"], message: "请选择有效的追责时效" }] });
  });

  it("keeps the discovery day (the registration day when left empty) and refuses 立案 once the two years have run", async () => {
    const plain = create({ discoveredOn: "" });
    expect(plain.status).toBe(201);
    const ctx = (id: number) => findVisibleCase(w.db, w.user("zhifa"), id)!.snapshot.context as any;
    if (plain.status === 201) expect(ctx(plain.caseId)).toMatchObject({ discoveredOn: "2026-09-10", limitation: "two" });

    const late = create({ occurredOn: "2024-08-01", discoveredOn: "2026-09-01" });
    if (late.status !== 201) throw new Error(JSON.stringify(late));
    const r = await send(w, "lingdao", late.caseId, "FILE", { officers: [w.user("zhifa").id, w.user("zhifa2").id], opinion: "同意" }, "2026-09-10T02:00:00Z");
    expect(r.status).toBe(422);
    expect(JSON.stringify(r)).toContain("《中华人民共和国行政处罚法》第三十六条");
    expect(ctx(late.caseId).filing).toBeNull();
  });
});
