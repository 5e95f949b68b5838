/** A street's catalogue of major decisions compiled, agreed, filed, acknowledged and published today, for the tests that start decisions from it. */
import { createCase } from "../../app/cases/create-case.server";
import { advance, type seededWorld } from "./world";

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

export async function publishedCatalogue(w: Awaited<ReturnType<typeof seededWorld>>, year: number, names: readonly string[]): Promise<number> {
  const created = createCase(w.db, w.user("ganshi"), "decision-catalogue", { year });
  if (created.status !== 201) throw new Error(JSON.stringify(created));
  const item = { unit: "街道社区管理办公室", basis: "《上海市既有多层住宅加装电梯管理办法》", reason: "涉及居民切身利益", plannedBy: `${year}-12`, steps: [] };
  await advance(w, created.caseId, names.map((name) => ["ganshi", "ADD_ITEM", { ...item, name }] as [string, string, Record<string, unknown>]));
  await advance(w, created.caseId, [
    ["ganshi", "SUBMIT", { note: "" }],
    ["suozhang", "REVIEW_PASS", { opinion: "同意" }],
    ["lingdao", "AGREE", { meeting: "街道党工委会议", date: today() }],
    ["ganshi", "FILE", { filedOn: today(), filedWith: "区司法局" }],
    ["jiandu", "ACKNOWLEDGE", { opinion: "予以备案" }],
    ["ganshi", "PUBLISH", { publishedOn: today() }],
  ]);
  return created.caseId;
}
