/**
 * Bulk-loads N cases with 10 events each, with real snapshots: one lifecycle per shape is run
 * through the pure engine, then cloned with new ids, subjects and dates in large transactions.
 */
import type { Db } from "../db/connection";
import { applyEvent, startCase, topState, type PersistedSnapshot } from "../workflows/engine/run";
import { legalOpinionProcedure as proc } from "../workflows/legal-opinion";
import { segmentWords } from "../app/cases/search.server";
import type { EventActor } from "../workflows/engine/types";

const SUBJECTS = [
  "加装电梯代建合同审查", "邻里纠纷调解协议合法性审查", "物业服务合同续签", "老旧小区改造项目招标文件审查",
  "居民楼违法搭建处置风险评估", "劳动争议欠薪信访答复", "菜场租赁合同审查", "社区养老服务采购合同",
  "停车管理规约合法性", "历史建筑保护告知书", "房屋漏水纠纷处理意见", "群租整治行动方案",
  "垃圾分类执法指引", "公共绿地占用整改", "街道政府信息公开答复", "疑难信访事项履职风险",
];

export interface BulkIds { officeIds: [number, number]; director: EventActor[]; adviser: EventActor[]; staff: EventActor[] }

function lifecycle(ids: BulkIds, o: number, open: boolean) {
  const input = { matterType: "contract", subject: "x", requestingUnit: "街道管理办", background: "背景", questions: "问题", officeId: ids.officeIds[o], requestedBy: { id: ids.staff[o].id, name: ids.staff[o].name }, requestedAt: "2026-03-02T01:00:00Z" };
  const draft = { facts: "事实", questions: "问题", analysis: "分析", conclusion: "意见", bases: ["《中华人民共和国民法典》第五百零九条"] };
  const assignee = { id: ids.adviser[o].id, name: ids.adviser[o].name, roles: ["legal_adviser"], officeId: ids.officeIds[o] };
  const steps: [string, EventActor, object][] = [["ACCEPT", ids.director[o], { assignee, draftDays: 10, draftDeadlineBasis: "制度" }]];
  if (open) for (let i = 0; i < 4; i++) steps.push(["SUBMIT_DRAFT", ids.adviser[o], draft], ["RETURN", ids.director[o], { comments: "修改" }]);
  else {
    for (let i = 0; i < 2; i++) steps.push(["SUBMIT_DRAFT", ids.adviser[o], draft], ["RETURN", ids.director[o], { comments: "修改" }]);
    steps.push(["SUBMIT_DRAFT", ids.adviser[o], draft], ["APPROVE", ids.director[o], { comments: "" }], ["ISSUE", ids.director[o], { number: "彭司法意〔2026〕1号", sha256: "0".repeat(64) }], ["ARCHIVE", ids.staff[o], { note: "" }]);
  }
  let snap: PersistedSnapshot = startCase(proc, input);
  const events = [{ type: "CREATE", actor: ids.staff[o], payload: input as object }];
  steps.forEach(([type, actor, payload], i) => {
    const r = applyEvent(proc, snap, { type, actor, payload, at: `2026-03-0${3 + Math.floor(i / 3)}T0${i % 9}:00:00Z` });
    if (r.kind !== "applied") throw new Error(`${type}: ${JSON.stringify(r)}`);
    snap = r.snapshot;
    events.push({ type, actor, payload: r.event.payload });
  });
  return { input, snap, events, state: topState(snap.value) };
}

export function bulkLoad(db: Db, ids: BulkIds, count: number) {
  const c = db.$client;
  const shapes = [0, 1].map((o) => ({ open: lifecycle(ids, o, true), closed: lifecycle(ids, o, false) }));
  const insCase = c.prepare("INSERT INTO cases (office_id, procedure, machine_version, number, title, state, snapshot, input, version, created_by, created_at, updated_at, closed_at) VALUES (?, 'legal-opinion', 1, ?, ?, ?, ?, ?, 10, ?, ?, ?, ?)");
  const insEvent = c.prepare("INSERT INTO case_events (case_id, seq, type, payload, actor_id, actor, at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  const insDeadline = c.prepare("INSERT INTO deadlines (case_id, key, label, rule, legal_basis, start, due, explanation, provisional, status) VALUES (?, 'issue', '出具法律意见书', '指派之日起10个工作日', '制度', ?, ?, '说明', 0, ?)");
  const insTask = c.prepare("INSERT INTO case_tasks (case_id, office_id, role, user_id, label) VALUES (?, ?, NULL, ?, '按审核意见修改法律意见书')");
  const insSearch = c.prepare("INSERT INTO case_search (rowid, content) VALUES (?, ?)");
  const BATCH = 5000;
  for (let start = 0; start < count; start += BATCH) {
    c.transaction(() => {
      for (let i = start; i < Math.min(count, start + BATCH); i++) {
        const o = i % 2;
        const open = i % 10 === 0; // 10% still being drafted
        const shape = open ? shapes[o].open : shapes[o].closed;
        const subject = `${SUBJECTS[i % SUBJECTS.length]}(第${i}号)`;
        const day = new Date(Date.UTC(2026, 0, 1) + (i % 300) * 86400000).toISOString();
        const number = `(2026)B${o}法意字第${i + 1}号`;
        const snapshot = { ...shape.snap, context: { ...(shape.snap.context as object), subject } };
        const id = Number(insCase.run(ids.officeIds[o], number, subject, shape.state, JSON.stringify(snapshot), JSON.stringify({ ...shape.input, subject }), ids.staff[o].id, day, day, open ? null : day).lastInsertRowid);
        shape.events.forEach((e, seq) => insEvent.run(id, seq + 1, e.type, JSON.stringify(e.payload), e.actor.id, JSON.stringify(e.actor), day, day));
        const due = new Date(Date.parse(day) + 14 * 86400000).toISOString().slice(0, 10);
        insDeadline.run(id, day.slice(0, 10), due, open ? "open" : "met");
        if (open) insTask.run(id, ids.officeIds[o], ids.adviser[o].id);
        insSearch.run(id, segmentWords(`${number}\n${subject}\n街道管理办\n背景`).join(" "));
      }
    })();
  }
}
