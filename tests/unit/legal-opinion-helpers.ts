import type { EventActor } from "../../workflows/engine/types";
import { applyEvent, startCase, type PersistedSnapshot } from "../../workflows/engine/run";
import { legalOpinionProcedure as proc } from "../../workflows/legal-opinion";
import { ROSTER } from "./fixtures";

export const director: EventActor = { id: 1, name: "王所长", roles: ["judicial_director"], officeId: 10 };
export const staff: EventActor = { id: 2, name: "李干事", roles: ["judicial_staff"], officeId: 10 };
export const adviser: EventActor = { id: 3, name: "陈律师", roles: ["legal_adviser"], officeId: 10 };
export const otherAdviser: EventActor = { id: 4, name: "赵律师", roles: ["legal_adviser"], officeId: 10 };

export const request = {
  matterType: "contract" as const,
  subject: "老旧小区加装电梯代建合同审查",
  requestingUnit: "街道管理办",
  background: "街道拟与某建设公司签订加装电梯代建合同。",
  questions: "合同违约责任条款是否合法有效?",
};

export function newCase(at = "2026-09-29T01:00:00Z"): PersistedSnapshot {
  return startCase(proc, { ...request, officeId: 10, requestedBy: { id: staff.id, name: staff.name }, requestedAt: at });
}

export const draft = {
  facts: "街道拟签订代建合同。",
  questions: "违约责任条款是否有效。",
  analysis: "依据民法典,约定的违约金不得过分高于损失。",
  conclusion: "建议将违约金调整为不超过损失的百分之三十。",
  bases: ["《中华人民共和国民法典》第五百八十五条"],
};

export const acceptPayload = (assignee: EventActor = adviser) => ({
  assignee: { id: assignee.id, name: assignee.name, roles: [...assignee.roles], officeId: assignee.officeId, roster: ROSTER },
  draftDays: 10,
  draftDeadlineBasis: "本街道法律顾问工作制度",
});

/** Apply and insist it applied; returns the new snapshot. */
export function must(snapshot: PersistedSnapshot, type: string, actor: EventActor, payload: object, at: string) {
  const r = applyEvent(proc, snapshot, { type, actor, payload, at });
  if (r.kind !== "applied") throw new Error(`${type} not applied: ${JSON.stringify(r)}`);
  return r;
}
