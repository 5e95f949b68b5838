import type { EventActor } from "../../workflows/engine/types";
import { applyEvent, startCase, type PersistedSnapshot } from "../../workflows/engine/run";
import { normativeReviewProcedure as proc } from "../../workflows/normative-review";
import { ROSTER } from "./fixtures";

export const director: EventActor = { id: 1, name: "王所长", roles: ["judicial_director"], officeId: 10 };
export const staff: EventActor = { id: 2, name: "李干事", roles: ["judicial_staff"], officeId: 10 };
export const adviser: EventActor = { id: 3, name: "陈律师", roles: ["legal_adviser"], officeId: 10 };
export const otherAdviser: EventActor = { id: 4, name: "赵律师", roles: ["legal_adviser"], officeId: 10 };

export const request = {
  documentType: "normative" as "normative" | "contract",
  title: "老旧小区加装电梯补贴实施办法",
  requestingUnit: "街道社区管理办公室",
  counterparty: "",
  explanation: "为推进加装电梯,拟对符合条件的小区给予补贴。",
  wantedBy: "2026-10-30",
};

export function newCase(at = "2026-09-28T01:00:00Z", overrides: Partial<typeof request> = {}): PersistedSnapshot {
  return startCase(proc, { ...request, ...overrides, officeId: 10, requestedBy: { id: staff.id, name: staff.name }, requestedAt: at });
}

export const draftFile = { draft: { sha256: "d".repeat(64), name: "送审稿.pdf" }, note: "" };
export const acceptPayload = (reviewer: EventActor = adviser) => ({
  reviewer: { id: reviewer.id, name: reviewer.name, roles: [...reviewer.roles], officeId: reviewer.officeId, roster: ROSTER },
  reviewDays: 7,
  reviewBasis: "参照《重大行政决策程序暂行条例》第二十六条第二款",
});
export const opinion = {
  conclusion: "lawful_after_changes",
  problems: ["第十二条设定罚款——《中华人民共和国行政处罚法》第十六条"],
  reasoning: "第十二条超出规范性文件的权限。",
  suggestions: "删除第十二条。",
};

/** Apply and insist it applied; returns the result. */
export function must(snapshot: PersistedSnapshot, type: string, actor: EventActor, payload: object, at: string) {
  const r = applyEvent(proc, snapshot, { type, actor, payload, at });
  if (r.kind !== "applied") throw new Error(`${type} not applied: ${JSON.stringify(r)}`);
  return r;
}

/** Submitted and accepted on 2026-09-29 (a Tuesday before the National Day holiday). */
export function accepted() {
  const s = must(newCase(), "SUBMIT_DRAFT", staff, draftFile, "2026-09-28T02:00:00Z").snapshot;
  return must(s, "ACCEPT", director, acceptPayload(), "2026-09-29T02:00:00Z").snapshot;
}
