import type { EventActor } from "../../workflows/engine/types";
import { applyEvent, startCase, type PersistedSnapshot } from "../../workflows/engine/run";
import { enforcementProcedure as proc } from "../../workflows/enforcement";
import { DEFAULT_CATALOGUE, DEFAULT_THRESHOLDS } from "../../workflows/enforcement/catalogue";

export const officerA: EventActor = { id: 41, name: "刘队员", roles: ["enforcement_officer"], officeId: 30 };
export const leader: EventActor = { id: 43, name: "孙主任", roles: ["street_leader"], officeId: 30 };
export const deputy: EventActor = { id: 46, name: "冯副主任", roles: ["street_leader"], officeId: 30 };
export const reviewer: EventActor = { id: 44, name: "何审核", roles: ["legal_reviewer"], officeId: 30 };

/** Officers as the server resolves them from the users table, with their certificates. */
export const certified = (id: number, name: string, validUntil = "2028-12-31") => ({ id, name, roles: ["enforcement_officer"], officeId: 30, certNo: `310601200${id}`, certValidUntil: validUntil });
export const two = [certified(41, "刘队员"), certified(42, "马队员")];

export const registration = {
  source: "complaint",
  sourceNote: "12345工单",
  matter: DEFAULT_CATALOGUE[0],
  party: { kind: "person" as const, name: "王大明", idNumber: "11010519491231002X", creditCode: "", legalRepresentative: "", phone: "13812345678", address: "彭浦新村12号301室" },
  facts: "王大明在彭浦新村12号301室装修时拆除承重墙。",
  place: "彭浦新村12号301室",
  occurredOn: "2026-09-01",
};

export const caseInput = (track: "simple" | "general" = "general", at = "2026-09-01T01:00:00Z", overrides: object = {}) => ({
  ...registration, track, streetId: 30, officeId: 30, registeredAt: at, registeredBy: { id: officerA.id, name: officerA.name }, thresholds: DEFAULT_THRESHOLDS, ...overrides,
});

export function newCase(track: "simple" | "general" = "general", at = "2026-09-01T01:00:00Z", overrides: object = {}): PersistedSnapshot {
  return startCase(proc, caseInput(track, at, overrides));
}

export function step(s: PersistedSnapshot, type: string, payload: object, at: string, actor: EventActor = officerA) {
  const r = applyEvent(proc, s, { type, actor, payload, at });
  if (r.kind !== "applied") throw new Error(`${type}: ${JSON.stringify(r)}`);
  return r;
}

export function refuse(s: PersistedSnapshot, type: string, payload: object, at: string, actor: EventActor = officerA) {
  const r = applyEvent(proc, s, { type, actor, payload, at });
  if (r.kind === "applied") throw new Error(`${type} was applied`);
  return r;
}

export const guardsOf = (r: ReturnType<typeof refuse>) => (r.kind === "refused" ? r.reasons.map((x) => x.guard) : r.issues.map((i) => i.path.join(".")));

export const inspection = { kind: "inspection", time: "2026-09-02T09:30", endTime: "2026-09-02T09:55", place: "彭浦新村12号301室", officers: two, content: "现场检查:301室客厅与卧室之间承重墙被拆除约3米。", files: [] };
export const sanction = (fine: number) => ({ kind: "penalty", penalties: ["fine"], fine, confiscation: 0, reasons: "依据《建设工程质量管理条例》第六十九条" });

/** Filed, inspected and reported with a proposed fine; approved at case review (flags optional). */
export function reviewed(fine: number, flags: string[] = []): PersistedSnapshot {
  let s = newCase();
  s = step(s, "FILE", { officers: two, opinion: "同意立案" }, "2026-09-01T02:00:00Z", leader).snapshot;
  s = step(s, "RECORD_ACT", inspection, "2026-09-02T02:00:00Z").snapshot;
  s = step(s, "SUBMIT_REPORT", { facts: "擅自拆除承重墙。", evidence: "现场检查笔录、照片", ...sanction(fine) }, "2026-09-10T02:00:00Z").snapshot;
  return step(s, "APPROVE_CASE", { opinion: "事实清楚", flags }, "2026-09-11T02:00:00Z", leader).snapshot;
}

/** Noticed on 14 September 2026; the 5-working-day window then ends on 21 September. */
export function noticed(fine: number, flags: string[] = []): PersistedSnapshot {
  return step(reviewed(fine, flags), "SEND_NOTICE", { date: "2026-09-14", method: "direct", number: "彭执告〔2026〕1号" }, "2026-09-14T02:00:00Z").snapshot;
}

/** 集体讨论 by the two heads as the server resolves them, the chair speaking last (APL 57). */
export const collective = (date: string, conclusion = "罚款") => ({
  date, start: "14:00", end: "15:00", place: "街道办事处第一会议室", chair: leader, attendees: [leader, deputy],
  opinions: "冯副主任：同意：事实清楚\n孙主任：同意", conclusion,
});
