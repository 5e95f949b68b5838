import type { EventActor } from "../../workflows/engine/types";
import { applyEvent, startCase, type PersistedSnapshot } from "../../workflows/engine/run";
import { majorDecisionProcedure as proc } from "../../workflows/major-decision";
import { ROSTER } from "./fixtures";

export const staff: EventActor = { id: 2, name: "李干事", roles: ["judicial_staff"], officeId: 10 };
export const director: EventActor = { id: 1, name: "王所长", roles: ["judicial_director"], officeId: 10 };
export const leader: EventActor = { id: 5, name: "孙主任", roles: ["street_leader"], officeId: 10 };
export const adviser: EventActor = { id: 3, name: "陈律师", roles: ["legal_adviser"], officeId: 10 };
export const ref = (a: EventActor) => ({ id: a.id, name: a.name, roles: [...a.roles], officeId: a.officeId });
export const at = (d: string, h = 2) => `${d}T${String(h).padStart(2, "0")}:00:00Z`;

export const ITEM = { catalogueCaseId: 7, catalogueNumber: "（2026）彭决目字第1号", year: 2026, no: 1, name: "老旧小区加装电梯补贴办法", unit: "街道社区管理办公室", basis: "《上海市既有多层住宅加装电梯管理办法》", steps: ["expert", "risk"] as ("expert" | "risk")[] };
const DRAFT = { sha256: "d".repeat(64), name: "决策草案.pdf" };

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

export const launched = () => step(startCase(proc, { officeId: 10, item: ITEM, startedBy: { id: 2, name: "李干事" }, startedAt: at("2026-02-01") }), "LAUNCH", staff, { unit: "街道社区管理办公室", draft: DRAFT, explanation: "拟对加装电梯给予补贴。" }, at("2026-02-02")).snapshot;
export const CALL = { opensOn: "2026-02-03", closesOn: "2026-03-05", minimumEnd: "2026-03-05", shortReason: "", text: "现公开征求意见。" };
export const commenting = () => step(launched(), "OPEN_CALL", staff, CALL, at("2026-02-03")).snapshot;
export const COMMENT = { id: 11, text: "建议对一楼住户给予补偿。", receivedAt: at("2026-02-10") };

/** Comments answered, no hearing, one expert, a controllable risk: ready to be sent for review. */
export function toLegality() {
  let s = commenting();
  s = step(s, "DISPOSE_COMMENT", staff, { comment: 11, disposition: "partly", reason: "增加协商条款", received: COMMENT }, at("2026-03-06")).snapshot;
  s = step(s, "SKIP_HEARING", staff, { reason: "无较大分歧" }, at("2026-03-06")).snapshot;
  s = step(s, "CLOSE_CALL", staff, { receivedIds: [11] }, at("2026-03-06")).snapshot;
  s = step(s, "RECORD_EXPERT", staff, { name: "胡教授", field: "建筑结构", institution: "同济大学", interest: "no", opinion: "标准合理。" }, at("2026-03-09")).snapshot;
  s = step(s, "FINISH_EXPERTISE", staff, { note: "" }, at("2026-03-09")).snapshot;
  s = step(s, "ASSESS_RISK", staff, { level: "medium", points: "低层住户反对。", measures: "事前协商。" }, at("2026-03-10")).snapshot;
  return step(s, "FINISH_RISK", staff, { note: "" }, at("2026-03-10")).snapshot;
}
export const REQUEST = { reviewer: { ...ref(adviser), roster: ROSTER }, dueOn: "2026-03-20", minimumDue: "2026-03-20", shortReason: "" };
export const LAWFUL = { authority: "ok", procedure: "ok", content: "ok", consistency: "ok", problems: "", conclusion: "lawful", opinion: "合法。", number: "彭司法决审〔2026〕1号" };
export const toMeeting = () => step(step(toLegality(), "REQUEST_REVIEW", director, REQUEST, at("2026-03-11")).snapshot, "REVIEW_OPINION", adviser, LAWFUL, at("2026-03-18")).snapshot;
export const OPINIONS = [
  { name: "钱书记", position: "agree", text: "同意。" },
  { name: "周副主任", position: "disagree", text: "财政负担较重，建议分两年实施。" },
  { name: "吴委员", position: "agree", text: "无补充。" },
  { name: "孙主任", position: "agree", text: "按草案通过。" },
];
export const opinionLines = (xs: typeof OPINIONS) => xs.map((o) => `${o.name}：${o.position === "agree" ? "同意" : "不同意"}：${o.text}`).join("\n");
export const MEETING = { kind: "party", date: "2026-03-20", chair: ref(leader), members: 5, attendees: "孙主任、钱书记、周副主任、吴委员", opinions: opinionLines(OPINIONS), outcome: "passed", againstMajorityReason: "" };
export const published = () => {
  const s = step(toMeeting(), "RECORD_MEETING", leader, MEETING, at("2026-03-20", 8)).snapshot;
  return step(s, "PUBLISH_DECISION", staff, { publishedOn: "2026-03-23", text: "现予公布。", adoption: "公众意见1条部分采纳；专家意见采纳。" }, at("2026-03-23")).snapshot;
};
export const evaluated = () => {
  let s = published();
  s = step(s, "ASSIGN_EXECUTION", staff, { unit: "街道社区管理办公室" }, at("2026-03-24")).snapshot;
  s = step(s, "REPORT_PROGRESS", staff, { text: "已受理补贴申请12件。" }, at("2026-06-01")).snapshot;
  return step(s, "POST_EVALUATE", staff, { unit: "上海某公共政策研究中心", result: "补贴办法实施效果良好。", publishedOn: "2026-11-20" }, at("2026-11-20")).snapshot;
};
