/**
 * Ids in portal URLs are decimal integers only (issue 12 §14): a published decision has one address,
 * and 0x1, 1e0, 01 or +1 answer 404, in the path and in the query string alike.
 */
import { eq } from "drizzle-orm";
import { publications, organisations } from "../../db/schema";
import { seedEnforcementDemo } from "../../app/procedures/enforcement/demo.server";
import { builtApp } from "./http";
import { seededWorld } from "./world";

const w = await seededWorld();
await seedEnforcementDemo(w.db);
const app = await builtApp();
const published = w.db.select().from(publications).all()[0];
const street = w.db.select().from(organisations).where(eq(organisations.name, "彭浦新村街道")).get()!.id;

describe("portal ids", () => {
  it("answer at their decimal address", async () => {
    expect((await app.get(`/gongshi/jueding/${published.caseId}`)).status).toBe(200);
    for (const path of ["/gongshi", "/gongshi/juece", "/gongshi/jueding", "/gongshi/zhengqiu"]) expect((await app.get(`${path}?officeId=${street}`)).status, path).toBe(200);
  });

  it("and nowhere else", async () => {
    const aliases = (n: number) => [`0x${n.toString(16)}`, `${n}e0`, `0${n}`, `%2B${n}`, `${n}.0`, ` ${n}`.replace(" ", "%20")];
    for (const alias of aliases(published.caseId)) expect((await app.get(`/gongshi/jueding/${alias}`)).status, alias).toBe(404);
    for (const path of ["/gongshi", "/gongshi/juece", "/gongshi/jueding", "/gongshi/zhengqiu"]) {
      for (const alias of aliases(street)) expect((await app.get(`${path}?officeId=${alias}`)).status, `${path}?officeId=${alias}`).toBe(404);
    }
  });
});
