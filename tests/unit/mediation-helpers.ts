import type { EventActor } from "../../workflows/engine/types";
import { applyEvent, startCase, type PersistedSnapshot } from "../../workflows/engine/run";
import { mediationProcedure as proc } from "../../workflows/mediation";

export const mediator: EventActor = { id: 21, name: "张调解员", roles: ["mediator"], officeId: 31 };
export const staff: EventActor = { id: 22, name: "李干事", roles: ["judicial_staff"], officeId: 30 };

export const intake = { source: "application", disputeType: "neighbour", summary: "楼上漏水致楼下天花板受损。", claims: "要求赔偿维修费5000元。" };

export function newMediation(at = "2026-09-07T01:00:00Z"): PersistedSnapshot {
  return startCase(proc, { ...intake, disputeTypeLabel: "邻里纠纷", officeId: 31, streetId: 30, level: "committee", acceptedBy: { id: mediator.id, name: mediator.name }, acceptedAt: at, followUpDays: 15 });
}

/** Referred by a police station's 警调对接 (PML 18), with its number and deadline. */
export const referral = { source: "police", referringBody: "上海市公安局静安分局彭浦新村派出所", referralNumber: "静公彭调〔2026〕15号", referralDue: "2026-10-07" };
export function newReferred(at = "2026-09-07T01:00:00Z"): PersistedSnapshot {
  return startCase(proc, { ...intake, ...referral, disputeTypeLabel: "邻里纠纷", officeId: 31, streetId: 30, level: "committee", acceptedBy: { id: mediator.id, name: mediator.name }, acceptedAt: at, followUpDays: 15 });
}

export const applicant = { side: "applicant", kind: "person", name: "王大明", gender: "男", phone: "13812345678", idNumber: "11010519491231002X" };
export const respondent = { side: "respondent", kind: "person", name: "赵小红", gender: "女", phone: "13912345678" };

export function step(s: PersistedSnapshot, type: string, payload: object, at: string, actor: EventActor = mediator) {
  const r = applyEvent(proc, s, { type, actor, payload, at });
  if (r.kind !== "applied") throw new Error(`${type}: ${JSON.stringify(r)}`);
  return r;
}

export const mediatorRef = { mediator: { id: mediator.id, name: mediator.name, roles: ["mediator"], officeId: 31 }, chosenByParties: "no" };

/** Registered, both parties consenting, graded green, mediator assigned, started. */
export function started(at = "2026-09-07T02:00:00Z"): PersistedSnapshot {
  let s = newMediation();
  s = step(s, "ADD_PARTY", applicant, at).snapshot;
  s = step(s, "ADD_PARTY", respondent, at).snapshot;
  s = step(s, "RECORD_CONSENT", { party: 1, consent: "given" }, at).snapshot;
  s = step(s, "RECORD_CONSENT", { party: 2, consent: "given" }, at).snapshot;
  s = step(s, "GRADE_RISK", { grade: "green", factors: [] }, at).snapshot;
  s = step(s, "ASSIGN_MEDIATOR", mediatorRef, at).snapshot;
  return step(s, "START", {}, at).snapshot;
}
