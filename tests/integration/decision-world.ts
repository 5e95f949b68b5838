/** A street's catalogue of major decisions compiled, agreed, filed, acknowledged and published today, for the tests that start decisions from it. */
import { createCase } from "../../app/cases/create-case.server";
import { runEvent } from "../../app/cases/engine.server";
import { findVisibleCase } from "../../app/cases/queries.server";
import { attachFile } from "../../app/files/attach.server";
import { loadCalendar } from "../../app/calendar.server";
import { addDays } from "../../workflows/calendar/calendar";
import { minimumCallEnd, minimumReviewDue } from "../../workflows/major-decision/deadlines";
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

/** A decision on a catalogue item, run to publication with instants after its comment call: no comments, optional steps 不适用. */
export async function publishedDecision(w: Awaited<ReturnType<typeof seededWorld>>, catalogue: number, no: number): Promise<number> {
  const created = createCase(w.db, w.user("ganshi"), "major-decision", { catalogueItem: `${catalogue}:${no}` });
  if (created.status !== 201) throw new Error(JSON.stringify(created));
  const id = created.caseId;
  const send = async (username: string, type: string, payload: Record<string, unknown>, day: string) => {
    const r = await runEvent(w.db, { user: w.user(username), caseId: id, type, payload, expectedVersion: findVisibleCase(w.db, w.user(username), id)!.version, at: `${day}T04:00:00Z` });
    if (r.status !== 200) throw new Error(`${type}: ${JSON.stringify(r)}`);
  };
  const f = attachFile(w.db, w.user("ganshi"), id, "决策草案.pdf", new TextEncoder().encode("%PDF-1.4\n草案\n%%EOF\n"), "决策草案");
  const cal = loadCalendar(w.db);
  const closes = minimumCallEnd(cal, today()).due;
  const after = addDays(closes, 1);
  await send("ganshi", "LAUNCH", { unit: "街道社区管理办公室", draft: f.ok ? f.fileId : 0, explanation: "起草说明" }, today());
  await send("ganshi", "OPEN_CALL", { opensOn: today(), closesOn: closes, text: "现公开征求意见。" }, today());
  await send("ganshi", "SKIP_HEARING", { reason: "无分歧" }, after);
  await send("ganshi", "CLOSE_CALL", {}, after);
  await send("ganshi", "SKIP_EXPERTISE", { reason: "非专业事项" }, after);
  await send("ganshi", "SKIP_RISK", { reason: "不涉及社会稳定" }, after);
  await send("suozhang", "REQUEST_REVIEW", { reviewer: w.user("guwen").id, dueOn: minimumReviewDue(cal, after).due }, after);
  await send("guwen", "REVIEW_OPINION", { authority: "ok", procedure: "ok", content: "ok", consistency: "ok", problems: "", conclusion: "lawful", opinion: "合法。" }, addDays(after, 1));
  await send("lingdao", "RECORD_MEETING", { kind: "party", date: addDays(after, 2), chair: w.user("lingdao").id, members: "3", attendees: "钱书记、孙主任", opinions: "钱书记：同意：无。\n孙主任：同意：通过。", outcome: "passed" }, addDays(after, 2));
  await send("ganshi", "PUBLISH_DECISION", { publishedOn: addDays(after, 2), text: "现予公布。", adoption: "未收到公众意见。" }, addDays(after, 2));
  return id;
}
