/** Enforcement cases on the seeded demo database, driven through the real engine with explicit instants. */
import { createCase } from "../../app/cases/create-case.server";
import { runEvent } from "../../app/cases/engine.server";
import { findVisibleCase } from "../../app/cases/queries.server";
import { attachFile } from "../../app/files/attach.server";
import type { seededWorld } from "./world";

type World = Awaited<ReturnType<typeof seededWorld>>;

export const REGISTRATION = {
  track: "general",
  source: "complaint",
  sourceNote: "12345工单 2026091500123",
  matter: "structure",
  partyKind: "person",
  partyName: "王大明",
  idNumber: "11010519491231002X",
  phone: "13812345678",
  address: "彭浦新村12号301室",
  place: "彭浦新村12号301室",
  occurredOn: "2026-09-01",
  facts: "王大明在彭浦新村12号301室装修时拆除室内承重墙。",
};

export function register(w: World, data: Record<string, unknown> = REGISTRATION, at = "2026-09-01T01:00:00Z") {
  const r = createCase(w.db, w.user("zhifa"), "enforcement", data, at);
  if (r.status !== 201) throw new Error(JSON.stringify(r));
  return r.caseId;
}

export async function send(w: World, username: string, caseId: number, type: string, payload: Record<string, unknown>, at: string) {
  const row = findVisibleCase(w.db, w.user(username), caseId)!;
  return runEvent(w.db, { user: w.user(username), caseId, type, payload, expectedVersion: row.version, at });
}

export async function drive(w: World, caseId: number, steps: [string, string, Record<string, unknown>, string][]) {
  for (const [username, type, payload, at] of steps) {
    const r = await send(w, username, caseId, type, payload, at);
    if (r.status !== 200) throw new Error(`${type} by ${username}: ${JSON.stringify(r)}`);
  }
}

// Smallest files whose content the upload check recognises.
export const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0]);
export const MP4 = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 0, 0, 0x69, 0x73, 0x6f, 0x6d, 0x6d, 0x70, 0x34, 0x31]);

export function upload(w: World, caseId: number, name: string, bytes: Uint8Array) {
  const r = attachFile(w.db, w.user("zhifa"), caseId, name, bytes, "证据材料");
  if (!r.ok) throw new Error(r.message);
  return r.fileId;
}

export const officers = (w: World) => [w.user("zhifa").id, w.user("zhifa2").id];
export const inspection = (w: World, files: number[] = []) => ({
  kind: "inspection",
  time: "2026-09-02T09:30",
  endTime: "2026-09-02T09:55",
  place: "彭浦新村12号301室",
  officers: officers(w),
  content: "现场检查：301室客厅与卧室之间承重墙被拆除约3米，现场有电锤等工具。",
  files,
});
export const sanction = (fine: number) => ({ kind: "penalty", penalties: ["fine"], fine, confiscation: 0, reasons: "依据《建设工程质量管理条例》第六十九条，按裁量基准" });
export const REVIEW_OK = Object.fromEntries(["subject", "procedure", "facts", "law", "authority", "documents", "crime"].map((k) => [k, "ok"]));
