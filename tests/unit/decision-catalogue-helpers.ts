import type { EventActor } from "../../workflows/engine/types";
import { applyEvent, startCase, type PersistedSnapshot } from "../../workflows/engine/run";
import { decisionCatalogueProcedure as proc } from "../../workflows/decision-catalogue";

export const staff: EventActor = { id: 2, name: "李干事", roles: ["judicial_staff"], officeId: 10 };
export const director: EventActor = { id: 1, name: "王所长", roles: ["judicial_director"], officeId: 10 };
export const leader: EventActor = { id: 5, name: "孙主任", roles: ["street_leader"], officeId: 10 };
export const supervisor: EventActor = { id: 6, name: "周监督", roles: ["district_supervisor"], officeId: 1 };

export const item = (name: string, plannedBy = "2026-09", steps: string[] = ["risk"]) => ({
  name,
  unit: "街道社区管理办公室",
  basis: "《上海市既有多层住宅加装电梯管理办法》",
  reason: "涉及居民切身利益",
  plannedBy,
  steps,
});

export function newCatalogue(year = 2026, at = "2026-01-05T01:00:00Z"): PersistedSnapshot {
  return startCase(proc, { year, officeId: 10, compiledBy: { id: staff.id, name: staff.name }, compiledAt: at });
}

export function step(s: PersistedSnapshot, type: string, actor: EventActor, payload: object, at: string) {
  const r = applyEvent(proc, s, { type, actor, payload, at });
  if (r.kind !== "applied") throw new Error(`${type} not applied: ${JSON.stringify(r)}`);
  return r;
}

export const refuse = (s: PersistedSnapshot, type: string, actor: EventActor, payload: object, at: string) => {
  const r = applyEvent(proc, s, { type, actor, payload, at });
  if (r.kind === "applied") throw new Error(`${type} was applied`);
  return r.kind === "refused" ? r.reasons.map((x) => x.guard) : r.issues.map((i) => i.path.join("."));
};

/** Compiled with two items, checked, agreed on 2026-01-20, filed, acknowledged and published on 2026-01-26. */
export function published(): PersistedSnapshot {
  let s = newCatalogue();
  s = step(s, "ADD_ITEM", staff, item("老旧小区加装电梯补贴办法", "2026-06", ["expert", "risk"]), "2026-01-05T02:00:00Z").snapshot;
  s = step(s, "ADD_ITEM", staff, item("非机动车停放管理规定", "2026-12", []), "2026-01-05T03:00:00Z").snapshot;
  s = step(s, "SUBMIT", staff, { note: "" }, "2026-01-06T02:00:00Z").snapshot;
  s = step(s, "REVIEW_PASS", director, { opinion: "同意" }, "2026-01-08T02:00:00Z").snapshot;
  s = step(s, "AGREE", leader, { meeting: "街道党工委2026年第1次会议", date: "2026-01-20" }, "2026-01-20T08:00:00Z").snapshot;
  s = step(s, "FILE", staff, { filedOn: "2026-01-21", filedWith: "区司法局" }, "2026-01-21T02:00:00Z").snapshot;
  s = step(s, "ACKNOWLEDGE", supervisor, { opinion: "予以备案" }, "2026-01-23T02:00:00Z").snapshot;
  return step(s, "PUBLISH", staff, { publishedOn: "2026-01-26" }, "2026-01-26T02:00:00Z").snapshot;
}

/** Published, then an item added through 调整 (agreed 2026-05-10, published 2026-05-12). */
export function adjusted(): PersistedSnapshot {
  let s = published();
  s = step(s, "PROPOSE_ADJUSTMENT", staff, { kind: "add", ...item("老旧小区综合治理项目", "2026-11", ["hearing"]), purpose: "影响约三千户居民", reason: "区里下达综合治理任务" }, "2026-05-06T02:00:00Z").snapshot;
  s = step(s, "ADJUST_REVIEW_PASS", director, { opinion: "同意增列" }, "2026-05-07T02:00:00Z").snapshot;
  s = step(s, "ADJUST_AGREE", leader, { meeting: "街道党工委2026年第5次会议", date: "2026-05-10" }, "2026-05-10T08:00:00Z").snapshot;
  return step(s, "ADJUST_PUBLISH", staff, { publishedOn: "2026-05-12" }, "2026-05-12T02:00:00Z").snapshot;
}
