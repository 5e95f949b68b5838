import type { EventActor } from "../../workflows/engine/types";
import { applyEvent, startCase, type PersistedSnapshot } from "../../workflows/engine/run";
import { threeImportantProcedure as proc } from "../../workflows/three-important";

export const staff: EventActor = { id: 2, name: "李干事", roles: ["judicial_staff"], officeId: 10 };
export const director: EventActor = { id: 1, name: "王所长", roles: ["judicial_director"], officeId: 10 };
export const leader: EventActor = { id: 5, name: "孙主任", roles: ["street_leader"], officeId: 10 };
export const at = (d: string, h = 2) => `${d}T${String(h).padStart(2, "0")}:00:00Z`;

export const declare = (overrides: object = {}) =>
  startCase(proc, { officeId: 10, kind: "funds", title: "社区长者食堂改造资金使用", unit: "街道社区服务办公室", description: "厨房改造。", amount: 1200000, threshold: 500000, linked: null, declaredBy: { id: 2, name: "李干事" }, declaredAt: at("2026-10-01"), ...overrides });

export function step(s: PersistedSnapshot, type: string, actor: EventActor, payload: object, when: string) {
  const r = applyEvent(proc, s, { type, actor, payload, at: when });
  if (r.kind !== "applied") throw new Error(`${type} not applied: ${JSON.stringify(r)}`);
  return r;
}
export const refuse = (s: PersistedSnapshot, type: string, actor: EventActor, payload: object, when: string) => {
  const r = applyEvent(proc, s, { type, actor, payload, at: when });
  if (r.kind === "applied") throw new Error(`${type} was applied`);
  return r.kind === "refused" ? r.reasons.map((x) => x.guard) : r.issues.map((i) => i.path.join("."));
};

export const MEETING = {
  date: "2026-10-15",
  chair: { id: 5, name: "孙主任", roles: ["street_leader"], officeId: 10 },
  members: 5,
  attendees: "钱书记、周副主任、孙主任",
  opinions: "钱书记：同意：民生实事。\n周副主任：不同意：建议压缩规模。\n孙主任：同意：按审定价执行。",
  outcome: "passed",
};

/** Researched, compared, audited, checked and decided; signed by all. */
export function decided(): PersistedSnapshot {
  let s = declare();
  s = step(s, "RECORD_RESEARCH", staff, { findings: "设备老化。" }, at("2026-10-03")).snapshot;
  s = step(s, "RECORD_COMPARISON", staff, { quotes: "甲：128万元\n乙：121万元\n丙：135万元" }, at("2026-10-05")).snapshot;
  s = step(s, "RECORD_AUDIT", staff, { auditor: "某造价咨询公司", result: "审定118.6万元" }, at("2026-10-08")).snapshot;
  s = step(s, "LEGAL_CHECK", director, { outcome: "pass", opinion: "合规" }, at("2026-10-10")).snapshot;
  s = step(s, "RECORD_MEETING", leader, MEETING, at("2026-10-15", 8)).snapshot;
  s = step(s, "SIGN_MINUTES", leader, { signed: "钱书记、周副主任、孙主任" }, at("2026-10-16")).snapshot;
  return step(s, "LOOK_BACK", staff, { result: "改造完成，就餐人次增加。" }, at("2026-11-30")).snapshot;
}
