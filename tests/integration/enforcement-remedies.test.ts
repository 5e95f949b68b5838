/**
 * A 行政处罚决定书 tells the party how to pay and where to challenge it, as the street has set
 * them at 机构设置 (APL 59 (五), 67): the values are recorded with the decision, so a later change of
 * settings does not rewrite what the party was told.
 */
import { eq } from "drizzle-orm";
import { cases, documents } from "../../db/schema";
import { readDocument } from "../../app/documents/documents.server";
import { seedEnforcementDemo } from "../../app/procedures/enforcement/demo.server";
import { setSetting } from "../../app/settings.server";
import { verifyCases } from "../../app/audit/verify-cases.server";
import { paragraphTexts } from "../unit/ooxml";
import { seededWorld } from "./world";

const w = await seededWorld();
const street = w.user("lingdao").organisationId;
setSetting(w.db, street, "enforcement.payment", "到中国工商银行上海彭浦支行（账号1001234509000012345）");
setSetting(w.db, street, "enforcement.reviewOrgan", "上海市静安区人民政府（测试）");
setSetting(w.db, street, "enforcement.court", "上海市静安区人民法院");
const [major, , onSpot] = await seedEnforcementDemo(w.db);
const decision = (id: number) => (w.db.select().from(cases).where(eq(cases.id, id)).get()!.snapshot as { context: any }).context.decision;

describe("the remedies and payment a decision states", () => {
  it("are recorded with the decision from the street's settings", () => {
    const expected = { payment: "到中国工商银行上海彭浦支行（账号1001234509000012345）", reviewOrgan: "上海市静安区人民政府（测试）", court: "上海市静安区人民法院" };
    expect(decision(major).remedies).toEqual(expected);
    expect(decision(onSpot).remedies).toEqual(expected);
  });

  it("are printed on the 行政处罚决定书 and the 当场行政处罚决定书", async () => {
    for (const id of [major, onSpot]) {
      const doc = w.db.select().from(documents).where(eq(documents.caseId, id)).all().find((d) => d.title.endsWith("行政处罚决定书"))!;
      const text = (await paragraphTexts(readDocument(w.db, w.user("lingdao"), doc.id)!.data)).join("");
      expect(text).toContain("向上海市静安区人民政府（测试）申请行政复议");
      expect(text).toContain("依法向上海市静安区人民法院提起行政诉讼");
      expect(text).toContain("到中国工商银行上海彭浦支行（账号1001234509000012345）缴纳罚款");
    }
  });

  it("replay from the events that recorded them", () => {
    expect(verifyCases(w.db).brokenCases).toEqual([]);
  });
});
