import { eq } from "drizzle-orm";
import { publications } from "../../db/schema";
import { verifyIntegrity } from "../../app/audit/verify.server";
import { caseDetail, findVisibleCase, workbench } from "../../app/cases/queries.server";
import { seedEnforcementDemo } from "../../app/procedures/enforcement/demo.server";
import { seededWorld } from "./world";

const w = await seededWorld();
const [major, waiting, onSpot, building] = await seedEnforcementDemo(w.db, new Date("2026-11-22T04:00:00Z"));

describe("the demo enforcement cases", () => {
  it("walk a major case to 归档 with both review rounds, its documents and a redacted publication", () => {
    const c = findVisibleCase(w.db, w.user("zhifa"), major)!;
    expect(c.state).toBe("archived");
    expect((c.snapshot.context as any).legalReviews.map((r: any) => r.result.outcome)).toEqual(["problems", "approved"]);
    expect(caseDetail(w.db, major).documents.map((d) => d.title)).toEqual(
      expect.arrayContaining(["立案审批表", "行政处罚事先告知书", "重大执法决定法制审核申请表", "法制审核意见书", "行政处罚决定书", "结案审批表"]),
    );
    const pub = w.db.select().from(publications).where(eq(publications.caseId, major)).get()!;
    expect(pub.text).toContain("当事人：王某某");
    expect(pub.text).not.toContain("王大明");
  });

  it("leave one case on the reviewer's desk and one on-the-spot penalty awaiting 备案， with the audit intact", async () => {
    expect(findVisibleCase(w.db, w.user("shenhe"), waiting)!.state).toBe("legalReview");
    expect(findVisibleCase(w.db, w.user("zhifa"), onSpot)!.state).toBe("decidedOnSpot");
    const r = await verifyIntegrity(w.db);
    expect([r.firstBrokenEntry, r.brokenFiles, r.brokenRecords]).toEqual([null, [], []]);
  });

  it("leave a 违章搭建 at 催告, its deadline first on the officers' 工作台", () => {
    const c = findVisibleCase(w.db, w.user("zhifa"), building)!;
    expect(c.state).toBe("executing");
    expect((c.snapshot.context as any).decision.order).toEqual({ structure: "楼顶彩钢板房约20平方米", deadline: "2026-10-13" });
    const row = workbench(w.db, w.user("zhifa")).find((r) => r.caseId === building)!;
    expect(row).toMatchObject({ task: "催告期限届满后报负责人作出强制执行决定", due: "2026-12-02", dueLabel: "催告履行期限" });
    expect(caseDetail(w.db, building).documents.map((d) => d.title)).toContain("催告书");
  });
});
